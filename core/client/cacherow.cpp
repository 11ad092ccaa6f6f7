// SPDX-License-Identifier: MIT
#include "cacherow.h"

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/centernotice.h"
#include "domain/centerreview.h"
#include "domain/alarm/alarm.h"
#include "domain/disaster.h"
#include "domain/dispatchorder.h"
#include "domain/energybalance.h"
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/energy/forecastjson.h"
#include "domain/truck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace et::client {

using domain::Error;
using domain::Result;

namespace {
/// Decodes `data` as a T and lets `fill` add T's query columns; gives the id found in the payload.
template<typename T, typename Fill>
Result<QString> decodeInto(const QJsonObject &data, CacheRow &row, Fill fill)
{
    auto r = T::fromJson(data);
    if (!r.ok())
        return r.error();
    return fill(r.value(), row);
}
} // namespace

void CacheRow::add(const QString &column, const QVariant &value)
{
    columns << column;
    values << value;
}

bool CacheRow::upsert(QSqlQuery &query, const QString &table) const
{
    const QStringList marks(columns.size(), QStringLiteral("?"));
    // An upsert in place rather than INSERT OR REPLACE: the row keeps its rowid, which the
    // centers' full-text index refers to, and the update triggers fire.
    QStringList updates;
    for (const QString &c : columns) {
        if (c != u"id")
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                      .arg(table, columns.join(u','), marks.join(u','), updates.join(u',')));
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

QString CacheRow::tableFor(domain::EntityKind kind)
{
    switch (kind) {
    case domain::EntityKind::Asset: return QStringLiteral("assets");
    case domain::EntityKind::Truck: return QStringLiteral("trucks");
    case domain::EntityKind::Disaster: return QStringLiteral("disasters");
    case domain::EntityKind::Center: return QStringLiteral("centers");
    case domain::EntityKind::Balance: return QStringLiteral("balance");
    case domain::EntityKind::Order: return QStringLiteral("orders");
    case domain::EntityKind::Forecast: return QStringLiteral("forecast");
    case domain::EntityKind::DispatchPlan: return QStringLiteral("dispatch_plan");
    case domain::EntityKind::Alarm: return QStringLiteral("alarms");
    case domain::EntityKind::CenterNotice: return QStringLiteral("center_notices");
    case domain::EntityKind::CenterReview: return QStringLiteral("center_reviews");
    }
    return {};
}

Result<CacheRow> CacheRow::forChange(const domain::Change &change)
{
    CacheRow row;
    Result<QString> decodedId = QString();
    switch (change.entity) {
    case domain::EntityKind::Asset:
        decodedId = decodeInto<domain::Asset>(change.data, row, [](const domain::Asset &a, CacheRow &r) {
            r.add(QStringLiteral("kind"), domain::toString(a.kind));
            r.add(QStringLiteral("name"), a.name);
            r.add(QStringLiteral("region"), a.region);
            r.add(QStringLiteral("status"), domain::toString(a.status));
            return a.id;
        });
        break;
    case domain::EntityKind::Truck:
        decodedId = decodeInto<domain::Truck>(change.data, row, [](const domain::Truck &t, CacheRow &r) {
            r.add(QStringLiteral("name"), t.name);
            r.add(QStringLiteral("status"), domain::toString(t.status));
            r.add(QStringLiteral("lat"), t.lat);
            r.add(QStringLiteral("lon"), t.lon);
            return t.id;
        });
        break;
    case domain::EntityKind::Disaster:
        decodedId = decodeInto<domain::Disaster>(change.data, row, [](const domain::Disaster &d, CacheRow &r) {
            r.add(QStringLiteral("type"), domain::toString(d.type));
            r.add(QStringLiteral("status"), domain::toString(d.status));
            r.add(QStringLiteral("severity"), d.severity);
            return d.id;
        });
        break;
    case domain::EntityKind::Center:
        decodedId = decodeInto<domain::Center>(change.data, row, [](const domain::Center &c, CacheRow &r) {
            r.add(QStringLiteral("name"), c.name);
            r.add(QStringLiteral("category"), c.category);
            r.add(QStringLiteral("lat"), c.lat);
            r.add(QStringLiteral("lon"), c.lon);
            r.add(QStringLiteral("road_address"), c.roadAddress);
            r.add(QStringLiteral("lot_address"), c.lotAddress);
            r.add(QStringLiteral("services"), c.services);
            r.add(QStringLiteral("opens_at"), c.opensAt.isValid() ? c.opensAt.toString(QStringLiteral("HH:mm")) : QString());
            r.add(QStringLiteral("closes_at"), c.closesAt.isValid() ? c.closesAt.toString(QStringLiteral("HH:mm")) : QString());
            r.add(QStringLiteral("closed_days"), c.closedDays);
            r.add(QStringLiteral("search_text"), QStringList{c.name, c.roadAddress, c.lotAddress, c.services}.join(u'\n'));
            return c.id;
        });
        break;
    case domain::EntityKind::Order:
        decodedId = decodeInto<domain::DispatchOrder>(change.data, row, [](const domain::DispatchOrder &o, CacheRow &r) {
            r.add(QStringLiteral("truck_id"), o.truckId);
            r.add(QStringLiteral("status"), domain::toString(o.status));
            return o.id;
        });
        break;
    case domain::EntityKind::Balance:
        // The balance carries no id of its own; it is filed under the change's.
        decodedId = decodeInto<domain::EnergyBalance>(change.data, row, [&change](const domain::EnergyBalance &b, CacheRow &r) {
            r.add(QStringLiteral("timestamp"), domain::toIsoUtc(b.timestamp));
            return change.id;
        });
        break;
    case domain::EntityKind::Forecast: {
        // Refused whole when damaged (ForecastJson), like every other entity; filed under the
        // change's id.
        auto forecast = domain::energy::ForecastJson::fromJson(change.data);
        if (!forecast.ok())
            decodedId = forecast.error();
        else {
            row.add(QStringLiteral("issued"), domain::toIsoUtc(forecast.value().issued));
            decodedId = change.id;
        }
        break;
    }
    case domain::EntityKind::DispatchPlan: {
        // The truck dispatch's suggestions (one row, id "current"), refused whole when damaged.
        auto plan = domain::dispatch::DispatchPlanJson::fromJson(change.data);
        if (!plan.ok())
            decodedId = plan.error();
        else {
            row.add(QStringLiteral("computed_at"), domain::toIsoUtc(plan.value().computedAt));
            decodedId = change.id;
        }
        break;
    }
    case domain::EntityKind::Alarm:
        decodedId = decodeInto<domain::alarm::Alarm>(change.data, row, [](const domain::alarm::Alarm &a, CacheRow &r) {
            r.add(QStringLiteral("state"), domain::alarm::toString(a.state));
            r.add(QStringLiteral("priority"), domain::alarm::toString(a.priority));
            return a.id;
        });
        break;
    case domain::EntityKind::CenterNotice:
        decodedId = decodeInto<domain::CenterNotice>(change.data, row, [](const domain::CenterNotice &n, CacheRow &r) {
            r.add(QStringLiteral("center_id"), n.centerId);
            r.add(QStringLiteral("ends_at"), domain::toIsoUtc(n.endsAt));
            return n.id;
        });
        break;
    case domain::EntityKind::CenterReview:
        decodedId = decodeInto<domain::CenterReview>(change.data, row, [](const domain::CenterReview &v, CacheRow &r) {
            r.add(QStringLiteral("center_id"), v.centerId);
            r.add(QStringLiteral("user_id"), v.userId);
            return v.id;
        });
        break;
    }
    if (!decodedId.ok())
        return decodedId.error();
    if (decodedId.value() != change.id)
        return Error{QStringLiteral("id"), QCoreApplication::translate("et::client::Store", "is \"%1\" but the change is for \"%2\"")
                                               .arg(decodedId.value(), change.id)};
    row.add(QStringLiteral("id"), change.id);
    row.add(QStringLiteral("cursor"), change.cursor);
    row.add(QStringLiteral("json"), QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)));
    return row;
}

} // namespace et::client
