// SPDX-License-Identifier: MIT
#pragma once

#include "domain/geo/tilemath.h"

#include <QList>
#include <QMutex>
#include <QSet>

#include <optional>

namespace et::client {

/// The tiles a view wants read, shared by the GUI thread (which replaces the list on every view
/// change) and the worker thread that reads them one by one. The newest list wins: tiles it no
/// longer names are dropped before they are read, and a tile the worker has already taken is not
/// queued again while its answer is on the way. A generation number names the source the reads are
/// for, so answers that arrive after the source changed can be told apart and dropped.
class TileRequestQueue
{
public:
    struct Entry
    {
        et::domain::geo::TileId id;
        quint64 generation = 0;
    };

    /// GUI thread: the tiles wanted now, most important first. Returns true when the worker must
    /// be woken to drain the queue (it has work and no drain is already under way).
    bool replace(const QList<et::domain::geo::TileId> &wanted);
    /// Worker thread: the next tile to read for `generation` (now "taken"), or nothing, which
    /// ends the drain: the queue is empty, or it belongs to a newer generation (whose own drain is
    /// posted after the job that opens its source).
    std::optional<Entry> take(quint64 generation);
    /// GUI thread: the answer for a taken tile arrived (ignored for an older generation).
    void finish(const Entry &entry);
    /// Queued or taken, not yet answered.
    bool isLoading(const et::domain::geo::TileId &id) const;
    bool isEmpty() const;
    /// A new source: forgets every queued and taken tile and starts the next generation, whose
    /// first replace() asks for a new drain.
    quint64 reset();
    quint64 generation() const;

private:
    mutable QMutex m_mutex;
    QList<et::domain::geo::TileId> m_queued;
    QSet<et::domain::geo::TileId> m_taken;
    quint64 m_generation = 1;
    bool m_draining = false;
};

} // namespace et::client
