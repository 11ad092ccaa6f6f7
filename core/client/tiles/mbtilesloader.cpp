// SPDX-License-Identifier: MIT
#include "mbtilesloader.h"

#include "tileslogging.h"

#include <QCoreApplication>
#include <QThread>

using et::domain::Error;
using et::domain::Result;
using et::domain::geo::TileId;

namespace et::client {

MbtilesLoader::MbtilesLoader(QObject *parent) : QObject(parent), m_io(QStringLiteral("et-mbtiles"))
{
}

MbtilesLoader::~MbtilesLoader()
{
    m_queue.reset();
    m_io.post([this] { m_reader.reset(); }); // its SQL connection is closed on the thread that opened it
    m_io.finish();
}

void MbtilesLoader::open(const QString &path)
{
    const quint64 generation = m_queue.reset();
    m_wanted.clear();
    m_io.post([this, path, generation] { openOnThread(path, generation); });
}

void MbtilesLoader::close()
{
    m_queue.reset();
    m_wanted.clear();
    m_io.post([this] { m_reader.reset(); });
}

void MbtilesLoader::request(const QList<TileId> &wanted)
{
    m_wanted = QSet<TileId>(wanted.cbegin(), wanted.cend());
    if (m_queue.replace(wanted)) {
        const quint64 generation = m_queue.generation();
        // Posted after this pack's open job, so the reader is open (or failed) when it runs.
        m_io.post([this, generation] { readQueued(generation); });
    }
}

void MbtilesLoader::openOnThread(const QString &path, quint64 generation)
{
    m_reader.reset();
    if (generation != m_queue.generation())
        return; // another pack was chosen before this one got its turn: do not open it at all
    auto reader = std::make_unique<MbtilesReader>();
    const et::domain::Status status = reader->open(path);
    Result<MbtilesMetadata> result = status ? Result<MbtilesMetadata>(reader->metadata()) : status.error();
    if (status) {
        m_reader = std::move(reader);
        m_readerGeneration = generation;
    }
    QMetaObject::invokeMethod(
        this, [this, generation, result] { openFinished(generation, result); }, Qt::QueuedConnection);
}

void MbtilesLoader::readQueued(quint64 generation)
{
    // One blob at a time straight from the shared queue, so a newer view replaces what is left at
    // once; the loop ends when the queue is empty or belongs to another pack.
    while (const std::optional<TileRequestQueue::Entry> entry = m_queue.take(generation)) {
        Result<MbtilesTile> tile = m_reader && m_readerGeneration == generation
            ? m_reader->tile(entry->id)
            : Result<MbtilesTile>(Error{{}, QCoreApplication::translate("et::client::MbtilesReader", "no map pack is open")});
        m_lastReadThread.store(QThread::currentThreadId());
        QMetaObject::invokeMethod(
            this, [this, e = *entry, tile = std::move(tile)] { readFinished(e, tile); }, Qt::QueuedConnection);
    }
}

void MbtilesLoader::openFinished(quint64 generation, const Result<MbtilesMetadata> &result)
{
    if (generation != m_queue.generation())
        return; // closed or replaced while it opened
    if (result)
        emit opened(result.value());
    else
        emit openFailed(result.error().toString());
}

void MbtilesLoader::readFinished(const TileRequestQueue::Entry &entry, const Result<MbtilesTile> &tile)
{
    if (entry.generation != m_queue.generation())
        return; // read from a pack that has been closed or replaced since
    m_queue.finish(entry);
    if (!m_wanted.contains(entry.id)) {
        qCDebug(lcClientTiles) << "dropped tile" << entry.id.z << entry.id.x << entry.id.y << "- the view moved on";
        return;
    }
    if (tile)
        emit tileLoaded(entry.id, tile.value().bytes);
    else
        emit tileFailed(entry.id, tile.error());
}

} // namespace et::client
