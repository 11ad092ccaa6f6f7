// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The instant the Energy view shows (`Console.time`): live — the newest data, following it as it
/// arrives — or a moment of the last 7 days that the operator scrubbed to, from the cache, online
/// or not. Play runs history forward at 1×, 60× or 600× simulated time and turns back to live when
/// it catches up. The times are the data's own (the simulation's clock, which may run faster than
/// the wall clock), never the machine's.
class TimeCursor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool live READ live NOTIFY instantChanged)
    Q_PROPERTY(QDateTime instant READ instant NOTIFY instantChanged)
    /// The scrubbable range: the newest data and 7 days before it.
    Q_PROPERTY(QDateTime earliest READ earliest NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime latest READ latest NOTIFY rangeChanged)
    /// Where the instant is in the range, 0 (earliest) .. 1 (latest), for a slider.
    Q_PROPERTY(double position READ position NOTIFY instantChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    /// Simulated seconds per real second while playing: 1, 60 or 600.
    Q_PROPERTY(int speed READ speed NOTIFY playingChanged)
public:
    static constexpr qint64 kRangeSeconds = 7 * 24 * 3600;
    static constexpr int kTickMs = 100;

    explicit TimeCursor(QObject *parent = nullptr);

    bool live() const { return m_live; }
    QDateTime instant() const { return m_live ? m_latest : m_instant; }
    QDateTime earliest() const { return m_latest.isValid() ? m_latest.addSecs(-kRangeSeconds) : QDateTime(); }
    QDateTime latest() const { return m_latest; }
    double position() const;
    bool playing() const { return m_playing; }
    int speed() const { return m_speed; }

    /// The newest data's time moved (a live balance arrived).
    void setLatest(const QDateTime &latest);

    /// Shows `time` (clamped to the range); stops playing. At the newest data it is live again.
    Q_INVOKABLE void scrubTo(const QDateTime &time);
    /// The same by slider position 0..1.
    Q_INVOKABLE void scrubToPosition(double position);
    /// Moves by `minutes` (negative: back).
    Q_INVOKABLE void stepMinutes(int minutes);
    Q_INVOKABLE void goLive();
    /// Plays forward at `speed` (1, 60 or 600; anything else is refused).
    Q_INVOKABLE bool play(int speed);
    Q_INVOKABLE void pause();

    /// Moves a playing cursor by `realMs` of wall time (what its timer does every kTickMs).
    void advance(qint64 realMs);

signals:
    void instantChanged();
    void rangeChanged();
    void playingChanged();

private:
    void setInstant(const QDateTime &time);

    QDateTime m_latest;
    QDateTime m_instant;
    bool m_live = true;
    bool m_playing = false;
    int m_speed = 60;
    double m_carryMs = 0.0;
    QTimer m_timer;
};

} // namespace et::models
