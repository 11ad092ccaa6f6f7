// SPDX-License-Identifier: MIT
#include "tileimagecache.h"

#include "maptileslogging.h"

#include <QCoreApplication>
#include <QThread>

using et::domain::geo::TileId;
using et::domain::geo::TileMath;

namespace et::map {

namespace {

// Map tiles are nearly always opaque, but PNG encoders often keep an alpha channel anyway. A tile
// whose every pixel is opaque becomes RGB32, so the scene graph draws it without blending (on
// llvmpipe blending a screenful costs a third of the frame) and the software renderer can skip
// what lies under it. Others stay premultiplied ARGB32, the format the scene graph uploads as is.
QImage forDrawing(const QImage &decoded)
{
    if (!decoded.hasAlphaChannel())
        return decoded.convertToFormat(QImage::Format_RGB32);
    QImage argb = decoded.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return argb;
        }
    }
    return argb.convertToFormat(QImage::Format_RGB32);
}

} // namespace

TileImageCache::TileImageCache(qint64 maxBytes, QObject *parent) : QObject(parent)
{
    m_images.setMaxCost(maxBytes);
    // Two decoders keep a 2-core laptop responsive while a screenful of tiles arrives.
    m_pool.setMaxThreadCount(2);
}

TileImageCache::~TileImageCache()
{
    // Jobs post their result to this object; wait so none runs against a half-destroyed cache.
    m_pool.clear();
    m_pool.waitForDone();
}

void TileImageCache::insertEncoded(const TileId &id, const QByteArray &bytes)
{
    if (m_pending.contains(id))
        return;
    m_pending.insert(id);
    const quint64 generation = m_generation;
    m_pool.start([this, generation, id, bytes] {
        QImage image;
        QString error;
        if (!image.loadFromData(bytes))
            error = QCoreApplication::translate("et::map::TileImageCache", "tile %1/%2/%3 cannot be decoded as an image")
                        .arg(id.z)
                        .arg(id.x)
                        .arg(id.y);
        else
            image = forDrawing(image);
        const Qt::HANDLE thread = QThread::currentThreadId();
        QMetaObject::invokeMethod(
            this, [this, generation, id, image, error, thread] { finishDecode(generation, id, image, error, thread); },
            Qt::QueuedConnection);
    });
}

void TileImageCache::finishDecode(quint64 generation, const TileId &id, const QImage &image, const QString &error,
                                  Qt::HANDLE thread)
{
    m_lastDecodeThread = thread;
    if (generation != m_generation)
        return; // cleared since: this image belongs to a source no longer shown
    m_pending.remove(id);
    if (!error.isEmpty()) {
        qCWarning(lcMapTiles) << error;
        emit decodeFailed(id, error);
        return;
    }
    m_images.insert(id, new QImage(image), qMax<qint64>(1, image.sizeInBytes()));
    emit decoded(id);
}

bool TileImageCache::contains(const TileId &id) const
{
    return m_images.contains(id);
}

bool TileImageCache::isPending(const TileId &id) const
{
    return m_pending.contains(id);
}

void TileImageCache::clear()
{
    ++m_generation;
    m_pending.clear();
    m_images.clear();
}

std::optional<TileImageCache::Piece> TileImageCache::bestAvailable(const TileId &id) const
{
    if (const QImage *exact = m_images.object(id))
        return Piece{*exact, QRectF(QPointF(0, 0), QSizeF(exact->size())), true};
    for (int up = 1; up <= id.z; ++up) {
        const TileId parent = TileMath::parent(id, up);
        const QImage *image = m_images.object(parent);
        if (!image)
            continue;
        // The child covers part of the parent's square; scale that part to the parent's pixels.
        const QRectF part = TileMath::partOfAncestor(id, parent);
        return Piece{*image,
                     QRectF(part.x() * image->width(), part.y() * image->height(),
                            part.width() * image->width(), part.height() * image->height()),
                     false};
    }
    return std::nullopt;
}

bool TileImageCache::childrenCover(const TileId &id) const
{
    for (int dy = 0; dy < 2; ++dy)
        for (int dx = 0; dx < 2; ++dx)
            if (!m_images.contains(TileId{id.z + 1, id.x * 2 + dx, id.y * 2 + dy}))
                return false;
    return true;
}

} // namespace et::map
