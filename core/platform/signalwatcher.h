// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace et::platform {

/// Turns a request to stop from outside into a Qt signal on the event loop, so a program quits as
/// on any other exit: the server stops its timers and closes its database instead of dying
/// mid-transaction; the console stops its bundled server and closes its cache. One watcher per
/// process.
///  - POSIX: SIGTERM and SIGINT (a service manager, a logout, Ctrl+C), through a self-pipe.
///  - Windows: the console's control events (Ctrl+C, Ctrl+Break, closing the console window,
///    logoff, shutdown) and the WM_CLOSE thread message that QProcess::terminate() posts — the
///    way the console stops its bundled server there. They are reported as SIGINT (Ctrl+C) and
///    SIGTERM (everything else), the numbers <csignal> gives on both systems.
///  - Elsewhere: nothing.
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
    bool m_watching = false;
};

} // namespace et::platform
