// SPDX-License-Identifier: MIT
#include "tilelayer.h"

#include "maplogging.h"
#include "tileimagecache.h"
#include "tileprovider.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

#include <cmath>

namespace et::map {

using domain::geo::MapViewport;
using domain::geo::TileId;
using domain::geo::TileMath;

namespace {

// Below a pack's minimum zoom the map still draws its coarsest tiles, but only while that costs at
// most 4× the tiles per side: further out a screen would need hundreds of them.
constexpr int kMaxLevelsBelowMinZoom = 2;

QString localPath(const QString &fileOrUrl)
{
    if (fileOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(fileOrUrl).toLocalFile();
    return fileOrUrl;
}

// Whole pixels, so neighbouring tiles share an edge and no hairline of sea shows between them.
QRectF screenRect(const MapViewport &viewport, const TileId &id)
{
    const QRectF world = TileMath::worldRect(id);
    const QPointF tl = viewport.worldToScreen(world.topLeft());
    const QPointF br = viewport.worldToScreen(world.bottomRight());
    return QRectF(QPointF(std::round(tl.x()), std::round(tl.y())), QPointF(std::round(br.x()), std::round(br.y())));
}

} // namespace

TileLayer::TileLayer(QObject *parent) : QObject(parent), m_provider(new TileProvider(this))
{
    connect(m_provider, &TileProvider::tileReady, this, &TileLayer::changed);
    connect(m_provider, &TileProvider::sourceChanged, this, &TileLayer::onSourceChanged);
    connect(m_provider, &TileProvider::errorOccurred, this, [this](const QString &message) {
        // Only the first tile failure is shown (and logged): a server that is down fails every
        // tile, and the operator needs one clear line, not a flicker of them.
        if (m_error.isEmpty())
            setError(message);
    });
}

void TileLayer::setFile(const QString &fileOrUrl)
{
    if (fileOrUrl == m_file)
        return;
    m_file = fileOrUrl;
    reopen();
}

void TileLayer::setUrlTemplate(const QString &urlTemplate)
{
    if (urlTemplate == m_template)
        return;
    m_template = urlTemplate;
    reopen();
}

void TileLayer::setCacheDirectory(const QString &dir)
{
    if (dir == m_cacheDir)
        return;
    m_cacheDir = dir;
    if (m_file.isEmpty() && !m_template.isEmpty())
        reopen();
    else
        emit stateChanged();
}

bool TileLayer::isActive() const
{
    return m_provider->hasSource();
}

QString TileLayer::attribution() const
{
    return m_provider->attribution();
}

void TileLayer::reopen()
{
    // The pack is the operator's offline choice, so it wins over a tile server. A pack opens on
    // the provider's reader thread: sourceChanged() comes now and again once it is open.
    const QString path = localPath(m_file);
    if (!path.isEmpty()) {
        m_provider->setMbtilesFile(path);
    } else if (!m_template.isEmpty()) {
        const QString dir = m_cacheDir.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles"))
            : m_cacheDir;
        m_provider->setXyzTemplate(m_template, dir);
    } else {
        m_provider->clear();
    }
}

void TileLayer::onSourceChanged()
{
    m_error = m_provider->errorString();
    if (!m_error.isEmpty())
        qCWarning(lcMap) << "raster tiles are off:" << m_error;
    else if (isActive())
        qCInfo(lcMap) << "raster tiles from" << (m_file.isEmpty() ? m_template : localPath(m_file));
    emit stateChanged();
    emit changed();
    request();
}

void TileLayer::setError(const QString &message)
{
    m_error = message;
    qCWarning(lcMap) << "raster tiles:" << message;
    emit stateChanged();
}

int TileLayer::tileZoom(double viewZoom) const
{
    if (!isActive() || !std::isfinite(viewZoom))
        return -1;
    const int z = std::clamp(int(std::lround(viewZoom)), 0, TileMath::kMaxZoom);
    const int minZoom = m_provider->minZoom();
    if (z >= minZoom)
        return z; // past the source's maxZoom the provider overzooms its deepest tiles
    return minZoom - z <= kMaxLevelsBelowMinZoom ? minZoom : -1;
}

void TileLayer::setViewport(const MapViewport &viewport)
{
    m_viewport = viewport;
    request();
}

void TileLayer::request()
{
    const int z = tileZoom(m_viewport.zoom());
    if (z >= 0)
        m_provider->requestTiles(TileMath::tilesCovering(m_viewport, z));
}

QList<TileDraw> TileLayer::drawList(const MapViewport &viewport) const
{
    QList<TileDraw> out;
    const int z = tileZoom(viewport.zoom());
    if (z < 0)
        return out;
    const TileImageCache *cache = m_provider->imageCache();
    for (const TileId &id : TileMath::tilesCovering(viewport, z)) {
        const auto piece = m_provider->best(id);
        if (piece && piece->exact) {
            out.append({piece->image, piece->sourceRect, screenRect(viewport, id)});
            continue;
        }
        // Zooming out: the four sharper tiles already here beat a blurry ancestor.
        if (z < m_provider->maxZoom() && cache->childrenCover(id)) {
            for (const TileId &child : TileMath::children(id)) {
                if (const auto part = m_provider->best(child))
                    out.append({part->image, part->sourceRect, screenRect(viewport, child)});
            }
            continue;
        }
        if (piece)
            out.append({piece->image, piece->sourceRect, screenRect(viewport, id)});
    }
    return out;
}

} // namespace et::map
