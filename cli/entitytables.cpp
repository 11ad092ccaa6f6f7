// SPDX-License-Identifier: MIT
#include "entitytables.h"

#include "client/store.h"
#include "domain/energyhistorypage.h"

namespace et::cli {

namespace {
QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString utcMinutes(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

template<typename T>
QJsonArray toArray(const QList<T> &items)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(item.toJson());
    return out;
}
} // namespace

TextTable EntityTables::table(const QString &kind, const client::Store &store)
{
    if (kind == u"assets") {
        TextTable t({tr("ID"), tr("KIND"), tr("NAME"), tr("REGION"), tr("STATUS"), tr("OUTPUT MW"), tr("CAPACITY MW")});
        for (const auto &a : store.assets())
            t.addRow({a.id, domain::toString(a.kind), a.name, a.region, domain::toString(a.status), number(a.outputMw, 1),
                      number(a.capacityMw, 1)});
        return t;
    }
    if (kind == u"trucks") {
        TextTable t({tr("ID"), tr("NAME"), tr("STATUS"), tr("SOC %"), tr("KWH"), tr("LAT"), tr("LON"), tr("TARGET")});
        for (const auto &k : store.trucks())
            t.addRow({k.id, k.name, domain::toString(k.status), number(k.soc * 100.0, 1), number(k.energyKwh(), 0),
                      number(k.lat, 5), number(k.lon, 5), k.targetAssetId});
        return t;
    }
    if (kind == u"disasters") {
        TextTable t({tr("ID"), tr("TYPE"), tr("SEVERITY"), tr("STATUS"), tr("TITLE"), tr("RADIUS KM"), tr("STARTED UTC")});
        for (const auto &d : store.disasters())
            t.addRow({d.id, domain::toString(d.type), QString::number(d.severity), domain::toString(d.status), d.title,
                      number(d.radiusKm, 1), utcMinutes(d.startedAt)});
        return t;
    }
    if (kind == u"orders") {
        TextTable t({tr("ID"), tr("TRUCK"), tr("KIND"), tr("TARGET"), tr("KWH"), tr("DONE KWH"), tr("STATUS"), tr("REASON")});
        for (const auto &o : store.orders())
            t.addRow({o.id, o.truckId, domain::toString(o.kind), o.targetAssetId, number(o.kwh, 0), number(o.doneKwh, 0),
                      domain::toString(o.status), o.reason});
        return t;
    }
    TextTable t({tr("NAME"), tr("CATEGORY"), tr("PHONE"), tr("HOURS"), tr("ADDRESS")});
    for (const auto &c : store.centers()) {
        const QString hours = c.opensAt.isValid() && c.closesAt.isValid()
            ? c.opensAt.toString(QStringLiteral("HH:mm")) + u'-' + c.closesAt.toString(QStringLiteral("HH:mm"))
            : QString();
        t.addRow({c.name, c.category, c.phone, hours, c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress});
    }
    return t;
}

QJsonArray EntityTables::json(const QString &kind, const client::Store &store)
{
    if (kind == u"assets")
        return toArray(store.assets());
    if (kind == u"trucks")
        return toArray(store.trucks());
    if (kind == u"disasters")
        return toArray(store.disasters());
    if (kind == u"orders")
        return toArray(store.orders());
    return toArray(store.centers());
}

QString EntityTables::kstMinutes(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().addSecs(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

TextTable EntityTables::historyTable(const domain::EnergyHistoryPage &page)
{
    TextTable t({tr("TIME KST"), tr("MIN"), tr("DEMAND MW"), tr("THERMAL MW"), tr("WIND MW"), tr("SOLAR MW"), tr("TRUCKS MW"),
                 tr("HVDC IN MW"), tr("CURTAILED MW"), tr("CURTAILED MWH"), tr("SMP KRW/KWH"), tr("CO2 G/KWH")});
    for (const auto &p : page.points) {
        double hvdc = 0.0;
        for (const auto &flow : p.hvdcFlowMw)
            hvdc += flow.value_or(0.0);
        t.addRow({kstMinutes(p.timestamp), QString::number(p.minutes), number(p.demandMw, 2), number(p.thermalMw, 2), number(p.windMw, 2),
                  number(p.solarMw, 2), number(p.truckDischargeMw, 2), number(hvdc, 2), number(p.curtailmentMw, 2),
                  number(p.curtailedMwh(), 2), number(p.smpKrwPerKwh, 2),
                  p.carbonGPerKwh ? number(*p.carbonGPerKwh, 1) : QStringLiteral("-")});
    }
    return t;
}

TextTable EntityTables::outboxTable(const QList<client::QueuedCommand> &queued)
{
    TextTable t({tr("KEY"), tr("COMMAND"), tr("TARGET"), tr("QUEUED UTC"), tr("ATTEMPTS"), tr("LAST ERROR")});
    for (const auto &q : queued)
        t.addRow({q.command.key, domain::toString(q.command.kind), q.command.targetId, utcMinutes(q.command.createdAt),
                  QString::number(q.attempts), q.lastError});
    return t;
}

TextTable EntityTables::rejectionTable(const QList<client::RejectedCommand> &refused)
{
    TextTable t({tr("KEY"), tr("COMMAND"), tr("TARGET"), tr("REFUSED UTC"), tr("REASON")});
    for (const auto &r : refused)
        t.addRow({r.command.key, domain::toString(r.command.kind), r.command.targetId, utcMinutes(r.rejectedAt), r.reason});
    return t;
}

} // namespace et::cli
