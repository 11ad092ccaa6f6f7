// SPDX-License-Identifier: MIT
#pragma once

#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace et::domain {
struct EnergyHistoryPage;
}
namespace et::client {
class Store;
struct QueuedCommand;
struct RejectedCommand;
} // namespace et::client

namespace et::cli {

/// What `list` prints for each kind of cached entity: a readable table, or the JSON array of the
/// domain codec's toJson() (the same shape as the server's REST items).
class EntityTables
{
    Q_DECLARE_TR_FUNCTIONS(EntityTables)
public:
    /// `kind` is one of CommandLine::listKinds().
    static TextTable table(const QString &kind, const client::Store &store);
    static QJsonArray json(const QString &kind, const client::Store &store);
    /// The outbox: queued commands, oldest first, with their failed attempts.
    static TextTable outboxTable(const QList<client::QueuedCommand> &queued);
    static TextTable rejectionTable(const QList<client::RejectedCommand> &refused);
    /// Energy history: a row per point, times in Jeju time (buckets are Jeju days), MW means,
    /// the bucket's curtailed energy, HVDC import (the links' sum) and SMP.
    static TextTable historyTable(const domain::EnergyHistoryPage &page);
    /// "2024-04-13 12:00" in Korea Standard Time (UTC+9, no daylight saving); "" when invalid.
    static QString kstMinutes(const QDateTime &t);
};

} // namespace et::cli
