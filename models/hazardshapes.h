// SPDX-License-Identifier: MIT
#pragma once

#include "domain/disaster.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>

#include <QtQml/qqmlregistration.h>

namespace et::client {
class Store;
}

namespace et::models {

/// What the map draws of the incidents that are not resolved, from the offline cache: for a
/// typhoon with a track, the track, its forecast cone from `issuedAt` (the simulation's now), the
/// swath of its 25 m/s wind and, at `at` (the time slider's instant, so a typhoon's progression
/// replays as the operator scrubs), where the storm is with the reach of its 15 and 25 m/s winds;
/// for an earthquake its intensity contours; for a drawn incident its polygon. The selected one is
/// drawn stronger, with the assets and facilities at risk as dots in their inspection colour
/// (ShakeCast's green, yellow, orange, red).
///
/// A what-if draft's shapes come last, each with `draft: true`.
///
/// `shapes` is a list of {points: [QGeoCoordinate], style, closed, selected, label}, the style one
/// of "swath", "cone", "track", "wind15", "wind25", "eye", "contour", "area" or "site" (with its
/// `priority`), which
/// app/map/HazardOverlay paints in its own colours.
class HazardShapes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY shapesChanged)
    Q_PROPERTY(QDateTime at READ at WRITE setAt NOTIFY shapesChanged)
    Q_PROPERTY(QDateTime issuedAt READ issuedAt WRITE setIssuedAt NOTIFY shapesChanged)
    Q_PROPERTY(QVariantList shapes READ shapes NOTIFY shapesChanged)
    /// The selected typhoon at `at`, in words ("SOULIK · 09-03 15:00 · 960 hPa"), or "".
    Q_PROPERTY(QString replayText READ replayText NOTIFY shapesChanged)
public:
    explicit HazardShapes(client::Store *store, QObject *parent = nullptr);

    QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);
    QDateTime at() const { return m_at; }
    void setAt(const QDateTime &at);
    QDateTime issuedAt() const { return m_issuedAt; }
    void setIssuedAt(const QDateTime &at);
    QVariantList shapes() const { return m_shapes; }
    QString replayText() const { return m_replayText; }

    /// The shapes of one disaster (public for the tests).
    static QVariantList shapesOf(const domain::Disaster &disaster, const QDateTime &at, const QDateTime &issuedAt, bool selected);
    /// The assets and facilities its impact puts at risk, as dots in their inspection colour.
    static QVariantList sitesOf(const domain::Disaster &disaster);
    /// A what-if draft's shapes and sites, each marked `draft` (drawn in the draft's own colour),
    /// its outline with the `badge` "DRAFT".
    static QVariantList whatIfShapesOf(const domain::Disaster &draft, const QDateTime &at, const QDateTime &issuedAt);
    /// The what-if draft (WhatIfDraft) drawn over the live incidents; none removes it.
    void setWhatIf(const std::optional<domain::Disaster> &draft);

signals:
    void shapesChanged();

private:
    /// Reads the open incidents from the cache (when it changed); rebuild() alone follows the
    /// slider, which moves every frame while scrubbed, without touching the disk.
    void reread();
    void rebuild();

    client::Store *m_store;
    QString m_selectedId;
    QDateTime m_at;
    QDateTime m_issuedAt;
    QVariantList m_shapes;
    QString m_replayText;
    QList<domain::Disaster> m_open; ///< the incidents not resolved, as last read
    std::optional<domain::Disaster> m_whatIf;
};

} // namespace et::models
