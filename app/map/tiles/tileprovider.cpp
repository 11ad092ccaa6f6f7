// SPDX-License-Identifier: MIT
#include "tileprovider.h"

#include "maptileslogging.h"
#include "tileimagecache.h"
#include "tiles/mbtilesloader.h"
#include "tiles/xyztilefetcher.h"

using et::client::MbtilesLoader;
using et::client::MbtilesMetadata;
using et::client::XyzTileFetcher;
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
    connect(m_cache, &TileImageCache::decoded, this, &TileProvider::tileReady);
    connect(m_cache, &TileImageCache::decodeFailed, this, [this](const TileId &id, const QString &message) {
        m_failed.insert(key(id));
        fail(message);
    });
}

TileProvider::~TileProvider()
{
    // Before the image cache goes: the reader thread ends here, and no answer is delivered later.
    m_pack.reset();
}

void TileProvider::fail(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
}

MbtilesLoader *TileProvider::packLoader()
{
    if (!m_pack) {
        m_pack = std::make_unique<MbtilesLoader>();
        connect(m_pack.get(), &MbtilesLoader::opened, this, &TileProvider::packOpened);
        connect(m_pack.get(), &MbtilesLoader::openFailed, this, &TileProvider::packFailed);
        connect(m_pack.get(), &MbtilesLoader::tileLoaded, this,
                [this](const TileId &id, const QByteArray &bytes) { m_cache->insertEncoded(id, bytes); });
        connect(m_pack.get(), &MbtilesLoader::tileFailed, this, [this](const TileId &id, const et::domain::Error &error) {
            m_failed.insert(key(id));
            // Packs often cover only part of the view: a tile outside them is no error to show. An
            // unreadable or corrupt tile is: the pack is damaged.
            if (error.field == QLatin1String(et::client::MbtilesReader::kMissingTileField))
                qCDebug(lcMapTiles) << error.toString();
            else
                fail(error.toString());
        });
    }
    return m_pack.get();
}

XyzTileFetcher *TileProvider::fetcher()
{
    if (!m_fetcher) {
        m_fetcher = new XyzTileFetcher(this);
        connect(m_fetcher, &XyzTileFetcher::tileFetched, this,
                [this](const TileId &id, const QByteArray &bytes) { m_cache->insertEncoded(id, bytes); });
        connect(m_fetcher, &XyzTileFetcher::tileFailed, this,
                [this](const TileId &, const QString &message) { fail(message); });
    }
    return m_fetcher;
}

void TileProvider::reset()
{
    // The loader and the fetcher stay, idle: deleting them would wait on the GUI thread for the
    // read under way, and their generation counters already drop every late answer.
    if (m_pack)
        m_pack->close();
    if (m_fetcher)
        m_fetcher->close();
    m_packMetadata.reset();
    m_xyzOn = false;
    m_opening = false;
    m_cache->clear();
    m_failed.clear();
    m_error.clear();
}

void TileProvider::clear()
{
    reset();
    emit sourceChanged();
}

void TileProvider::setMbtilesFile(const QString &path)
{
    reset();
    m_opening = true;
    packLoader()->open(path);
    emit sourceChanged();
}

void TileProvider::packOpened(const MbtilesMetadata &metadata)
{
    m_opening = false;
    m_packMetadata = std::make_unique<MbtilesMetadata>(metadata);
    emit sourceChanged();
}

void TileProvider::packFailed(const QString &message)
{
    m_opening = false;
    m_error = message;
    emit sourceChanged();
}

void TileProvider::setXyzTemplate(const QString &urlTemplate, const QString &cacheDir)
{
    reset();
    const et::domain::Status ok = fetcher()->setTemplate(urlTemplate, cacheDir);
    m_xyzOn = ok.ok();
    m_error = ok.error().toString();
    emit sourceChanged();
}

bool TileProvider::hasSource() const
{
    return m_packMetadata || m_xyzOn;
}

QString TileProvider::attribution() const
{
    return m_packMetadata ? m_packMetadata->attribution : QString();
}

int TileProvider::minZoom() const
{
    return m_packMetadata ? m_packMetadata->minZoom : 0;
}

int TileProvider::maxZoom() const
{
    // XYZ servers commonly stop at 19; past that the map overzooms what it has.
    return m_packMetadata ? m_packMetadata->maxZoom : 19;
}

Qt::HANDLE TileProvider::lastReadThread() const
{
    if (m_packMetadata)
        return m_pack->lastReadThread();
    return m_fetcher ? m_fetcher->lastCacheReadThread() : nullptr;
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
    // The newest view replaces what an older one still wanted, in both sources.
    if (m_xyzOn)
        m_fetcher->request(wanted);
    else
        m_pack->request(wanted);
}

std::optional<TileProvider::Piece> TileProvider::best(const TileId &id) const
{
    const auto piece = m_cache->bestAvailable(id);
    if (!piece)
        return std::nullopt;
    return Piece{piece->image, piece->sourceRect, piece->exact};
}

} // namespace et::map
