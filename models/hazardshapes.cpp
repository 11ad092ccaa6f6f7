// SPDX-License-Identifier: MIT
#include "hazardshapes.h"

#include "client/store.h"
#include "domain/hazard/hazardoutlines.h"
#include "domain/hazard/incidentimpactjson.h"
#include "jejutime.h"

#include <QGeoCoordinate>

namespace et::models {

using namespace domain::hazard;

namespace {

QVariantList coordinates(const QList<QPointF> &lonLat)
{
    QVariantList out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        out << QVariant::fromValue(QGeoCoordinate(p.y(), p.x()));
    return out;
}

QVariantMap shape(const HazardOutline &o, bool selected)
{
    QVariantMap m{{QStringLiteral("points"), coordinates(o.lonLat)}, {QStringLiteral("style"), HazardOutlines::toString(o.style)},
                  {QStringLiteral("closed"), o.closed}, {QStringLiteral("selected"), selected}, {QStringLiteral("label"), o.label}};
    if (o.priority)
        m.insert(QStringLiteral("priority"), FragilityCurve::toString(*o.priority));
    return m;
}

QVariantList shapesFrom(const QList<HazardOutline> &outlines, bool selected)
{
    QVariantList out;
    for (const HazardOutline &o : outlines)
        out << shape(o, selected);
    return out;
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
    const auto impact = d.impact.isEmpty() ? domain::Result<IncidentImpact>(domain::Error{}) : IncidentImpactJson::fromJson(d.impact);
    return impact.ok() ? shapesFrom(HazardOutlines::sitesOf(impact.value()), true) : QVariantList();
}

QVariantList HazardShapes::shapesOf(const domain::Disaster &d, const QDateTime &at, const QDateTime &issuedAt, bool selected)
{
    return shapesFrom(HazardOutlines::of(d, at, issuedAt), selected);
}

void HazardShapes::setWhatIf(const std::optional<domain::Disaster> &draft)
{
    m_whatIf = draft;
    rebuild();
}

QVariantList HazardShapes::whatIfShapesOf(const domain::Disaster &draft, const QDateTime &at, const QDateTime &issuedAt)
{
    QVariantList out = shapesOf(draft, at, issuedAt, true);
    // A drawn circle: the live ones are the map's circle layer's, a draft has only this overlay.
    if (draft.hazard.polygon.isEmpty() && !draft.hazard.track && !draft.hazard.magnitude && draft.radiusKm > 0.0)
        out.prepend(shape(HazardOutlines::disc(GeoDisc{draft.lat, draft.lon, draft.radiusKm}, HazardOutline::Style::Area), true));
    const qsizetype outlines = out.size();
    out << sitesOf(draft);
    bool labelled = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QVariantMap m = out.at(i).toMap();
        m.insert(QStringLiteral("draft"), true);
        // The word goes on the first outline (the area, the swath or the outer contour), once.
        if (!labelled && i < outlines && m.value(QStringLiteral("closed")).toBool()) {
            m.insert(QStringLiteral("badge"), tr("DRAFT"));
            labelled = true;
        }
        out[i] = m;
    }
    return out;
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
