// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energyhistorypage.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <utility>

namespace et::models {

/// The minutes of the cached energy history around the time slider's instant, held in memory so
/// that scrubbing and playing inside them reads no SQLite: a window of kSpanMinutes is read at
/// once, and a new one, centred on the instant, is asked for when the instant leaves it or comes
/// within kMarginMinutes of an edge that is not the end of the cached history.
///
/// The span is the cache's whole week and an hour: the first scrub reads the week (10,080
/// minutes, about 17 MB of 100 assets' values), and a jump or drag anywhere in it then waits for
/// nothing. What it costs: while scrubbed, each page of history the sync engine appends reads the
/// week again on the reader thread (Store::appendHistory's historyChanged), off the GUI thread.
class HistoryWindow
{
public:
    static constexpr qint64 kSpanMinutes = 7 * 24 * 60 + 60;
    static constexpr qint64 kMarginMinutes = 60;

    /// `instant` floored to its minute (history points start on whole UTC minutes).
    static QDateTime minuteOf(const QDateTime &instant);
    /// The range to read for `minute`: kSpanMinutes centred on it, moved (not shortened) to lie
    /// within the cached [oldest, newest] where the history is long enough.
    static std::pair<QDateTime, QDateTime> rangeAround(const QDateTime &minute, const QDateTime &oldest, const QDateTime &newest);

    /// Holds `page` from now on (its [from, to) and its points).
    void setPage(domain::EnergyHistoryPage page);
    void clear();
    bool isEmpty() const { return !m_page.from.isValid(); }
    QDateTime from() const { return m_page.from; }
    QDateTime to() const { return m_page.to; }
    /// The page's range includes `minute` (whether or not that minute was cached).
    bool covers(const QDateTime &minute) const;
    /// Every minute of the range is there (a read racing the sync engine may find fewer).
    bool complete() const;
    /// Whether `minute`, though covered, is so near an edge that the next window should be read,
    /// given where the cached history begins and ends.
    bool nearEdge(const QDateTime &minute, const QDateTime &oldest, const QDateTime &newest) const;

    /// The cached point of `minute`, or null when the window does not hold it.
    const domain::EnergyHistoryPoint *pointAt(const QDateTime &minute) const;
    const domain::EnergyHistoryColumns &columns() const { return m_page.columns; }
    /// `point`'s output of asset `id` (a point of this window), or nothing when it has none.
    std::optional<double> assetOutput(const domain::EnergyHistoryPoint &point, const QString &id) const;

private:
    domain::EnergyHistoryPage m_page;
    QHash<QString, qsizetype> m_assetColumn;
};

} // namespace et::models
