// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace et::platform {

/// Turns SIGTERM and SIGINT (a service manager, a logout, Ctrl+C) into a Qt signal on the event
/// loop (self-pipe), so a program quits as on any other exit: the server stops its timers and
/// closes its database instead of dying mid-transaction; the console stops its bundled server and
/// closes its cache. One watcher per process. No-op where there are no POSIX signals.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace et::platform
