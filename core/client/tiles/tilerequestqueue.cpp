// SPDX-License-Identifier: MIT
#include "tilerequestqueue.h"

using et::domain::geo::TileId;

namespace et::client {

bool TileRequestQueue::replace(const QList<TileId> &wanted)
{
    QMutexLocker lock(&m_mutex);
    m_queued.clear();
    for (const TileId &id : wanted) {
        if (!m_taken.contains(id) && !m_queued.contains(id))
            m_queued.append(id);
    }
    if (m_queued.isEmpty() || m_draining)
        return false;
    m_draining = true;
    return true;
}

std::optional<TileRequestQueue::Entry> TileRequestQueue::take(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return std::nullopt; // a stale drain: reset() already handed draining over to the next one
    if (m_queued.isEmpty()) {
        // Cleared under the same lock replace() sets it with, so no wake-up is ever lost.
        m_draining = false;
        return std::nullopt;
    }
    const TileId id = m_queued.takeFirst();
    m_taken.insert(id);
    return Entry{id, m_generation};
}

void TileRequestQueue::finish(const Entry &entry)
{
    QMutexLocker lock(&m_mutex);
    if (entry.generation == m_generation)
        m_taken.remove(entry.id);
}

bool TileRequestQueue::isLoading(const TileId &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_taken.contains(id) || m_queued.contains(id);
}

bool TileRequestQueue::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_taken.isEmpty() && m_queued.isEmpty();
}

quint64 TileRequestQueue::reset()
{
    QMutexLocker lock(&m_mutex);
    m_queued.clear();
    m_taken.clear();
    m_draining = false;
    return ++m_generation;
}

quint64 TileRequestQueue::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

} // namespace et::client
