// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace et::bench {

/// Runs the calling thread's event loop until `done()` is true or `timeoutMs` passed; returns
/// done(). The phases are sequential scripts over asynchronous Qt objects; a real QEventLoop
/// (not a processEvents() spin) keeps the thread asleep in poll() between socket events, so
/// waiting neither burns a core nor delays the timestamps taken in the slots.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QDeadlineTimer deadline(timeoutMs);
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

/// Keeps the event loop running for `ms` milliseconds.
inline void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace et::bench
