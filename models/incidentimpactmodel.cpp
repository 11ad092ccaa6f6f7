// SPDX-License-Identifier: MIT
#include "incidentimpactmodel.h"

#include "client/store.h"
#include "domain/hazard/incidentimpactjson.h"
#include "jejutime.h"
#include "modelslogging.h"

namespace et::models {

using namespace domain::hazard;

IncidentImpactModel::IncidentImpactModel(client::Store *store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    if (m_store)
        connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Disaster || kind == domain::EntityKind::DispatchPlan)
            reload();
    });
}

void IncidentImpactModel::setDisasterId(const QString &id)
{
    if (m_disasterId == id)
        return;
    m_disasterId = id;
    emit disasterIdChanged();
    reload();
}

void IncidentImpactModel::showImpact(const std::optional<IncidentImpact> &impact)
{
    show(impact, {});
}

void IncidentImpactModel::reload()
{
    if (!m_store)
        return;
    std::optional<IncidentImpact> impact;
    if (!m_disasterId.isEmpty() && m_store->isOpen()) {
        for (const domain::Disaster &d : m_store->disasters()) {
            if (d.id != m_disasterId || d.impact.isEmpty())
                continue;
            auto decoded = IncidentImpactJson::fromJson(d.impact);
            if (decoded.ok())
                impact = decoded.value();
            else
                qCWarning(lcModels).noquote() << "the cached impact of" << d.id << "does not read:" << decoded.error().toString();
        }
    }
    QHash<QString, QStringList> trucks;
    if (impact && m_store->isOpen()) {
        if (const auto plan = m_store->dispatchPlan()) {
            for (const auto &s : plan->suggestions) {
                if (s.task.rule != domain::dispatch::PlanTask::Rule::BestValue)
                    trucks[s.task.siteId] << QStringLiteral("%1 %2").arg(s.truckName.isEmpty() ? s.truckId : s.truckName,
                                                                          JejuTime::format(s.pairing.arrival, QStringLiteral("HH:mm")));
            }
        }
    }
    show(impact, trucks);
}

void IncidentImpactModel::show(const std::optional<IncidentImpact> &impact, const QHash<QString, QStringList> &trucks)
{
    beginResetModel();
    m_impact = impact;
    m_rows.clear();
    if (m_impact) {
        for (const ImpactedSite &s : m_impact->sites) {
            if (s.impact.probability > 0.0)
                m_rows << s;
        }
    }
    m_trucksByFacility = trucks;
    endResetModel();
    emit impactChanged();
}

int IncidentImpactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IncidentImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImpactedSite &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.name;
    case SiteIdRole: return s.impact.id;
    case CategoryRole: return s.category == ImpactedSite::Category::Asset ? QStringLiteral("asset") : QStringLiteral("facility");
    case TypeRole: return s.type;
    case IntensityRole: return s.impact.intensity;
    case ProbabilityRole: return s.impact.probability;
    case StateRole: return FragilityCurve::toString(s.impact.state);
    case PriorityRole: return FragilityCurve::toString(s.impact.priority);
    case ApproximateRole: return s.approximate;
    case LatitudeRole: return s.lat;
    case LongitudeRole: return s.lon;
    }
    return {};
}

QHash<int, QByteArray> IncidentImpactModel::roleNames() const
{
    return {{SiteIdRole, "siteId"},       {NameRole, "name"},         {CategoryRole, "category"},
            {TypeRole, "type"},           {IntensityRole, "intensity"}, {ProbabilityRole, "probability"},
            {StateRole, "state"},         {PriorityRole, "priority"},  {ApproximateRole, "approximate"},
            {LatitudeRole, "latitude"},   {LongitudeRole, "longitude"}};
}

QString IncidentImpactModel::modelText() const
{
    if (!m_impact)
        return {};
    switch (m_impact->model) {
    case IncidentImpact::Model::TyphoonWind: return tr("Holland (1980) wind field along the track");
    case IncidentImpact::Model::EarthquakeIntensity: return tr("Allen, Wald & Worden (2012) intensity");
    case IncidentImpact::Model::FloodDepth: return tr("flood depth over the drawn area");
    case IncidentImpact::Model::OutageArea: return tr("outage area and regions");
    case IncidentImpact::Model::AreaBySeverity: return tr("area and severity (no physical model)");
    }
    return {};
}

QString IncidentImpactModel::unit() const
{
    return m_impact ? IncidentImpact::unitOf(m_impact->model) : QString();
}

QString IncidentImpactModel::alert() const
{
    return m_impact && m_impact->alert ? HazardSeverity::toString(*m_impact->alert) : QString();
}

int IncidentImpactModel::countOf(const QString &priority) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const ImpactedSite &s) { return FragilityCurve::toString(s.impact.priority) == priority; }));
}

QVariantList IncidentImpactModel::unservedByRegion() const
{
    QVariantList out;
    if (m_impact) {
        for (const auto &[region, mw] : m_impact->unservedByRegion)
            out << QVariantMap{{QStringLiteral("region"), region}, {QStringLiteral("mw"), mw}};
    }
    return out;
}

QVariantList IncidentImpactModel::facilitiesWithoutPower() const
{
    QVariantList out;
    if (!m_impact)
        return out;
    for (const FacilityWithoutPower &f : m_impact->facilitiesWithoutPower)
        out << QVariantMap{{QStringLiteral("facilityId"), f.outage.facilityId}, {QStringLiteral("name"), f.name},
                           {QStringLiteral("kind"), f.kind}, {QStringLiteral("lifeCritical"), f.outage.lifeCritical},
                           {QStringLiteral("lossProbability"), f.outage.lossProbability},
                           {QStringLiteral("outageHours"), f.outage.outageHours}, {QStringLiteral("backupHours"), f.outage.backupHours},
                           {QStringLiteral("needMwh"), f.outage.needMwh}, {QStringLiteral("approximate"), f.approximate}};
    return out;
}

QString IncidentImpactModel::ruleText(domain::dispatch::EnergyShare::Rule rule)
{
    return rule == domain::dispatch::EnergyShare::Rule::LifeCritical ? tr("life-critical first") : tr("fair share (max-min)");
}

QVariantList IncidentImpactModel::supply() const
{
    QVariantList out;
    if (!m_impact)
        return out;
    for (const PrioritySupply &s : m_impact->supply)
        out << QVariantMap{{QStringLiteral("facilityId"), s.facilityId}, {QStringLiteral("name"), s.name},
                           {QStringLiteral("mwh"), s.mwh}, {QStringLiteral("rule"), IncidentImpactJson::toString(s.rule)},
                           {QStringLiteral("ruleText"), ruleText(s.rule)},
                           {QStringLiteral("trucks"), m_trucksByFacility.value(s.facilityId).join(QStringLiteral(", "))}};
    return out;
}

} // namespace et::models
