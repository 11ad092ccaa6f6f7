// SPDX-License-Identifier: MIT
#include "timecursor.h"

#include "modelslogging.h"

#include <cmath>

namespace et::models {

TimeCursor::TimeCursor(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
}

double TimeCursor::position() const
{
    if (!m_latest.isValid())
        return 1.0;
    return std::clamp(double(earliest().secsTo(instant())) / double(kRangeSeconds), 0.0, 1.0);
}

void TimeCursor::setLatest(const QDateTime &latest)
{
    if (!latest.isValid() || latest == m_latest)
        return;
    m_latest = latest.toUTC();
    emit rangeChanged();
    if (m_live) {
        emit instantChanged();
        return;
    }
    // History older than the range has left the cache: the view slides along with it.
    if (m_instant < earliest())
        setInstant(earliest());
    else
        emit instantChanged(); // the position moved
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
    scrubTo(earliest().addSecs(qint64(std::llround(std::clamp(position, 0.0, 1.0) * kRangeSeconds))));
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
