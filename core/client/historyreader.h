// SPDX-License-Identifier: MIT
#pragma once

#include "iothread.h"

#include "domain/energyhistorypage.h"
#include "domain/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace et::client {

class Store;

/// What one read of the cached energy history brought: the minutes of the range asked for and
/// where the cached history began and ended at that moment (invalid when it held none).
struct HistoryRead
{
    quint64 id = 0;
    domain::EnergyHistoryPage page; ///< `from` and `to` as asked
    QDateTime oldest;
    QDateTime newest;
};

/// Reads ranges of the offline cache's energy history on a thread of its own, through a second,
/// read-only connection to the cache file (Store::Access::Reader; WAL lets it read while the
/// sync engine writes), so the GUI thread never waits on SQLite for the time slider. The file is
/// opened with the first request, on that thread.
///
/// Only the newest request matters to a slider: one that has not started when a newer one
/// arrives is dropped without an answer. Every other request is answered by read() or failed(),
/// on the thread that owns this object.
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryReader(const QString &cachePath, QObject *parent = nullptr);
    /// Drops the queued requests and waits for the one under way (one range read).
    ~HistoryReader() override;

    /// Reads [from, to); an empty range (from == to) reads only where the history begins and ends.
    /// Returns the request's id (ids grow).
    quint64 request(const QDateTime &from, const QDateTime &to);
    quint64 latestRequest() const { return m_latest.load(); }
    /// The thread the latest read ran on (diagnostics: never the GUI thread).
    Qt::HANDLE lastReadThread() const { return m_lastReadThread.load(); }

signals:
    void read(const et::client::HistoryRead &result);
    void failed(quint64 id, const et::domain::Error &error);

private:
    // On the reader thread.
    void readOnThread(quint64 id, const QDateTime &from, const QDateTime &to);
    domain::Result<HistoryRead> readRange(const QDateTime &from, const QDateTime &to);

    QString m_path;
    std::atomic<quint64> m_latest{0};
    std::atomic<Qt::HANDLE> m_lastReadThread{nullptr};
    std::unique_ptr<Store> m_store; ///< reader thread only
    IoThread m_io;
};

} // namespace et::client
