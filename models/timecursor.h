// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace et::models {

/// The instant the Energy view shows (`Console.time`): live — the newest data, following it as it
/// arrives — or a moment of the last 7 days that the operator scrubbed to, from the cache, online
/// or not. Play runs history forward at 1×, 60× or 600× simulated time and turns back to live when
/// it catches up. The times are the data's own (the simulation's clock, which may run faster than
/// the wall clock), never the machine's; how far play moves is measured on a monotonic clock
/// (replaceable for tests), so a late timer does not slow it down.
class TimeCursor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(bool live READ live NOTIFY instantChanged)
    Q_PROPERTY(QDateTime instant READ instant NOTIFY instantChanged)
    /// The scrubbable range: the newest data and 7 days before it, or less where the cached
    /// history begins later.
    Q_PROPERTY(QDateTime earliest READ earliest NOTIFY rangeChanged)
    Q_PROPERTY(QDateTime latest READ latest NOTIFY rangeChanged)
    /// Where the instant is in the range, 0 (earliest) .. 1 (latest), for a slider.
    Q_PROPERTY(double position READ position NOTIFY instantChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY playingChanged)
    /// Simulated seconds per real second while playing: 1, 60 or 600.
    Q_PROPERTY(int speed READ speed NOTIFY playingChanged)
    /// How far the instant is before the newest data ("3 h 12 min before the newest data"; "" live).
    Q_PROPERTY(QString behindText READ behindText NOTIFY instantChanged)
    /// A scrub asked for before there was history to scrub (scrubWhenAvailable) still waits.
    Q_PROPERTY(bool scrubPending READ scrubPending NOTIFY scrubPendingChanged)
public:
    /// Monotonic milliseconds.
    using Clock = std::function<qint64()>;

    static constexpr qint64 kRangeSeconds = 7 * 24 * 3600;
    static constexpr int kTickMs = 100;

    explicit TimeCursor(QObject *parent = nullptr);

    bool live() const { return m_live; }
    QDateTime instant() const { return m_live ? m_latest : m_instant; }
    QDateTime earliest() const;
    QDateTime latest() const { return m_latest; }
    double position() const;
    bool playing() const { return m_playing; }
    int speed() const { return m_speed; }
    bool scrubPending() const { return m_pendingScrub.has_value(); }
    QString behindText() const;

    /// The newest data's time moved (a live balance arrived).
    void setLatest(const QDateTime &latest);
    /// Where the cached history begins (the range starts there when that is within 7 days);
    /// `latest()` or later when none is cached. Until this is first called, the range is 7 days.
    void setHistoryStart(const QDateTime &start);
    /// Scrubs to `time` — or, when it is invalid, to `secondsBeforeLatest` before the newest data
    /// — once the cached history is known to hold more than the newest minute (`--at`), and
    /// clamped to it then. Until then `scrubPending` is true.
    void scrubWhenAvailable(const QDateTime &time, qint64 secondsBeforeLatest = 0);
    /// Replaces the clock play measures wall time with.
    void setClock(Clock clock);

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

    /// Moves a playing cursor by `realMs` of wall time.
    void advance(qint64 realMs);
    /// What the play timer does every kTickMs: advances by the clock's time since the last tick.
    void tick();

signals:
    void instantChanged();
    void rangeChanged();
    void playingChanged();
    void scrubPendingChanged();

private:
    void setInstant(const QDateTime &time);
    void applyPendingScrub();

    struct PendingScrub
    {
        QDateTime time;
        qint64 secondsBeforeLatest = 0;
    };

    QDateTime m_latest;
    QDateTime m_historyStart;
    QDateTime m_instant;
    std::optional<PendingScrub> m_pendingScrub;
    QElapsedTimer m_monotonic;
    Clock m_clock;
    qint64 m_lastTickMs = 0;
    bool m_live = true;
    bool m_playing = false;
    int m_speed = 60;
    double m_carryMs = 0.0;
    QTimer m_timer;
};

} // namespace et::models
