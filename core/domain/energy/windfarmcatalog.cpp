// SPDX-License-Identifier: MIT
#include "windfarmcatalog.h"

#include "domain/jsonfieldreader.h"

#include <QSet>

namespace et::domain::energy {

namespace {
const EnumName<QString> kChoices[] = {{QStringLiteral("reported"), u"reported"},
                                      {QStringLiteral("analogue"), u"analogue"},
                                      {QStringLiteral("assumed"), u"assumed"}};

Result<WindFarm> readFarm(const QJsonValue &value, const WindTurbineLibrary &library)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    WindFarm f;
    f.assetId = r.string(QStringLiteral("asset_id"));
    const QString type = r.string(QStringLiteral("turbine_type"));
    f.turbineCount = r.integer(QStringLiteral("turbine_count"), 1, 1000);
    f.hubHeightM = r.number(QStringLiteral("hub_height_m"), 10.0, 250.0);
    f.offshore = r.boolean(QStringLiteral("offshore"));
    // Availability 0 or losses 1 would silence a farm: that is an outage, not a model parameter.
    f.availability = r.number(QStringLiteral("availability"), 0.5, 1.0);
    f.losses = r.number(QStringLiteral("losses"), 0.0, 0.5);
    f.turbineChoice = r.enumValue<QString>(QStringLiteral("choice"), kChoices);
    if (!r.ok())
        return r.error();
    auto model = library.model(type);
    if (!model)
        return Error{QStringLiteral("turbine_type"), model.error().message};
    f.turbine = std::move(model).value();
    return f;
}
} // namespace

Result<QList<WindFarm>> WindFarmCatalog::read(const QByteArray &json, const WindTurbineLibrary &library)
{
    auto root = parseJsonObject(json);
    if (!root)
        return root.error();
    const QJsonValue farms = root.value().value(QStringLiteral("farms"));
    if (!farms.isArray())
        return Error{QStringLiteral("farms"), QStringLiteral("expected an array, got %1").arg(jsonTypeName(farms))};
    auto out = decodeArray<WindFarm>(farms.toArray(), [&](const QJsonValue &v) { return readFarm(v, library); });
    if (!out)
        return out.error().prefixed(QStringLiteral("farms"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < out.value().size(); ++i) {
        const QString &id = out.value().at(i).assetId;
        if (seen.contains(id))
            return Error{QStringLiteral("farms[%1].asset_id").arg(i), QStringLiteral("\"%1\" appears twice").arg(id)};
        seen.insert(id);
    }
    return out;
}

} // namespace et::domain::energy
