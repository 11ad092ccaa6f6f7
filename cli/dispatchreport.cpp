// SPDX-License-Identifier: MIT
#include "dispatchreport.h"

#include "jejuclock.h"
#include "texttable.h"

#include "domain/dispatch/dispatchplanjson.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

namespace et::cli {

using domain::dispatch::DispatchSuggestion;
using domain::dispatch::PlanTask;

namespace {
QString won(double krw)
{
    return QLocale::c().toString(krw, 'f', 0);
}
} // namespace

QString DispatchReport::shortId(const QString &suggestionId)
{
    return QStringLiteral("s-") + QString::fromLatin1(QCryptographicHash::hash(suggestionId.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
}

std::optional<DispatchSuggestion> DispatchReport::find(const domain::dispatch::DispatchPlan &plan, const QString &id)
{
    for (const DispatchSuggestion &s : plan.suggestions) {
        if (s.id == id || shortId(s.id) == id)
            return s;
    }
    return std::nullopt;
}

int DispatchReport::print(const std::optional<domain::dispatch::DispatchPlan> &plan, const QList<domain::Truck> &trucks, bool json,
                          QTextStream &out, QTextStream &err)
{
    if (!plan) {
        err << tr("no dispatch plan in the cache yet; run sync with --server") << '\n';
        return 1;
    }
    if (json) {
        out << QJsonDocument(domain::dispatch::DispatchPlanJson::toJson(*plan)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    QHash<QString, double> soh;
    for (const domain::Truck &t : trucks)
        soh.insert(t.id, t.soh);
    out << tr("dispatch plan of %1 KST: %2 suggestions for %3 trucks and %4 tasks; %5 kWh absorbed from curtailment, %6 kWh delivered, "
              "worth %7 KRW (a kWh delivered valued at %8 KRW)")
               .arg(kst(plan->computedAt, "yyyy-MM-dd HH:mm"))
               .arg(plan->suggestions.size())
               .arg(plan->trucksConsidered)
               .arg(plan->tasksConsidered)
               .arg(won(plan->chargeKwh), won(plan->deliverKwh), won(plan->totalValueKrw), won(plan->deliveredValueKrwPerKwh))
        << '\n';
    if (plan->suggestions.isEmpty())
        return 0;
    TextTable table({tr("id"), tr("truck"), tr("SoH"), tr("task"), tr("rule"), tr("site"), tr("arrives KST (P10–P90)"), tr("kWh"),
                     tr("value KRW"), tr("instead of")});
    for (const DispatchSuggestion &s : plan->suggestions) {
        const auto &p = s.pairing;
        QString beat = tr("no other truck");
        if (s.alternative) {
            const qint64 later = p.arrival.secsTo(s.alternative->pairing.arrival) / 60;
            beat = tr("%1: %2 KRW less, %3 min %4")
                       .arg(s.alternative->truckName.isEmpty() ? s.alternative->truckId : s.alternative->truckName,
                            won(p.parts.valueKrw() - s.alternative->pairing.parts.valueKrw()))
                       .arg(std::abs(later))
                       .arg(later >= 0 ? tr("later") : tr("earlier"));
        }
        table.addRow({shortId(s.id), s.truckName.isEmpty() ? s.truckId : s.truckName,
                      soh.contains(s.truckId) ? QStringLiteral("%1 %").arg(soh.value(s.truckId) * 100.0, 0, 'f', 1) : QStringLiteral("–"),
                      s.task.kind == PlanTask::Kind::Charge ? tr("charge") : tr("deliver"), domain::dispatch::DispatchPlanJson::toString(s.task.rule),
                      s.task.siteName.isEmpty() ? s.task.siteId : s.task.siteName,
                      QStringLiteral("%1 (%2–%3)").arg(kst(p.arrival, "HH:mm"), kst(p.arrivalP10, "HH:mm"), kst(p.arrivalP90, "HH:mm")),
                      won(p.parts.energyKwh), won(p.parts.valueKrw()), beat});
    }
    out << table.render();
    out << tr("value = energy × (delivered value − price) − battery wear − travel − lateness; accept one with: dispatch accept ID") << '\n';
    return 0;
}

} // namespace et::cli
