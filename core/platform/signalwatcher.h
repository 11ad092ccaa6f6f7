// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace et::backend {

/// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe), so the server can
/// stop its timers and close the database cleanly instead of dying mid-transaction.
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

} // namespace et::backend
