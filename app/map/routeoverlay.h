// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace et::map {

class JejuMap;
class RouteLayer;

/// The trucks' trips over a JejuMap: each driving truck's road path still ahead as a line, and
/// its ETA in a small box at the target. An overlay item (anchor it to fill the map) that follows
/// the map's view and a model with RouteLayer's roles; it draws with QPainter, a few hundred
/// segments per frame, which stays well inside a frame while the map pans.
class RouteOverlay : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(RouteOverlay)
    Q_PROPERTY(et::map::JejuMap *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor labelColor READ labelColor WRITE setLabelColor NOTIFY colorChanged)
    Q_PROPERTY(QColor labelBackground READ labelBackground WRITE setLabelBackground NOTIFY colorChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily WRITE setFontFamily NOTIFY colorChanged)
    /// How many trips it draws now (for tests and the screen-state log).
    Q_PROPERTY(int drawnCount READ drawnCount NOTIFY drawnCountChanged)
public:
    explicit RouteOverlay(QQuickItem *parent = nullptr);

    JejuMap *map() const { return m_map; }
    void setMap(JejuMap *map);
    QAbstractItemModel *model() const;
    void setModel(QAbstractItemModel *model);
    QColor color() const { return m_color; }
    void setColor(const QColor &c);
    QColor labelColor() const { return m_labelColor; }
    void setLabelColor(const QColor &c);
    QColor labelBackground() const { return m_labelBackground; }
    void setLabelBackground(const QColor &c);
    QString fontFamily() const { return m_fontFamily; }
    void setFontFamily(const QString &family);
    int drawnCount() const;

    void paint(QPainter *painter) override;

signals:
    void mapChanged();
    void modelChanged();
    void colorChanged();
    void drawnCountChanged();

private:
    /// Sets one of the drawing's style properties and repaints.
    template<typename T>
    void restyle(T &member, const T &value);

    QPointer<JejuMap> m_map;
    QMetaObject::Connection m_viewConnection;
    RouteLayer *m_layer;
    QColor m_color = QColor(0x1f, 0x6f, 0xd1);
    QColor m_labelColor = Qt::white;
    QColor m_labelBackground = QColor(0x1f, 0x6f, 0xd1);
    QString m_fontFamily;
    int m_lastDrawn = 0;
};

} // namespace et::map
