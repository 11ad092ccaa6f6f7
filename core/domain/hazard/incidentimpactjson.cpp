// SPDX-License-Identifier: MIT
#include "domain/hazard/incidentimpactjson.h"

#include "domain/jsonfieldreader.h"

#include <QJsonArray>

namespace et::domain::hazard {

namespace {
using Rule = dispatch::EnergyShare::Rule;
constexpr EnumName<IncidentImpact::Model> kModels[] = {
    {IncidentImpact::Model::TyphoonWind, u"typhoon_wind"},
    {IncidentImpact::Model::EarthquakeIntensity, u"earthquake_intensity"},
    {IncidentImpact::Model::FloodDepth, u"flood_depth"},
    {IncidentImpact::Model::OutageArea, u"outage_area"},
    {IncidentImpact::Model::AreaBySeverity, u"area_by_severity"},
};
constexpr EnumName<AlertLevel> kAlerts[] = {
    {AlertLevel::Green, u"green"}, {AlertLevel::Orange, u"orange"}, {AlertLevel::Red, u"red"}};
constexpr EnumName<ImpactedSite::Category> kCategories[] = {
    {ImpactedSite::Category::Asset, u"asset"}, {ImpactedSite::Category::Facility, u"facility"}};
constexpr EnumName<Rule> kRules[] = {{Rule::LifeCritical, u"life_critical"}, {Rule::FairShare, u"fair_share"}};
constexpr double kMaxMw = 1e5;
constexpr double kMaxHours = 1e4;

QJsonObject siteJson(const ImpactedSite &s)
{
    return {
        {QStringLiteral("id"), s.impact.id},
        {QStringLiteral("category"), enumToString<ImpactedSite::Category>(s.category, kCategories)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("type"), s.type},
        {QStringLiteral("lat"), s.lat},
        {QStringLiteral("lon"), s.lon},
        {QStringLiteral("approximate"), s.approximate},
        {QStringLiteral("intensity"), s.impact.intensity},
        {QStringLiteral("probability"), s.impact.probability},
        {QStringLiteral("state"), FragilityCurve::toString(s.impact.state)},
        {QStringLiteral("priority"), FragilityCurve::toString(s.impact.priority)},
    };
}

Result<ImpactedSite> siteFromJson(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    ImpactedSite s;
    const QString id = r.string(QStringLiteral("id"));
    s.category = r.enumValue<ImpactedSite::Category>(QStringLiteral("category"), kCategories);
    s.name = r.optionalString(QStringLiteral("name"));
    s.type = r.optionalString(QStringLiteral("type"));
    s.lat = r.latitude(QStringLiteral("lat"));
    s.lon = r.longitude(QStringLiteral("lon"));
    s.approximate = r.boolean(QStringLiteral("approximate"));
    const double intensity = r.number(QStringLiteral("intensity"), 0.0, 1000.0);
    const double probability = r.number(QStringLiteral("probability"), 0.0, 1.0);
    if (!r.ok())
        return r.error();
    s.impact = SiteImpact::of(id, intensity, probability);
    return s;
}

QJsonObject facilityJson(const FacilityWithoutPower &f)
{
    return {
        {QStringLiteral("id"), f.outage.facilityId},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("kind"), f.kind},
        {QStringLiteral("lat"), f.lat},
        {QStringLiteral("lon"), f.lon},
        {QStringLiteral("approximate"), f.approximate},
        {QStringLiteral("substation_id"), f.outage.substationId},
        {QStringLiteral("loss_probability"), f.outage.lossProbability},
        {QStringLiteral("outage_hours"), f.outage.outageHours},
        {QStringLiteral("backup_hours"), f.outage.backupHours},
        {QStringLiteral("uncovered_hours"), f.outage.uncoveredHours},
        {QStringLiteral("need_mwh"), f.outage.needMwh},
        {QStringLiteral("life_critical"), f.outage.lifeCritical},
        {QStringLiteral("priority"), f.outage.priority},
    };
}

Result<FacilityWithoutPower> facilityFromJson(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    FacilityWithoutPower f;
    f.outage.facilityId = r.string(QStringLiteral("id"));
    f.name = r.optionalString(QStringLiteral("name"));
    f.kind = r.optionalString(QStringLiteral("kind"));
    f.lat = r.latitude(QStringLiteral("lat"));
    f.lon = r.longitude(QStringLiteral("lon"));
    f.approximate = r.boolean(QStringLiteral("approximate"));
    f.outage.substationId = r.optionalString(QStringLiteral("substation_id"));
    f.outage.lossProbability = r.number(QStringLiteral("loss_probability"), 0.0, 1.0);
    f.outage.outageHours = r.number(QStringLiteral("outage_hours"), 0.0, kMaxHours);
    f.outage.backupHours = r.number(QStringLiteral("backup_hours"), 0.0, kMaxHours);
    f.outage.uncoveredHours = r.number(QStringLiteral("uncovered_hours"), 0.0, kMaxHours);
    f.outage.needMwh = r.number(QStringLiteral("need_mwh"), 0.0, kMaxMw);
    f.outage.lifeCritical = r.boolean(QStringLiteral("life_critical"));
    f.outage.priority = r.integer(QStringLiteral("priority"), 1, 4);
    if (!r.ok())
        return r.error();
    return f;
}

Result<std::pair<QString, double>> regionFromJson(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    std::pair<QString, double> out{r.optionalString(QStringLiteral("region")), r.number(QStringLiteral("mw"), 0.0, kMaxMw)};
    if (!r.ok())
        return r.error();
    return out;
}

Result<PrioritySupply> supplyFromJson(const QJsonValue &v)
{
    JsonFieldReader r(v.toObject());
    PrioritySupply s;
    s.facilityId = r.string(QStringLiteral("facility_id"));
    s.name = r.optionalString(QStringLiteral("name"));
    s.lat = r.latitude(QStringLiteral("lat"));
    s.lon = r.longitude(QStringLiteral("lon"));
    s.mwh = r.number(QStringLiteral("mwh"), 0.0, kMaxMw);
    s.rule = r.enumValue<Rule>(QStringLiteral("rule"), kRules);
    if (!r.ok())
        return r.error();
    return s;
}

template<typename T>
bool readList(JsonFieldReader &r, const QString &key, QList<T> &out, Result<T> (*decode)(const QJsonValue &))
{
    const QJsonArray array = r.array(key);
    if (!r.ok())
        return false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            r.fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("expected an object, got %1").arg(jsonTypeName(array.at(i))));
            return false;
        }
        auto item = decode(array.at(i));
        if (!item.ok()) {
            const Error e = item.error().prefixed(QStringLiteral("%1[%2]").arg(key).arg(i));
            r.fail(e.field, e.message);
            return false;
        }
        out << item.value();
    }
    return true;
}
} // namespace

QString IncidentImpact::toString(Model model) { return enumToString<Model>(model, kModels); }
QString IncidentImpactJson::toString(Rule rule) { return enumToString<Rule>(rule, kRules); }

QJsonObject IncidentImpactJson::toJson(const IncidentImpact &impact)
{
    QJsonArray sites, facilities, regions, supply;
    for (const ImpactedSite &s : impact.sites)
        sites.append(siteJson(s));
    for (const FacilityWithoutPower &f : impact.facilitiesWithoutPower)
        facilities.append(facilityJson(f));
    for (const auto &[region, mw] : impact.unservedByRegion)
        regions.append(QJsonObject{{QStringLiteral("region"), region}, {QStringLiteral("mw"), mw}});
    for (const PrioritySupply &s : impact.supply)
        supply.append(QJsonObject{{QStringLiteral("facility_id"), s.facilityId}, {QStringLiteral("name"), s.name},
                                  {QStringLiteral("lat"), s.lat}, {QStringLiteral("lon"), s.lon}, {QStringLiteral("mwh"), s.mwh},
                                  {QStringLiteral("rule"), toString(s.rule)}});
    return {
        {QStringLiteral("computed_at"), toIsoUtc(impact.computedAt)},
        {QStringLiteral("model"), IncidentImpact::toString(impact.model)},
        {QStringLiteral("intensity_unit"), IncidentImpact::unitOf(impact.model)},
        {QStringLiteral("hazard_severity"), impact.hazardSeverity},
        {QStringLiteral("alert"), impact.alert ? QJsonValue(HazardSeverity::toString(*impact.alert)) : QJsonValue()},
        {QStringLiteral("sites"), sites},
        {QStringLiteral("facilities_without_power"), facilities},
        {QStringLiteral("unserved_by_region"), regions},
        {QStringLiteral("unserved_mw"), impact.unservedMw},
        {QStringLiteral("deficit_mwh"), impact.deficitMwh},
        {QStringLiteral("trucks_needed"), impact.trucksNeeded},
        {QStringLiteral("available_mwh"), impact.availableMwh},
        {QStringLiteral("supply"), supply},
    };
}

Result<IncidentImpact> IncidentImpactJson::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("impact: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    IncidentImpact i;
    i.computedAt = r.dateTime(QStringLiteral("computed_at"));
    i.model = r.enumValue<IncidentImpact::Model>(QStringLiteral("model"), kModels);
    i.hazardSeverity = r.integer(QStringLiteral("hazard_severity"), 0, 5);
    const QString alert = r.optionalString(QStringLiteral("alert"));
    if (r.ok() && !alert.isEmpty()) {
        i.alert = enumFromString<AlertLevel>(alert, kAlerts);
        if (!i.alert)
            r.fail(QStringLiteral("alert"), QStringLiteral("unknown value \"%1\"").arg(alert));
    }
    readList<ImpactedSite>(r, QStringLiteral("sites"), i.sites, &siteFromJson);
    readList<FacilityWithoutPower>(r, QStringLiteral("facilities_without_power"), i.facilitiesWithoutPower, &facilityFromJson);
    readList<std::pair<QString, double>>(r, QStringLiteral("unserved_by_region"), i.unservedByRegion, &regionFromJson);
    i.unservedMw = r.number(QStringLiteral("unserved_mw"), 0.0, kMaxMw);
    i.deficitMwh = r.number(QStringLiteral("deficit_mwh"), 0.0, kMaxMw * kMaxHours);
    i.trucksNeeded = r.integer(QStringLiteral("trucks_needed"), 0, 1000000);
    i.availableMwh = r.number(QStringLiteral("available_mwh"), 0.0, kMaxMw);
    readList<PrioritySupply>(r, QStringLiteral("supply"), i.supply, &supplyFromJson);
    if (!r.ok())
        return r.error();
    return i;
}

} // namespace et::domain::hazard
