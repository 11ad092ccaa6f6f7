// SPDX-License-Identifier: MIT
#include "hazardshapes.h"

#include "client/store.h"
#include "domain/hazard/earthquakeintensity.h"
#include "domain/hazard/incidentimpactjson.h"
#include "domain/hazard/sweptoutline.h"
#include "domain/hazard/typhoonfootprint.h"
#include "jejutime.h"

#include <QGeoCoordinate>

namespace et::models {

using namespace domain::hazard;

namespace {
// The damaging wind whose swath the map shows, and the two radii of the replayed storm (the
// best track's 30- and 50-kt winds).
constexpr double kSwathWindMs = 25.0;
constexpr double kGaleMs = 15.0;
const char *const kRoman[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

QVariantList coordinates(const QList<QPointF> &lonLat)
{
    QVariantList out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        out << QVariant::fromValue(QGeoCoordinate(p.y(), p.x()));
    return out;
}

QVariantMap shape(const QVariantList &points, const QString &style, bool closed, bool selected, const QString &label = {})
{
    return {{QStringLiteral("points"), points}, {QStringLiteral("style"), style}, {QStringLiteral("closed"), closed},
            {QStringLiteral("selected"), selected}, {QStringLiteral("label"), label}};
}

QVariantMap disc(const GeoDisc &d, const QString &style, bool selected, const QString &label = {})
{
    return shape(coordinates(SweptOutline::of({d}, 36)), style, true, selected, label);
}
} // namespace

HazardShapes::HazardShapes(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Disaster)
            reread();
    });
    reread();
}

void HazardShapes::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    rebuild();
}

void HazardShapes::setAt(const QDateTime &at)
{
    if (m_at == at)
        return;
    m_at = at;
    rebuild();
}

void HazardShapes::setIssuedAt(const QDateTime &at)
{
    if (m_issuedAt == at)
        return;
    m_issuedAt = at;
    rebuild();
}

QVariantList HazardShapes::sitesOf(const domain::Disaster &d)
{
    QVariantList out;
    const auto impact = d.impact.isEmpty() ? domain::Result<IncidentImpact>(domain::Error{}) : IncidentImpactJson::fromJson(d.impact);
    if (!impact.ok())
        return out;
    // Green last so the worse colours lie on top where sites crowd.
    QList<ImpactedSite> sites = impact.value().sites;
    std::stable_sort(sites.begin(), sites.end(), [](const ImpactedSite &a, const ImpactedSite &b) { return a.impact.priority < b.impact.priority; });
    for (const ImpactedSite &site : sites) {
        if (site.impact.probability <= 0.0)
            continue;
        QVariantMap dot = shape({QVariant::fromValue(QGeoCoordinate(site.lat, site.lon))}, QStringLiteral("site"), false, true);
        dot.insert(QStringLiteral("priority"), FragilityCurve::toString(site.impact.priority));
        out << dot;
    }
    return out;
}

QVariantList HazardShapes::shapesOf(const domain::Disaster &d, const QDateTime &at, const QDateTime &issuedAt, bool selected)
{
    QVariantList out;
    const domain::DisasterHazard &h = d.hazard;
    if (h.track && !h.track->points.isEmpty()) {
        const TyphoonTrack &track = *h.track;
        const QDateTime issued = issuedAt.isValid() ? issuedAt : track.points.first().time;
        const auto swath = TyphoonFootprint::swath(track, kSwathWindMs, track.points.first().time, track.points.last().time);
        if (!swath.isEmpty())
            out << shape(coordinates(SweptOutline::of(swath)), QStringLiteral("swath"), true, selected);
        const auto cone = TyphoonFootprint::cone(track, issued);
        if (!cone.isEmpty())
            out << shape(coordinates(SweptOutline::of(cone)), QStringLiteral("cone"), true, selected);
        QList<QPointF> line;
        for (const TrackPoint &p : track.points)
            line << QPointF(p.lon, p.lat);
        out << shape(coordinates(line), QStringLiteral("track"), false, selected);
        if (at.isValid()) {
            if (const auto now = track.at(at)) {
                for (const auto &[wind, style] : {std::pair{kGaleMs, QStringLiteral("wind15")}, std::pair{kSwathWindMs, QStringLiteral("wind25")}}) {
                    if (const auto f = TyphoonFootprint::footprint(track, wind, at))
                        out << disc(*f, style, selected);
                }
                out << shape({QVariant::fromValue(QGeoCoordinate(now->lat, now->lon))}, QStringLiteral("eye"), false, selected,
                             track.name.isEmpty() ? d.title : track.name);
            }
        }
    }
    if (h.magnitude && h.depthKm) {
        const EarthquakeIntensity quake(d.lat, d.lon, *h.depthKm, *h.magnitude);
        for (const auto &[mmi, contour] : quake.contours(3))
            out << disc(contour, QStringLiteral("contour"), selected, QString::fromLatin1(kRoman[std::clamp(mmi, 0, 12)]));
    }
    if (!h.polygon.isEmpty())
        out << shape(coordinates(h.polygon), QStringLiteral("area"), true, selected);
    return out;
}

void HazardShapes::setWhatIf(const std::optional<domain::Disaster> &draft)
{
    m_whatIf = draft;
    rebuild();
}

QVariantList HazardShapes::whatIfShapesOf(const domain::Disaster &draft, const QDateTime &at, const QDateTime &issuedAt)
{
    QVariantList shapes = shapesOf(draft, at, issuedAt, true);
    // A drawn circle: the live ones are the map's circle layer's, a draft has only this overlay.
    if (draft.hazard.polygon.isEmpty() && !draft.hazard.track && !draft.hazard.magnitude && draft.radiusKm > 0.0)
        shapes.prepend(disc(GeoDisc{draft.lat, draft.lon, draft.radiusKm}, QStringLiteral("area"), true));
    const qsizetype outlines = shapes.size();
    shapes << sitesOf(draft);
    bool labelled = false;
    for (qsizetype i = 0; i < shapes.size(); ++i) {
        QVariantMap m = shapes.at(i).toMap();
        m.insert(QStringLiteral("draft"), true);
        // The word goes on the first outline (the area, the swath or the outer contour), once.
        if (!labelled && i < outlines && m.value(QStringLiteral("closed")).toBool()) {
            m.insert(QStringLiteral("badge"), tr("DRAFT"));
            labelled = true;
        }
        shapes[i] = m;
    }
    return shapes;
}

void HazardShapes::reread()
{
    m_open.clear();
    if (m_store->isOpen()) {
        for (const domain::Disaster &d : m_store->disasters()) {
            if (d.status != domain::DisasterStatus::Resolved)
                m_open << d;
        }
    }
    rebuild();
}

void HazardShapes::rebuild()
{
    QVariantList shapes;
    QString replay;
    for (const domain::Disaster &d : std::as_const(m_open)) {
        const bool selected = d.id == m_selectedId;
        shapes << shapesOf(d, m_at, m_issuedAt, selected);
        if (selected)
            shapes << sitesOf(d);
        if (selected && d.hazard.track && m_at.isValid()) {
            if (const auto p = d.hazard.track->at(m_at)) {
                replay = tr("%1 at %2 KST").arg(d.hazard.track->name.isEmpty() ? d.title : d.hazard.track->name,
                                                JejuTime::format(m_at, QStringLiteral("MM-dd HH:mm")));
                if (p->pressureHpa)
                    replay += tr(" · %1 hPa").arg(*p->pressureHpa, 0, 'f', 0);
                if (p->maxWindMs)
                    replay += tr(" · %1 m/s").arg(*p->maxWindMs, 0, 'f', 0);
            } else {
                replay = tr("%1 is not on its track at %2 KST")
                             .arg(d.hazard.track->name.isEmpty() ? d.title : d.hazard.track->name,
                                  JejuTime::format(m_at, QStringLiteral("MM-dd HH:mm")));
            }
        }
    }
    if (m_whatIf)
        shapes << whatIfShapesOf(*m_whatIf, m_at, m_issuedAt);
    if (shapes == m_shapes && replay == m_replayText)
        return;
    m_shapes = shapes;
    m_replayText = replay;
    emit shapesChanged();
}

} // namespace et::models
