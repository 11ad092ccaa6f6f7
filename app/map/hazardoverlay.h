// SPDX-License-Identifier: MIT
#pragma once

#include "jejumap.h"

#include <QPointer>
#include <QQuickPaintedItem>

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace et::map {

/// The incidents' hazards over a JejuMap, as models::HazardShapes lists them: a typhoon's cone
/// (a light band), the swath of its damaging wind, its track with the fixes, and the replayed
/// storm's wind discs and eye; an earthquake's intensity contours with their roman numerals; a
/// drawn area; and the operator's draft while drawing a new incident. The colours follow GDACS's
/// (orange swaths, red damaging winds) on the palette's own alpha so the land stays readable.
/// An overlay item (anchor it to fill the map) painted with QPainter, a few thousand points at
/// most; it lets clicks through to the map.
class HazardOverlay : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(HazardOverlay)
    Q_PROPERTY(et::map::JejuMap *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QVariantList shapes READ shapes WRITE setShapes NOTIFY shapesChanged)
    /// The points of an incident being drawn ([QGeoCoordinate]), and whether it is a circle (the
    /// first point the centre, the second on the rim) rather than a polygon.
    Q_PROPERTY(QVariantList draft READ draft WRITE setDraft NOTIFY shapesChanged)
    Q_PROPERTY(bool draftIsCircle READ draftIsCircle WRITE setDraftIsCircle NOTIFY shapesChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily WRITE setFontFamily NOTIFY shapesChanged)
    /// Shapes it has to draw (for tests and the screen-state log).
    Q_PROPERTY(int drawnCount READ drawnCount NOTIFY drawnCountChanged)
public:
    explicit HazardOverlay(QQuickItem *parent = nullptr);

    JejuMap *map() const { return m_map; }
    void setMap(JejuMap *map);

    QVariantList shapes() const { return m_shapes; }
    void setShapes(const QVariantList &shapes);
    QVariantList draft() const { return m_draft; }
    void setDraft(const QVariantList &draft);
    bool draftIsCircle() const { return m_draftIsCircle; }
    void setDraftIsCircle(bool circle);
    QString fontFamily() const { return m_fontFamily; }
    void setFontFamily(const QString &family);
    int drawnCount() const { return m_drawn; }

    void paint(QPainter *painter) override;

signals:
    void mapChanged();
    void shapesChanged();
    void drawnCountChanged();

private:
    QPolygonF project(const QVariantList &points) const;
    void paintShape(QPainter *painter, const QVariantMap &shape);
    void paintDraft(QPainter *painter);

    QPointer<JejuMap> m_map;
    QMetaObject::Connection m_viewConnection;
    QVariantList m_shapes;
    QVariantList m_draft;
    bool m_draftIsCircle = false;
    QString m_fontFamily;
    int m_drawn = 0;
};

} // namespace et::map
