// SPDX-License-Identifier: MIT
#include "sim/seeddata.h"

#include "domain/centercsvimporter.h"

#include <QFile>
#include <QJsonArray>

namespace et::backend {

using domain::Error;
using domain::JsonFieldReader;
using domain::Result;

namespace {
Result<QByteArray> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("bundled resource is missing: %1").arg(f.errorString())};
    return f.readAll();
}

Result<HvdcLinkSpec> readLink(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    HvdcLinkSpec l;
    l.id = r.string(QStringLiteral("id"));
    l.name = r.string(QStringLiteral("name"));
    l.mainlandTerminal = r.string(QStringLiteral("mainland_terminal"));
    l.jejuAssetId = r.string(QStringLiteral("jeju_terminal_asset_id"));
    l.capacityMw = r.number(QStringLiteral("capacity_mw"), 0.0, 5000.0);
    l.reversible = r.boolean(QStringLiteral("reversible"));
    l.minMw = r.number(QStringLiteral("min_mw"), -l.capacityMw, l.capacityMw);
    l.maxOperatingMw = r.number(QStringLiteral("max_operating_mw"), l.minMw, l.capacityMw);
    if (r.ok() && !l.reversible && l.minMw < 0.0)
        r.fail(QStringLiteral("min_mw"), QStringLiteral("a non-reversible link cannot export"));
    if (!r.ok())
        return r.error();
    return l;
}

Result<TruckDepot> readDepot(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    TruckDepot d{r.string(QStringLiteral("name")), r.latitude(QStringLiteral("lat")), r.longitude(QStringLiteral("lon"))};
    if (!r.ok())
        return r.error();
    return d;
}
} // namespace

Result<SeedData> SeedData::fromAssetsJson(const QByteArray &json, const QDateTime &updatedAt)
{
    auto doc = domain::parseJsonObject(json);
    if (!doc.ok())
        return doc.error();
    JsonFieldReader r(doc.value());
    const QJsonArray assets = r.array(QStringLiteral("assets"));
    const QJsonArray links = r.array(QStringLiteral("hvdc_links"));
    const QJsonArray depots = r.array(QStringLiteral("truck_depots"));
    if (!r.ok())
        return r.error();

    SeedData out;
    for (qsizetype i = 0; i < assets.size(); ++i) {
        // The file holds facts only; the live fields start from a neutral state.
        QJsonObject o = assets.at(i).toObject();
        o.insert(QStringLiteral("output_mw"), 0.0);
        o.insert(QStringLiteral("status"), QStringLiteral("online"));
        o.insert(QStringLiteral("updated_at"), domain::toIsoUtc(updatedAt));
        auto a = domain::Asset::fromJson(o);
        if (!a.ok())
            return a.error().prefixed(QStringLiteral("assets[%1]").arg(i));
        if (a.value().kind == domain::AssetKind::Thermal)
            out.minStableMw.insert(a.value().id, o.value(QStringLiteral("min_stable_mw")).toDouble());
        if (a.value().kind == domain::AssetKind::Substation)
            out.loadShare.insert(a.value().id, o.value(QStringLiteral("load_share")).toDouble());
        out.assets << a.value();
    }
    auto l = domain::decodeArray<HvdcLinkSpec>(links, &readLink);
    if (!l.ok())
        return l.error().prefixed(QStringLiteral("hvdc_links"));
    out.links = l.value();
    auto d = domain::decodeArray<TruckDepot>(depots, &readDepot);
    if (!d.ok())
        return d.error().prefixed(QStringLiteral("truck_depots"));
    out.depots = d.value();
    if (out.depots.isEmpty())
        return Error{QStringLiteral("truck_depots"), QStringLiteral("must name at least one town")};
    return out;
}

Result<SeedData> SeedData::loadBundled(const QDateTime &updatedAt)
{
    auto json = readResource(QStringLiteral(":/seed/jeju-assets.json"));
    if (!json.ok())
        return json.error();
    auto seed = fromAssetsJson(json.value(), updatedAt);
    if (!seed.ok())
        return seed.error().prefixed(QStringLiteral("jeju-assets.json"));
    auto csv = readResource(QStringLiteral(":/seed/health-centers-standard-cp949.csv"));
    if (!csv.ok())
        return csv.error();
    auto centers = domain::CenterCsvImporter::import(csv.value(), domain::CenterCsvImporter::Region::JejuOnly);
    if (!centers.ok())
        return centers.error().prefixed(QStringLiteral("health-centers-standard-cp949.csv"));
    seed.value().centers = centers.value().centers;
    seed.value().centerWarnings = centers.value().warnings;
    return seed;
}

} // namespace et::backend
