// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace et::client {
class Store;
}

namespace et::models {

/// Reads the cached alarms for AlarmListModel off the GUI thread: a thread of its own with a
/// client::Store of its own on the console's cache file (read-only; WAL lets it read while the
/// sync engine writes). In an alarm flood the cache changes many times a second and a thousand
/// alarms take milliseconds to decode, so reads coalesce — one under way, at most one more after
/// it, which sees every change before it started — and only the answer reaches the GUI thread.
class AlarmCacheReader : public QObject
{
    Q_OBJECT
public:
    /// `done` is called on the thread that made this object with each read's alarms.
    AlarmCacheReader(const QString &cachePath, std::function<void(QList<domain::alarm::Alarm>)> done, QObject *parent = nullptr);
    ~AlarmCacheReader() override;

    /// Reads again (now, or after the read under way).
    void request();

private:
    void start();
    void finished(QList<domain::alarm::Alarm> alarms);

    /// Lives on m_thread: opens its own Store on first use.
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
    std::function<void(QList<domain::alarm::Alarm>)> m_done;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace et::models
