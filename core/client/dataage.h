// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace et::client {

/// Says how old cached data is, for the status line of the CLI and the console:
/// "last synced 2026-11-23 14:03:11 UTC, 5 min ago" or "never synced".
class DataAge
{
    Q_DECLARE_TR_FUNCTIONS(DataAge)
public:
    /// "just now", "42 s ago", "5 min ago", "3 h ago", "2 days ago" (or "in the future" on a skewed clock).
    static QString relative(const QDateTime &then, const QDateTime &now);
    /// The full sentence; `then` invalid means the cache was never synced.
    static QString describe(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace et::client
