// SPDX-License-Identifier: MIT
#pragma once

#include "tiledraw.h"

#include "domain/geo/mapviewport.h"
#include "domain/geo/tilemath.h"

#include <QList>
#include <QObject>
#include <QString>

namespace et::map {

class TileProvider;

/// JejuMap's raster tiles: which source is on (an MBTiles pack wins over an XYZ template), what
/// went wrong in words for the operator, which tiles the view needs at which zoom, and what to
/// draw for each while the sharp tile loads (its parent scaled up, or its four children). Lives on
/// the GUI thread; the provider behind it reads and decodes on other threads.
class TileLayer : public QObject
{
    Q_OBJECT
public:
    explicit TileLayer(QObject *parent = nullptr);

    QString file() const { return m_file; }
    /// A local path or a file: URL of an MBTiles pack; empty closes it.
    void setFile(const QString &fileOrUrl);
    QString urlTemplate() const { return m_template; }
    void setUrlTemplate(const QString &urlTemplate);
    QString cacheDirectory() const { return m_cacheDir; }
    /// Where XYZ tiles are kept for offline use (default: the application's cache folder).
    void setCacheDirectory(const QString &dir);

    bool isActive() const;
    QString error() const { return m_error; }
    QString attribution() const;

    /// The view changed: ask for the tiles it shows (cheap when they are all there).
    void setViewport(const et::domain::geo::MapViewport &viewport);
    /// The tile zoom for a view zoom: the nearest level, never below the source's minimum (up to
    /// two levels finer than the view), -1 when the source has nothing that coarse.
    int tileZoom(double viewZoom) const;
    /// What to draw now for the view, in drawing order.
    QList<TileDraw> drawList(const et::domain::geo::MapViewport &viewport) const;

    TileProvider *provider() const { return m_provider; }

signals:
    /// A tile arrived: repaint.
    void changed();
    /// Source, error or attribution changed.
    void stateChanged();

private:
    void reopen();
    void onSourceChanged();
    void request();
    void setError(const QString &message);

    TileProvider *m_provider;
    QString m_file, m_template, m_cacheDir;
    QString m_error;
    et::domain::geo::MapViewport m_viewport;
};

} // namespace et::map
