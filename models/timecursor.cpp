// SPDX-License-Identifier: MIT
#include "timecursor.h"

#include "connectionstatus.h"
#include "modelslogging.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace et::models {

TimeCursor::TimeCursor(QObject *parent) : QObject(parent)
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &TimeCursor::tick);
}

QDateTime TimeCursor::earliest() const
{
    if (!m_latest.isValid())
        return {};
    const QDateTime weekBefore = m_latest.addSecs(-kRangeSeconds);
    return m_historyStart.isValid() ? std::clamp(m_historyStart, weekBefore, m_latest) : weekBefore;
}

double TimeCursor::position() const
{
    const qint64 span = earliest().secsTo(m_latest);
    if (!m_latest.isValid() || span <= 0)
        return 1.0;
    return std::clamp(double(earliest().secsTo(instant())) / double(span), 0.0, 1.0);
}

QString TimeCursor::behindText() const
{
    if (m_live || !m_latest.isValid())
        return {};
    return tr("%1 before the newest data").arg(ConnectionStatus::ageText(m_instant.secsTo(m_latest)));
}

void TimeCursor::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_lastTickMs = m_clock();
}

void TimeCursor::setHistoryStart(const QDateTime &start)
{
    if (!start.isValid() || start.toUTC() == m_historyStart)
        return;
    const QDateTime before = earliest();
    m_historyStart = start.toUTC();
    if (earliest() == before) {
        applyPendingScrub();
        return;
    }
    emit rangeChanged();
    if (!m_live && m_instant < earliest())
        setInstant(earliest());
    else
        emit instantChanged(); // the position moved
    applyPendingScrub();
}

void TimeCursor::scrubWhenAvailable(const QDateTime &time, qint64 secondsBeforeLatest)
{
    m_pendingScrub = PendingScrub{time, secondsBeforeLatest};
    emit scrubPendingChanged();
    applyPendingScrub();
}

void TimeCursor::applyPendingScrub()
{
    // Only once the cached history is known to reach back before the newest minute: clamped to a
    // range of nothing, the scrub would be lost in going live.
    if (!m_pendingScrub || !m_historyStart.isValid() || !m_latest.isValid() || earliest() >= m_latest)
        return;
    const PendingScrub scrub = *std::exchange(m_pendingScrub, std::nullopt);
    scrubTo(scrub.time.isValid() ? scrub.time : m_latest.addSecs(-scrub.secondsBeforeLatest));
    emit scrubPendingChanged();
}

void TimeCursor::setLatest(const QDateTime &latest)
{
    if (!latest.isValid() || latest == m_latest)
        return;
    m_latest = latest.toUTC();
    emit rangeChanged();
    if (m_live) {
        emit instantChanged();
        applyPendingScrub();
        return;
    }
    // History older than the range has left the cache: the view slides along with it.
    if (m_instant < earliest())
        setInstant(earliest());
    else
        emit instantChanged(); // the position moved
    applyPendingScrub();
}

void TimeCursor::setInstant(const QDateTime &time)
{
    if (!m_latest.isValid())
        return;
    const QDateTime clamped = std::clamp(time.toUTC(), earliest(), m_latest);
    if (clamped >= m_latest) {
        goLive();
        return;
    }
    if (!m_live && clamped == m_instant)
        return;
    m_live = false;
    m_instant = clamped;
    emit instantChanged();
}

void TimeCursor::scrubTo(const QDateTime &time)
{
    pause();
    setInstant(time);
}

void TimeCursor::scrubToPosition(double position)
{
    if (!m_latest.isValid() || !std::isfinite(position))
        return;
    const qint64 span = earliest().secsTo(m_latest);
    scrubTo(earliest().addSecs(qint64(std::llround(std::clamp(position, 0.0, 1.0) * double(span)))));
}

void TimeCursor::stepMinutes(int minutes)
{
    scrubTo(instant().addSecs(qint64(minutes) * 60));
}

void TimeCursor::goLive()
{
    const bool changed = !m_live;
    m_live = true;
    m_instant = QDateTime();
    if (m_playing) {
        m_playing = false;
        m_timer.stop();
        emit playingChanged();
    }
    if (changed)
        emit instantChanged();
}

bool TimeCursor::play(int speed)
{
    if (speed != 1 && speed != 60 && speed != 600) {
        qCWarning(lcModels) << "refusing play speed" << speed;
        return false;
    }
    if (m_live)
        return false; // nothing ahead of the newest data
    m_speed = speed;
    m_carryMs = 0.0;
    m_lastTickMs = m_clock();
    if (!m_playing) {
        m_playing = true;
        m_timer.start();
    }
    emit playingChanged();
    return true;
}

void TimeCursor::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged();
}

void TimeCursor::tick()
{
    const qint64 now = m_clock();
    const qint64 elapsed = now - std::exchange(m_lastTickMs, now);
    advance(std::max<qint64>(elapsed, 0));
}

void TimeCursor::advance(qint64 realMs)
{
    if (!m_playing || m_live)
        return;
    m_carryMs += double(realMs) * m_speed;
    const qint64 seconds = qint64(m_carryMs / 1000.0);
    m_carryMs -= double(seconds) * 1000.0;
    if (seconds > 0)
        setInstant(m_instant.addSecs(seconds)); // reaching the newest data goes live (and stops)
}

} // namespace et::models
