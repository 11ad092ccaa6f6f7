// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace et::client {

class Store;

/// What opening the offline cache found. All empty when the file was fine (or new).
struct CacheRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CacheRecovery)
public:
    QString problem;         ///< what was wrong with the old file
    QString movedAsideTo;    ///< where the damaged file is now (kept for a person to look at)
    int salvagedCommands = 0; ///< queued operator commands carried over into the new cache
    bool outboxReadable = false; ///< false: the old outbox could not be read at all

    bool happened() const { return !movedAsideTo.isEmpty(); }
    /// One sentence for the operator ("The offline cache was damaged … moved to … 2 queued commands kept").
    QString message() const;
};

/// Opens the offline cache and, when the file is damaged — not SQLite, truncated, half-written,
/// failing PRAGMA quick_check — moves it aside instead of refusing to start: the file (with its
/// -wal and -shm) is renamed to `<file>.damaged-<UTC time>`, never deleted, a fresh cache is
/// created in its place (the sync engine then takes a full snapshot), and every outbox command
/// that can still be read from the old file through SQLite is queued again, so no order the
/// operator gave is lost. Commands are only taken from the outbox table, never by scanning raw
/// bytes: freed pages still hold commands the server confirmed long ago, and sending one of
/// those again could apply it twice once the server has forgotten its key.
class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)
public:
    /// Opens `filePath` into `store`. Errors other than damage (a newer schema, no permission)
    /// are returned as they are and the file is left untouched.
    static domain::Result<CacheRecovery> open(Store &store, const QString &filePath);
};

} // namespace et::client
