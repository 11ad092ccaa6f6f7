// SPDX-License-Identifier: MIT
#pragma once

#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>

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
};

} // namespace et::cli
