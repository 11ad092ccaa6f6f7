// SPDX-License-Identifier: MIT
#pragma once

#include "domain/asset.h"
#include "domain/center.h"
#include "domain/change.h"
#include "domain/disaster.h"
#include "domain/dispatchorder.h"
#include "domain/energybalance.h"
#include "domain/truck.h"

#include <QDateTime>

// Hand-made, valid entities for store tests. Values are plausible for Jeju; times carry
// milliseconds in UTC because that is what the wire format keeps.
namespace et::test {

inline QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(14, minute, 5, 250), Qt::UTC);
}

inline domain::Asset sampleAsset(const QString &id)
{
    domain::Asset a;
    a.id = id;
    a.kind = domain::AssetKind::Wind;
    a.name = QStringLiteral("가시리 풍력발전단지");
    a.nameEn = QStringLiteral("Gasiri Wind Farm");
    a.lat = 33.3547;
    a.lon = 126.7443;
    a.capacityMw = 15.0;
    a.outputMw = 9.25;
    a.status = domain::AssetStatus::Online;
    a.region = QStringLiteral("표선면");
    a.updatedAt = at(1);
    return a;
}

inline domain::Truck sampleTruck(const QString &id, double lat = 33.4996, double lon = 126.5312)
{
    domain::Truck t;
    t.id = id;
    t.name = QStringLiteral("에너지트럭 ") + id;
    t.capacityKwh = 500.0;
    t.soc = 0.62;
    t.lat = lat;
    t.lon = lon;
    t.headingDeg = 135.0;
    t.speedKmh = 42.0;
    t.status = domain::TruckStatus::Driving;
    t.targetAssetId = QStringLiteral("wind-gasiri");
    t.updatedAt = at(2);
    return t;
}

inline domain::Disaster sampleDisaster(const QString &id, bool ended)
{
    domain::Disaster d;
    d.id = id;
    d.type = domain::DisasterType::Typhoon;
    d.severity = 4;
    d.lat = 33.25;
    d.lon = 126.56;
    d.radiusKm = 35.0;
    d.startedAt = at(3);
    if (ended)
        d.endedAt = at(40);
    d.status = ended ? domain::DisasterStatus::Resolved : domain::DisasterStatus::Active;
    d.title = QStringLiteral("태풍 카눈");
    d.description = QStringLiteral("서귀포 해안 강풍");
    d.updatedAt = at(4);
    return d;
}

inline domain::Center sampleCenter(const QString &id)
{
    domain::Center c;
    c.id = id;
    c.name = QStringLiteral("제주시정신건강복지센터");
    c.category = QStringLiteral("정신건강복지센터");
    c.roadAddress = QStringLiteral("제주특별자치도 제주시 중앙로 1");
    c.lat = 33.5097;
    c.lon = 126.5219;
    c.services = QStringLiteral("상담, 위기개입");
    c.opensAt = QTime(9, 0);
    c.closesAt = QTime(18, 0);
    c.closedDays = QStringLiteral("토,일,공휴일");
    c.phone = QStringLiteral("064-000-0000");
    c.operatorName = QStringLiteral("제주시");
    c.dataDate = QStringLiteral("2025-06-30");
    return c;
}

inline domain::EnergyBalance sampleBalance(int minute)
{
    domain::EnergyBalance b;
    b.timestamp = at(minute);
    b.demandMw = 720.0;
    b.thermalMw = 210.0;
    b.windMw = 180.0;
    b.solarMw = 260.0;
    b.truckDischargeMw = 1.5;
    domain::HvdcLinkFlow link;
    link.id = QStringLiteral("hvdc-3");
    link.name = QStringLiteral("#3 완도-동제주");
    link.mainlandTerminal = QStringLiteral("완도");
    link.jejuTerminalAssetId = QStringLiteral("hvdc-east");
    link.capacityMw = 200.0;
    link.flowMw = -45.0;
    link.reversible = true;
    b.hvdcLinks = {link};
    b.curtailmentMw = 12.0;
    b.renewableShare = 0.6111;
    b.smpKrwPerKwh = -3.5;
    return b;
}

inline domain::DispatchOrder sampleOrder(const QString &id, const QString &truckId, domain::OrderStatus status, int minute = 5)
{
    domain::DispatchOrder o;
    o.id = id;
    o.truckId = truckId;
    o.kind = domain::OrderKind::Charge;
    o.targetAssetId = QStringLiteral("wind-gasiri");
    o.kwh = 300.0;
    o.status = status;
    o.createdAt = at(minute);
    o.updatedAt = at(minute);
    return o;
}

inline domain::Change upsert(domain::EntityKind kind, const QString &id, const QJsonObject &data, qint64 cursor)
{
    return domain::Change{cursor, kind, domain::ChangeOp::Upsert, id, data};
}

inline domain::Change removal(domain::EntityKind kind, const QString &id, qint64 cursor)
{
    return domain::Change{cursor, kind, domain::ChangeOp::Delete, id, {}};
}

} // namespace et::test
