// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace et::client {

/// The thread that owns a tile source's files (an MBTiles pack's SQL connection, the XYZ disk
/// cache), so the GUI thread never waits on a disk. Jobs posted from the owner run there one
/// after another in the order posted: the state they share needs no lock, and an open, a read and
/// a write of the same source can never overlap. Results go back by queued calls or signals.
class TileIoThread
{
public:
    explicit TileIoThread(const QString &name);
    /// finish()es.
    ~TileIoThread();
    TileIoThread(const TileIoThread &) = delete;
    TileIoThread &operator=(const TileIoThread &) = delete;

    /// Runs `job` on the thread after the jobs posted before it.
    void post(std::function<void()> job);
    /// Runs the jobs already posted (the owner posts its clean-up last, so e.g. an SQL connection
    /// is closed on the thread that opened it), ends the thread and waits for it. Owners cancel
    /// their queued reads first, so this waits for at most the job under way.
    void finish();

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_context; ///< lives on m_thread: queued calls to it run there
};

} // namespace et::client
