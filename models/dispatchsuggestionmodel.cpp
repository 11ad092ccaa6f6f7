// SPDX-License-Identifier: MIT
#include "dispatchsuggestionmodel.h"

#include "modelslogging.h"

#include "client/store.h"
#include "domain/dispatch/suggestionorder.h"
#include "domain/operatorcommand.h"

#include <QGeoCoordinate>
#include <QLocale>
#include <QTimeZone>
#include <QUuid>

namespace et::models {

using domain::dispatch::DispatchSuggestion;
using domain::dispatch::PlanTask;

namespace {
QString hhmm(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("HH:mm")); // Jeju time
}

QString won(double krw)
{
    return QLocale().toString(krw, 'f', 0);
}
} // namespace

DispatchSuggestionModel::DispatchSuggestionModel(client::Store *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::DispatchPlan)
            reload();
    });
    reload();
}

int DispatchSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> DispatchSuggestionModel::roleNames() const
{
    return {{SuggestionIdRole, "suggestionId"}, {TruckIdRole, "truckId"}, {TruckNameRole, "truckName"}, {KindRole, "kind"},
            {SiteIdRole, "siteId"}, {SiteNameRole, "siteName"}, {WindowStartRole, "windowStart"}, {WindowEndRole, "windowEnd"},
            {ArrivalRole, "arrival"}, {ArrivalP10Role, "arrivalP10"}, {ArrivalP90Role, "arrivalP90"}, {TravelKmRole, "travelKm"},
            {OnRoadsRole, "onRoads"}, {EnergyKwhRole, "energyKwh"}, {ValueKrwRole, "valueKrw"}, {EnergyValueKrwRole, "energyValueKrw"},
            {EnergyCostKrwRole, "energyCostKrw"}, {WearKrwRole, "wearKrw"}, {TravelKrwRole, "travelKrw"}, {LatenessKrwRole, "latenessKrw"},
            {AlternativeTruckRole, "alternativeTruck"}, {AlternativeLaterMinRole, "alternativeLaterMin"},
            {AlternativeValueKrwRole, "alternativeValueKrw"}, {RouteRole, "route"}, {ExplanationRole, "explanation"}};
}

QVariant DispatchSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DispatchSuggestion &s = m_rows.at(index.row());
    const auto &p = s.pairing;
    switch (role) {
    case SuggestionIdRole: return s.id;
    case TruckIdRole: return s.truckId;
    case TruckNameRole: return s.truckName.isEmpty() ? s.truckId : s.truckName;
    case KindRole: return s.task.kind == PlanTask::Kind::Charge ? QStringLiteral("charge") : QStringLiteral("deliver");
    case SiteIdRole: return s.task.siteId;
    case SiteNameRole: return s.task.siteName.isEmpty() ? s.task.siteId : s.task.siteName;
    case WindowStartRole: return s.task.windowStart;
    case WindowEndRole: return s.task.windowEnd;
    case ArrivalRole: return p.arrival;
    case ArrivalP10Role: return p.arrivalP10;
    case ArrivalP90Role: return p.arrivalP90;
    case TravelKmRole: return p.travelMetres / 1000.0;
    case OnRoadsRole: return p.onRoads;
    case EnergyKwhRole: return p.parts.energyKwh;
    case ValueKrwRole: return p.parts.valueKrw();
    case EnergyValueKrwRole: return p.parts.energyValueKrw;
    case EnergyCostKrwRole: return p.parts.energyCostKrw;
    case WearKrwRole: return p.parts.wearKrw;
    case TravelKrwRole: return p.parts.travelKrw;
    case LatenessKrwRole: return p.parts.latenessKrw;
    case AlternativeTruckRole: return s.alternative ? (s.alternative->truckName.isEmpty() ? s.alternative->truckId : s.alternative->truckName) : QString();
    case AlternativeLaterMinRole: return s.alternative ? double(p.arrival.secsTo(s.alternative->pairing.arrival)) / 60.0 : 0.0;
    case AlternativeValueKrwRole: return s.alternative ? s.alternative->pairing.parts.valueKrw() : 0.0;
    case RouteRole: {
        QVariantList route;
        route.reserve(s.route.size());
        for (const QGeoCoordinate &c : s.route)
            route << QVariant::fromValue(c);
        return route;
    }
    case ExplanationRole: return explain(s);
    default: return {};
    }
}

QString DispatchSuggestionModel::explain(const DispatchSuggestion &s)
{
    const auto &p = s.pairing;
    const QString truck = s.truckName.isEmpty() ? s.truckId : s.truckName;
    const QString site = s.task.siteName.isEmpty() ? s.task.siteId : s.task.siteName;
    QString text = s.task.kind == PlanTask::Kind::Charge
                       ? tr("%1 → %2, arrives %3 (%4–%5), absorbs %6 kWh of the curtailment %7–%8, worth ₩%9")
                       : tr("%1 → %2, arrives %3 (%4–%5), delivers %6 kWh in the expensive hours %7–%8, worth ₩%9");
    text = text.arg(truck, site, hhmm(p.arrival), hhmm(p.arrivalP10), hhmm(p.arrivalP90))
               .arg(QLocale().toString(p.parts.energyKwh, 'f', 0))
               .arg(hhmm(s.task.windowStart), hhmm(s.task.windowEnd), won(p.parts.valueKrw()));
    if (!s.alternative)
        return text + tr("; no other truck could do it");
    const qint64 later = p.arrival.secsTo(s.alternative->pairing.arrival) / 60;
    const QString other = s.alternative->truckName.isEmpty() ? s.alternative->truckId : s.alternative->truckName;
    if (later >= 0)
        return text + tr("; %1 would arrive %2 min later and be worth ₩%3").arg(other).arg(later).arg(won(s.alternative->pairing.parts.valueKrw()));
    return text + tr("; %1 would arrive %2 min sooner but be worth only ₩%3").arg(other).arg(-later).arg(won(s.alternative->pairing.parts.valueKrw()));
}

QList<DispatchSuggestion> DispatchSuggestionModel::shown() const
{
    QList<DispatchSuggestion> rows;
    for (const DispatchSuggestion &s : m_plan.suggestions) {
        if (!m_hidden.contains(s.id))
            rows << s;
    }
    return rows;
}

void DispatchSuggestionModel::reload()
{
    const auto plan = m_store->isOpen() ? m_store->dispatchPlan() : std::nullopt;
    const bool planChangedNow = plan.value_or(domain::dispatch::DispatchPlan{}) != m_plan;
    if (!planChangedNow)
        return;
    m_plan = plan.value_or(domain::dispatch::DispatchPlan{});
    // A suggestion the new round no longer makes is forgotten: if it comes back, it is news.
    QSet<QString> current;
    for (const DispatchSuggestion &s : m_plan.suggestions)
        current << s.id;
    m_hidden.intersect(current);
    const int before = int(m_rows.size());
    beginResetModel();
    m_rows = shown();
    endResetModel();
    emit planChanged();
    if (before != m_rows.size())
        emit countChanged();
}

QString DispatchSuggestionModel::noteProblem(const QString &problem)
{
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
    return problem;
}

QString DispatchSuggestionModel::accept(int row)
{
    if (row < 0 || row >= m_rows.size())
        return noteProblem(tr("That suggestion is no longer offered."));
    const DispatchSuggestion s = m_rows.at(row);
    const auto order = domain::dispatch::orderForSuggestion(s, QStringLiteral("ord-") + QUuid::createUuid().toString(QUuid::Id128).left(16),
                                                            QDateTime::currentDateTimeUtc());
    const auto stored = m_store->enqueue(domain::OperatorCommand::createOrder(order, domain::OperatorCommand::newKey()));
    if (!stored.ok()) {
        qCWarning(lcModels) << "suggestion not queued:" << stored.error().toString();
        return noteProblem(tr("The order could not be saved: %1").arg(stored.error().toString()));
    }
    noteProblem({});
    reject(row); // accepted: not offered again on this console
    emit accepted(tr("%1 sent to %2").arg(s.truckName.isEmpty() ? s.truckId : s.truckName, s.task.siteName.isEmpty() ? s.task.siteId : s.task.siteName));
    return {};
}

void DispatchSuggestionModel::reject(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_hidden << m_rows.at(row).id;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

int DispatchSuggestionModel::acceptAll()
{
    int queued = 0;
    while (!m_rows.isEmpty() && accept(0).isEmpty())
        ++queued;
    return queued;
}

} // namespace et::models
