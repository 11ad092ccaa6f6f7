// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace et::client {

/// The thread that owns some files for a GUI that must not wait on a disk: a tile source's (an
/// MBTiles pack's SQL connection, the XYZ disk cache) or the history reader's connection to the
/// cache. Jobs posted from the owner run there one after another in the order posted: the state
/// they share needs no lock, and an open, a read and a write of the same file can never overlap.
/// Results go back by queued calls or signals.
class IoThread
{
public:
    explicit IoThread(const QString &name);
    /// finish()es.
    ~IoThread();
    IoThread(const IoThread &) = delete;
    IoThread &operator=(const IoThread &) = delete;

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
