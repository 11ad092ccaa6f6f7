// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace et::backend {

/// The server database's schema and its upgrades, step by step from `PRAGMA user_version`:
/// 1 = entity tables, the change log and meta; 2 = the orders table, tombstone times in the change
/// log and the idempotency table (the disaster keys schema 1 kept in meta move there); 3 = the
/// accounts (users, logins, refresh_tokens) and the append-only audit trail; 4 = the energy
/// history (minutes, hourly means and the column lists they name); 5–8 = the forecast, the energy
/// history's carbon, the dispatch plan, the alarms; 9 = the centers' notices and reviews. Each
/// upgrade is one transaction, so a failed one leaves the file as it was.
class StoreSchema
{
public:
    static constexpr int kVersion = 9;

    /// Brings `db` to kVersion; refuses a newer schema.
    static domain::Status migrate(QSqlDatabase &db);
};

} // namespace et::backend
