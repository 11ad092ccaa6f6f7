// SPDX-License-Identifier: MIT
#include "store/storeschema.h"

#include "backendlogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace et::backend {

using domain::Error;
using domain::Ok;
using domain::Status;

namespace {
QStringList toVersion1()
{
    QStringList steps;
    for (const char *table : {"assets", "trucks", "disasters", "balance", "centers"})
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)")
                     .arg(QLatin1String(table));
    steps << QStringLiteral("CREATE TABLE IF NOT EXISTS changes (entity TEXT NOT NULL, id TEXT NOT NULL, cursor INTEGER NOT NULL, "
                            "op TEXT NOT NULL, data TEXT, PRIMARY KEY (entity, id))")
          << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS changes_cursor ON changes(cursor)")
          << QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    return steps;
}

QStringList toVersion2()
{
    // Schema 1 kept disaster idempotency keys in meta as "idempotency:disasters:KEY" -> id; they
    // move with the disaster as their answer and no request hash (matched on the key alone).
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)"),
        // Simulated Unix seconds of a delete, from which its tombstone's retention counts.
        QStringLiteral("ALTER TABLE changes ADD COLUMN deleted_at INTEGER"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS changes_tombstones ON changes(deleted_at) WHERE op = 'delete'"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, method TEXT NOT NULL, path TEXT NOT NULL, "
                       "request_hash TEXT, status INTEGER NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency(created_at)"),
        QStringLiteral("INSERT OR IGNORE INTO idempotency(key, method, path, request_hash, status, body, created_at) "
                       "SELECT substr(m.key, 23), 'POST', '/api/v1/disasters', NULL, 201, d.data, %1 "
                       "FROM meta m JOIN disasters d ON d.id = m.value WHERE m.key LIKE 'idempotency:disasters:%'").arg(now),
        QStringLiteral("DELETE FROM meta WHERE key LIKE 'idempotency:disasters:%'"),
    };
}

QStringList toVersion3()
{
    // Accounts: passwords only as argon2id strings, refresh tokens only as SHA-256 hex. The audit
    // trail is append-only: its triggers refuse every UPDATE and DELETE.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE, "
                       "role TEXT NOT NULL, password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS logins (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), "
                       "created_at INTEGER NOT NULL, revoked_at INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS logins_user ON logins(user_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS refresh_tokens (hash TEXT PRIMARY KEY, login_id TEXT NOT NULL REFERENCES logins(id), "
                       "issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS refresh_tokens_login ON refresh_tokens(login_id)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, email TEXT, role TEXT, "
                       "method TEXT NOT NULL, path TEXT NOT NULL, request_id TEXT NOT NULL, status INTEGER NOT NULL, result TEXT NOT NULL, "
                       "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit "
                       "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
    };
}

QStringList toVersion4()
{
    // The energy history (EnergyHistoryStore): one row per simulated minute, kept 90 days, and
    // hourly means kept ten years. `t` (Unix seconds of the minute or hour) is the INTEGER
    // PRIMARY KEY, i.e. the rowid: the table is stored in time order and a range read walks that
    // b-tree, no second index needed. Values are whole hundredths (0.01 MW, 0.01 KRW/kWh); the
    // per-link and per-asset lists are BLOBs of int32 (domain::EnergyHistoryRow) in the order
    // of the row's `columns`.
    const QString values = QStringLiteral(
        "(t INTEGER PRIMARY KEY, columns INTEGER NOT NULL REFERENCES energy_history_columns(id), minutes INTEGER NOT NULL, "
        "demand INTEGER NOT NULL, thermal INTEGER NOT NULL, wind INTEGER NOT NULL, solar INTEGER NOT NULL, "
        "truck_discharge INTEGER NOT NULL, curtailment INTEGER NOT NULL, smp INTEGER NOT NULL, hvdc BLOB NOT NULL, assets BLOB NOT NULL)");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS energy_history_columns (id INTEGER PRIMARY KEY, hvdc_link_ids TEXT NOT NULL, "
                       "asset_ids TEXT NOT NULL, UNIQUE (hvdc_link_ids, asset_ids))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS energy_history_minutes ") + values,
        QStringLiteral("CREATE TABLE IF NOT EXISTS energy_history_hours ") + values,
    };
}

QStringList toVersion5()
{
    // The energy forecast issued last (one row, id "current"), an entity like the balance.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS forecast (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)")};
}

QStringList toVersion6()
{
    // The carbon intensity of what Jeju consumed, in hundredths of gCO₂eq/kWh; NULL in the rows
    // written before it was kept.
    return {QStringLiteral("ALTER TABLE energy_history_minutes ADD COLUMN carbon INTEGER"),
            QStringLiteral("ALTER TABLE energy_history_hours ADD COLUMN carbon INTEGER")};
}

QStringList toVersion7()
{
    // The truck dispatch's suggestions computed last (one row, id "current"), like the forecast.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS dispatch_plan (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)")};
}

QStringList toVersion8()
{
    // The alarms (issue 18), one row per watched condition.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS alarms (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)")};
}

QStringList toVersion9()
{
    // Operators' notices on centers and users' reviews of them (issue 19). Hidden reviews leave
    // the table (a delete in the change log); the server keeps them in meta with the reason.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS center_notices (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS center_reviews (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)")};
}

Status run(QSqlDatabase &db, int to, const QStringList &steps)
{
    if (!db.transaction())
        return Error{{}, QStringLiteral("starting the schema upgrade: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    for (const QString &sql : steps + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(to)}) {
        if (!q.exec(sql)) {
            const Error e{{}, QStringLiteral("schema version %1: %2: %3").arg(to).arg(sql.left(60), q.lastError().text())};
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Error{{}, QStringLiteral("committing schema version %1: %2").arg(to).arg(db.lastError().text())};
    qCInfo(lcStore).noquote() << "schema at version" << to;
    return Ok{};
}
} // namespace

Status StoreSchema::migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{{}, QStringLiteral("reading the schema version: %1").arg(q.lastError().text())};
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kVersion)
        return Error{QStringLiteral("--db"), QStringLiteral("schema version %1 is newer than this server (%2)").arg(version).arg(kVersion)};
    if (version < 1) {
        if (auto s = run(db, 1, toVersion1()); !s.ok())
            return s;
    }
    if (version < 2) {
        if (auto s = run(db, 2, toVersion2()); !s.ok())
            return s;
    }
    if (version < 3) {
        if (auto s = run(db, 3, toVersion3()); !s.ok())
            return s;
    }
    if (version < 4) {
        if (auto s = run(db, 4, toVersion4()); !s.ok())
            return s;
    }
    if (version < 5) {
        if (auto s = run(db, 5, toVersion5()); !s.ok())
            return s;
    }
    if (version < 6) {
        if (auto s = run(db, 6, toVersion6()); !s.ok())
            return s;
    }
    if (version < 7) {
        if (auto s = run(db, 7, toVersion7()); !s.ok())
            return s;
    }
    if (version < 8) {
        if (auto s = run(db, 8, toVersion8()); !s.ok())
            return s;
    }
    if (version < 9) {
        if (auto s = run(db, 9, toVersion9()); !s.ok())
            return s;
    }
    return Ok{};
}

} // namespace et::backend
