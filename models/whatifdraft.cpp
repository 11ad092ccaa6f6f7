// SPDX-License-Identifier: MIT
#include "whatifdraft.h"

#include "client/store.h"
#include "domain/hazard/incidentimpactjson.h"
#include "hazardshapes.h"
#include "incidentimpactmodel.h"
#include "modelslogging.h"
#include "operatorcommands.h"
#include "whatifinputs.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

namespace et::models {

using domain::hazard::IncidentImpact;

namespace {

constexpr int kRefreshMs = 3000;

/// The figures the comparison sets side by side. Sites and facilities are counted once however
/// many incidents reach them (a site at its worst colour); MW, MWh and trucks add up, an upper
/// bound where footprints overlap.
struct Figures
{
    double unservedMw = 0.0;
    double deficitMwh = 0.0;
    double trucksNeeded = 0.0;
    QHash<QString, domain::hazard::InspectionPriority> sites; ///< at risk, by id
    QSet<QString> facilities;

    void add(const IncidentImpact &i)
    {
        unservedMw += i.unservedMw;
        deficitMwh += i.deficitMwh;
        trucksNeeded += i.trucksNeeded;
        for (const auto &s : i.sites) {
            if (s.impact.probability > 0.0)
                sites[s.impact.id] = std::max(sites.value(s.impact.id, s.impact.priority), s.impact.priority);
        }
        for (const auto &f : i.facilitiesWithoutPower)
            facilities.insert(f.outage.facilityId);
    }
    void add(const Figures &other)
    {
        unservedMw += other.unservedMw;
        deficitMwh += other.deficitMwh;
        trucksNeeded += other.trucksNeeded;
        for (auto it = other.sites.cbegin(); it != other.sites.cend(); ++it)
            sites[it.key()] = std::max(sites.value(it.key(), it.value()), it.value());
        facilities.unite(other.facilities);
    }
    double count(domain::hazard::InspectionPriority priority) const
    {
        return double(std::count(sites.cbegin(), sites.cend(), priority));
    }
};

void shift(domain::Disaster &d, double dLat, double dLon)
{
    d.lat += dLat;
    d.lon += dLon;
    for (QPointF &p : d.hazard.polygon)
        p += QPointF(dLon, dLat);
    if (d.hazard.track) {
        for (auto &p : d.hazard.track->points) {
            p.lat += dLat;
            p.lon += dLon;
        }
    }
}

} // namespace

WhatIfDraft::WhatIfDraft(client::Store *store, HazardShapes *shapes, OperatorCommands *commands, QObject *parent)
    : QObject(parent), m_store(store), m_shapes(shapes), m_commands(commands), m_impactModel(new IncidentImpactModel(nullptr, this))
{
    m_pool.setMaxThreadCount(1);
    // The cache moves on (assets, trucks, the balance each simulated minute): the draft is
    // assessed again over it, at most every few seconds. The present (the open incidents) is
    // compared again at once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] { moveBy(0.0, 0.0); });
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        m_inputsStale = true;
        if (!m_draft)
            return;
        if (kind == domain::EntityKind::Disaster && m_assessed)
            compare();
        else if (!m_refresh.isActive())
            m_refresh.start();
    });
}

WhatIfDraft::~WhatIfDraft()
{
    m_pool.waitForDone();
}

void WhatIfDraft::setPermissionCheck(std::function<bool()> canPromote)
{
    m_canPromote = std::move(canPromote);
    emit changed();
}

bool WhatIfDraft::canPromote() const
{
    return m_draft && m_canPromote && m_canPromote();
}

QGeoCoordinate WhatIfDraft::centre() const
{
    return m_draft ? QGeoCoordinate(m_draft->lat, m_draft->lon) : QGeoCoordinate();
}

int WhatIfDraft::severity() const
{
    if (!m_draft)
        return 0;
    if (m_draft->severity >= 1)
        return m_draft->severity;
    const auto &impact = m_impactModel->impact();
    return impact ? std::max(1, impact->hazardSeverity) : 0;
}

void WhatIfDraft::setBody(const QVariantMap &body)
{
    auto parsed = domain::Disaster::fromRegistrationJson(QJsonObject::fromVariantMap(body));
    if (!parsed.ok()) {
        m_problem = tr("The what-if is not complete: %1").arg(parsed.error().toString());
        emit changed();
        return;
    }
    const bool first = !m_draft;
    m_body = body;
    m_base = parsed.value();
    m_base->id = QStringLiteral("what-if");
    if (first) {
        m_dLat = 0.0;
        m_dLon = 0.0;
    }
    moveBy(0.0, 0.0);
}

void WhatIfDraft::moveTo(const QGeoCoordinate &centre)
{
    if (!m_base || !centre.isValid())
        return;
    moveBy(centre.latitude() - m_base->lat - m_dLat, centre.longitude() - m_base->lon - m_dLon);
}

void WhatIfDraft::moveBy(double dLat, double dLon)
{
    if (!m_base || !std::isfinite(dLat) || !std::isfinite(dLon))
        return;
    m_dLat += dLat;
    m_dLon += dLon;
    domain::Disaster d = *m_base;
    shift(d, m_dLat, m_dLon);
    m_draft = d;
    m_assessed = false;
    m_problem = m_inputsProblem;
    emit changed();
    assess();
}

std::shared_ptr<const domain::hazard::IncidentInputs> WhatIfDraft::inputs()
{
    if (!m_inputs || m_inputsStale) {
        WhatIfInputs read = WhatIfInputs::fromCache(*m_store);
        m_inputsProblem = read.problem;
        m_inputs = std::make_shared<const domain::hazard::IncidentInputs>(std::move(read.inputs));
        m_inputsStale = false;
    }
    return m_inputs;
}

void WhatIfDraft::assess()
{
    if (m_running) {
        m_again = true; // the newest draft goes next; the ones between never run
        return;
    }
    m_running = true;
    m_again = false;
    const auto in = inputs();
    const domain::Disaster d = *m_draft;
    const quint64 seq = ++m_seq;
    m_pool.start([this, in, d, seq] {
        QElapsedTimer clock;
        clock.start();
        const IncidentImpact impact = IncidentImpact::assess(d, *in);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        // Posted to this object: if it is deleted first, Qt drops the event (and the destructor
        // waited for this job).
        QMetaObject::invokeMethod(this, [this, seq, impact, ms] { finished(seq, impact, ms); }, Qt::QueuedConnection);
    });
}

void WhatIfDraft::finished(quint64 seq, const IncidentImpact &impact, double ms)
{
    m_running = false;
    if (!m_draft)
        return; // discarded meanwhile
    if (m_again) {
        assess();
        return;
    }
    if (seq != m_seq)
        return;
    m_assessMs = ms;
    domain::Disaster shown = *m_draft;
    shown.impact = domain::hazard::IncidentImpactJson::toJson(impact);
    m_impactModel->showImpact(impact);
    m_shapes->setWhatIf(shown);
    m_assessed = true;
    m_problem = m_inputsProblem;
    compare();
    emit assessedChanged();
}

void WhatIfDraft::compare()
{
    Figures present;
    for (const domain::Disaster &d : m_store->disasters()) {
        if (d.status == domain::DisasterStatus::Resolved || d.impact.isEmpty())
            continue;
        const auto impact = domain::hazard::IncidentImpactJson::fromJson(d.impact);
        if (impact.ok())
            present.add(impact.value());
    }
    Figures draft;
    if (const auto &impact = m_impactModel->impact())
        draft.add(*impact);
    Figures together = present;
    together.add(draft);
    const auto row = [&](const QString &key, const QString &label, const QString &unit, int decimals,
                         const std::function<double(const Figures &)> &of) {
        return QVariantMap{{QStringLiteral("key"), key},         {QStringLiteral("label"), label},
                           {QStringLiteral("unit"), unit},       {QStringLiteral("decimals"), decimals},
                           {QStringLiteral("present"), of(present)}, {QStringLiteral("draft"), of(draft)},
                           {QStringLiteral("together"), of(together)}};
    };
    using domain::hazard::InspectionPriority;
    m_comparison = {row(QStringLiteral("unserved"), tr("Unserved demand"), tr("MW"), 1, [](const Figures &f) { return f.unservedMw; }),
                    row(QStringLiteral("deficit"), tr("Energy deficit"), tr("MWh"), 1, [](const Figures &f) { return f.deficitMwh; }),
                    row(QStringLiteral("trucks"), tr("Trucks needed"), QString(), 0, [](const Figures &f) { return f.trucksNeeded; }),
                    row(QStringLiteral("red"), tr("Sites red"), QString(), 0, [](const Figures &f) { return f.count(InspectionPriority::Red); }),
                    row(QStringLiteral("orange"), tr("Sites orange"), QString(), 0,
                        [](const Figures &f) { return f.count(InspectionPriority::Orange); }),
                    row(QStringLiteral("facilities"), tr("Facilities may lose power"), QString(), 0,
                        [](const Figures &f) { return double(f.facilities.size()); })};
    m_freeTrucks = 0;
    if (m_inputs) {
        for (const domain::Truck &t : m_inputs->trucks)
            m_freeTrucks += t.orderId.isEmpty() && t.status != domain::TruckStatus::Maintenance;
    }
    m_shortOfTrucks = together.trucksNeeded > m_freeTrucks;
    emit changed();
}

QVariantList WhatIfDraft::topSites() const
{
    QVariantList out;
    const QModelIndex none;
    for (int row = 0; row < std::min(5, m_impactModel->rowCount(none)); ++row) {
        const QModelIndex i = m_impactModel->index(row);
        out << QVariantMap{{QStringLiteral("name"), i.data(IncidentImpactModel::NameRole)},
                           {QStringLiteral("priority"), i.data(IncidentImpactModel::PriorityRole)},
                           {QStringLiteral("probability"), i.data(IncidentImpactModel::ProbabilityRole)}};
    }
    return out;
}

QString WhatIfDraft::promote()
{
    if (!m_draft || !m_assessed) {
        m_problem = tr("There is no assessed what-if to promote.");
        emit changed();
        return {};
    }
    if (!canPromote()) {
        m_problem = tr("Only an operator who manages disasters can promote a what-if.");
        emit changed();
        return {};
    }
    domain::Disaster d = *m_draft;
    d.impact = {};
    QJsonObject body = d.toRegistrationJson();
    // Left to the hazard's rating when the operator left it (a track, a magnitude).
    if (!m_body.contains(QStringLiteral("severity")))
        body.remove(QStringLiteral("severity"));
    const QString id = m_commands->createDisaster(body.toVariantMap());
    if (id.isEmpty()) {
        m_problem = m_commands->problem();
        emit changed();
        return {};
    }
    qCInfo(lcModels).noquote() << "what-if promoted to incident" << id;
    discard();
    return id;
}

void WhatIfDraft::discard()
{
    m_body.clear();
    m_base.reset();
    m_draft.reset();
    m_dLat = 0.0;
    m_dLon = 0.0;
    m_assessed = false;
    m_again = false;
    m_refresh.stop();
    ++m_seq; // a running assessment's result is dropped
    m_problem.clear();
    m_comparison.clear();
    m_impactModel->showImpact(std::nullopt);
    m_shapes->setWhatIf(std::nullopt);
    emit changed();
}

} // namespace et::models
