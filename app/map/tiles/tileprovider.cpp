// SPDX-License-Identifier: MIT
#include "tileprovider.h"

#include "maptileslogging.h"
#include "tileimagecache.h"
#include "tiles/mbtilesreader.h"
#include "tiles/xyztilefetcher.h"

#include <QTimer>

using et::domain::geo::TileId;

namespace et::map {

namespace {
quint64 key(const TileId &id)
{
    return (quint64(id.z) << 58) | (quint64(id.x) << 29) | quint64(id.y);
}
} // namespace

TileProvider::TileProvider(QObject *parent) : QObject(parent), m_cache(new TileImageCache(96 * 1024 * 1024, this))
{
    connect(m_cache, &TileImageCache::decoded, this, &TileProvider::onDecoded);
    connect(m_cache, &TileImageCache::decodeFailed, this, [this](const TileId &id, const QString &message) {
        m_failed.insert(key(id));
        fail(message);
    });
}

TileProvider::~TileProvider() = default;

void TileProvider::fail(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
}

void TileProvider::clear()
{
    m_pack.reset();
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    m_cache->clear();
    m_failed.clear();
    m_packQueue.clear();
    m_error.clear();
}

void TileProvider::setMbtilesFile(const QString &path)
{
    clear();
    auto reader = std::make_unique<et::client::MbtilesReader>();
    const et::domain::Status opened = reader->open(path);
    if (!opened) {
        fail(opened.error().toString());
        return;
    }
    m_pack = std::move(reader);
}

void TileProvider::setXyzTemplate(const QString &urlTemplate, const QString &cacheDir)
{
    clear();
    auto *fetcher = new et::client::XyzTileFetcher(this);
    const et::domain::Status ok = fetcher->setTemplate(urlTemplate, cacheDir);
    if (!ok) {
        delete fetcher;
        fail(ok.error().toString());
        return;
    }
    m_fetcher = fetcher;
    connect(m_fetcher, &et::client::XyzTileFetcher::tileFetched, this,
            [this](const TileId &id, const QByteArray &bytes) { m_cache->insertEncoded(id, bytes); });
    connect(m_fetcher, &et::client::XyzTileFetcher::tileFailed, this,
            [this](const TileId &, const QString &message) { fail(message); });
}

bool TileProvider::hasSource() const
{
    return m_pack || m_fetcher;
}

QString TileProvider::attribution() const
{
    return m_pack ? m_pack->metadata().attribution : QString();
}

int TileProvider::minZoom() const
{
    return m_pack ? m_pack->metadata().minZoom : 0;
}

int TileProvider::maxZoom() const
{
    // XYZ servers commonly stop at 19; past that the map overzooms what it has.
    return m_pack ? m_pack->metadata().maxZoom : 19;
}

TileId TileProvider::sourceTile(const TileId &id) const
{
    const int top = maxZoom();
    if (id.z <= top)
        return id;
    const int up = id.z - top;
    return TileId{top, id.x >> up, id.y >> up};
}

void TileProvider::requestTiles(const QList<TileId> &visible)
{
    if (!hasSource())
        return;
    QList<TileId> wanted;
    for (const TileId &id : visible) {
        if (id.z < minZoom())
            continue;
        const TileId source = sourceTile(id);
        if (m_cache->contains(source) || m_cache->isPending(source) || m_failed.contains(key(source))
            || wanted.contains(source))
            continue;
        wanted.append(source);
    }
    if (m_fetcher) {
        m_fetcher->request(wanted);
        return;
    }
    // The newest view replaces what an older one still wanted.
    m_packQueue = wanted;
    if (!m_packQueue.isEmpty() && !m_sliceScheduled) {
        m_sliceScheduled = true;
        QTimer::singleShot(0, this, &TileProvider::readPackSlice);
    }
}

void TileProvider::readPackSlice()
{
    // A screenful of blob reads took 3..20 ms on a busy 2-core machine: read a few per pass of the
    // event loop so input and frames go on in between (each read is well under a millisecond).
    constexpr int kReadsPerSlice = 6;
    m_sliceScheduled = false;
    for (int i = 0; i < kReadsPerSlice && !m_packQueue.isEmpty() && m_pack; ++i)
        loadFromPack(m_packQueue.takeFirst());
    if (!m_packQueue.isEmpty() && m_pack) {
        m_sliceScheduled = true;
        QTimer::singleShot(0, this, &TileProvider::readPackSlice);
    }
}

void TileProvider::loadFromPack(const TileId &id)
{
    // An SQLite read of one blob is short (and sliced, see readPackSlice); decoding is off-thread.
    const auto tile = m_pack->tile(id);
    if (!tile) {
        m_failed.insert(key(id));
        // Packs often cover only part of the view: a tile outside them is no error to show. An
        // unreadable or corrupt tile is: the pack is damaged.
        if (tile.error().field == QLatin1String(et::client::MbtilesReader::kMissingTileField))
            qCDebug(lcMapTiles) << tile.error().toString();
        else
            fail(tile.error().toString());
        return;
    }
    m_cache->insertEncoded(id, tile.value().bytes);
}

void TileProvider::onDecoded(const TileId &id)
{
    emit tileReady(id);
}

std::optional<TileProvider::Piece> TileProvider::best(const TileId &id) const
{
    const auto piece = m_cache->bestAvailable(id);
    if (!piece)
        return std::nullopt;
    return Piece{piece->image, piece->sourceRect, piece->exact};
}

} // namespace et::map
