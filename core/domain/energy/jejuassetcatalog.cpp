// SPDX-License-Identifier: MIT
#include "domain/energy/jejuassetcatalog.h"

#include "domain/jsonfieldreader.h"

namespace et::domain::energy {

namespace {
Result<DatedHvdcLink> readLink(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    DatedHvdcLink d;
    d.link.id = r.string(QStringLiteral("id"));
    d.link.name = r.string(QStringLiteral("name"));
    d.link.mainlandTerminal = r.string(QStringLiteral("mainland_terminal"));
    d.link.jejuAssetId = r.string(QStringLiteral("jeju_terminal_asset_id"));
    d.link.capacityMw = r.number(QStringLiteral("capacity_mw"), 1.0, 10000.0);
    d.link.minMw = r.number(QStringLiteral("min_mw"), -10000.0, 10000.0);
    d.link.maxOperatingMw = r.number(QStringLiteral("max_operating_mw"), 0.0, 10000.0);
    d.link.reversible = r.boolean(QStringLiteral("reversible"));
    const QString since = r.string(QStringLiteral("in_service"));
    if (!r.ok())
        return r.error();
    d.inService = QDate::fromString(since + QStringLiteral("-01"), Qt::ISODate);
    if (!d.inService.isValid())
        return Error{QStringLiteral("in_service"), QStringLiteral("\"%1\" is not a month (YYYY-MM)").arg(since)};
    return d;
}
} // namespace

IslandBalance::Config JejuAssetCatalog::Assets::gridOn(QDate day) const
{
    IslandBalance::Config c;
    c.thermal = thermal;
    for (const DatedHvdcLink &l : links) {
        if (l.inService <= day)
            c.links << l.link;
    }
    c.loadShare = loadShare;
    return c;
}

double JejuAssetCatalog::Assets::solarMw() const
{
    double kw = 0.0;
    for (const SolarPlant &p : solar)
        kw += p.site.kWp;
    return kw / 1000.0;
}

Result<JejuAssetCatalog::Assets> JejuAssetCatalog::read(const QByteArray &json, const PvSite &solarPrototype, double thermalCostKrwPerKwh)
{
    auto root = parseJsonObject(json);
    if (!root)
        return root.error();
    Assets out;
    const QJsonValue links = root.value().value(QStringLiteral("hvdc_links"));
    if (!links.isArray())
        return Error{QStringLiteral("hvdc_links"), QStringLiteral("expected an array, got %1").arg(jsonTypeName(links))};
    auto dated = decodeArray<DatedHvdcLink>(links.toArray(), readLink);
    if (!dated)
        return dated.error().prefixed(QStringLiteral("hvdc_links"));
    out.links = std::move(dated).value();

    const QJsonValue assets = root.value().value(QStringLiteral("assets"));
    if (!assets.isArray())
        return Error{QStringLiteral("assets"), QStringLiteral("expected an array, got %1").arg(jsonTypeName(assets))};
    const QJsonArray all = assets.toArray();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString at = QStringLiteral("assets[%1]").arg(i);
        if (!all.at(i).isObject())
            return Error{at, QStringLiteral("expected an object, got %1").arg(jsonTypeName(all.at(i)))};
        JsonFieldReader r(all.at(i).toObject());
        const QString id = r.string(QStringLiteral("id"));
        const QString kind = r.string(QStringLiteral("kind"));
        if (!r.ok())
            return r.error().prefixed(at);
        if (kind == u"solar") {
            SolarPlant p{id, solarPrototype};
            p.site.latitudeDeg = r.latitude(QStringLiteral("lat"));
            p.site.longitudeDeg = r.longitude(QStringLiteral("lon"));
            p.site.kWp = r.number(QStringLiteral("capacity_mw"), 0.0, 10000.0) * 1000.0;
            p.site.inverterKw = p.site.kWp;
            if (!r.ok())
                return r.error().prefixed(at);
            if (Status s = p.site.validate(); !s.ok())
                return s.error().prefixed(at);
            out.solar << p;
        } else if (kind == u"thermal") {
            ThermalUnit u{id, r.number(QStringLiteral("capacity_mw"), 0.0, 10000.0), r.number(QStringLiteral("min_stable_mw"), 0.0, 10000.0),
                          thermalCostKrwPerKwh};
            if (!r.ok())
                return r.error().prefixed(at);
            if (u.minStableMw > u.capacityMw)
                return Error{at + QStringLiteral(".min_stable_mw"), QStringLiteral("%1 MW is above the capacity").arg(u.minStableMw)};
            out.thermal << u;
        } else if (kind == u"substation") {
            out.loadShare.insert(id, r.number(QStringLiteral("load_share"), 0.0, 1.0));
            if (!r.ok())
                return r.error().prefixed(at);
        }
    }
    return out;
}

} // namespace et::domain::energy
