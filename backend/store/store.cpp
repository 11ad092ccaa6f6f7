// SPDX-License-Identifier: MIT
#include "store/store.h"

#include "backendlogging.h"
#include "store/energyhistorystore.h"
#include "store/storeschema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace et::backend {

using domain::Change;
using domain::ChangeBatch;
using domain::ChangeOp;
using domain::EntityKind;
using domain::Error;
using domain::Ok;
using domain::Result;
using domain::Status;

namespace {
const QString kHorizonKey = QStringLiteral("horizon");

QString tableFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Asset: return QStringLiteral("assets");
    case EntityKind::Truck: return QStringLiteral("trucks");
    case EntityKind::Disaster: return QStringLiteral("disasters");
    case EntityKind::Balance: return QStringLiteral("balance");
    case EntityKind::Center: return QStringLiteral("centers");
    case EntityKind::Order: return QStringLiteral("orders");
    case EntityKind::Forecast: return QStringLiteral("forecast");
    case EntityKind::DispatchPlan: return QStringLiteral("dispatch_plan");
    case EntityKind::Alarm: return QStringLiteral("alarms");
    case EntityKind::CenterNotice: return QStringLiteral("center_notices");
    case EntityKind::CenterReview: return QStringLiteral("center_reviews");
    }
    return {};
}

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{{}, QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

QJsonObject parseStored(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

EntityWrite EntityWrite::removal(EntityKind entity, const QString &id, const QDateTime &at)
{
    EntityWrite w(entity, id, {});
    w.op = ChangeOp::Delete;
    w.deletedAt = at;
    return w;
}

Store::Store(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("et-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

Status Store::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{QStringLiteral("--db"), QStringLiteral("cannot open \"%1\": %2").arg(path, db.lastError().text())};
    // WAL lets readers (tests, sqlite3 shell) look while the simulation writes; NORMAL sync is
    // durable against process crashes, which is what a restart test exercises.
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (!q.exec(QLatin1String(pragma)))
            return sqlError(QLatin1String(pragma), q);
    }
    if (auto s = StoreSchema::migrate(db); !s.ok())
        return s;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(cursor), 0) FROM changes")) || !q.next())
        return sqlError(QStringLiteral("reading the cursor"), q);
    m_cursor = q.value(0).toLongLong();
    // Purged deletes can leave the newest cursor in meta only (the log's last row may be gone).
    m_horizon = meta(kHorizonKey).value_or(QStringLiteral("0")).toLongLong();
    m_cursor = std::max(m_cursor, m_horizon);
    qCInfo(lcStore).noquote() << "opened" << path << "cursor" << m_cursor << "horizon" << m_horizon;
    return Ok{};
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status Store::ping() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return Error{{}, QStringLiteral("the database is not open")};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM meta")) || !q.next())
        return sqlError(QStringLiteral("checking the database"), q);
    return Ok{};
}

bool Store::isSeeded() const
{
    return meta(QStringLiteral("seeded_at")).has_value();
}

Result<QList<Change>> Store::write(const QList<EntityWrite> &writes, const QMap<QString, QString> &metaUpdates)
{
    return commit(StoreTransaction{writes, metaUpdates, std::nullopt, std::nullopt});
}

Status Store::writeEntity(const EntityWrite &w, qint64 cursor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const bool remove = w.op == ChangeOp::Delete;
    const QString json = remove ? QString() : compact(w.data);
    QSqlQuery row(db);
    if (remove) {
        row.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableFor(w.entity)));
        row.addBindValue(w.id);
    } else {
        row.prepare(QStringLiteral("INSERT INTO %1(id, data, cursor) VALUES(?, ?, ?) "
                                   "ON CONFLICT(id) DO UPDATE SET data = excluded.data, cursor = excluded.cursor").arg(tableFor(w.entity)));
        row.addBindValue(w.id);
        row.addBindValue(json);
        row.addBindValue(cursor);
    }
    const QString what = QStringLiteral("writing %1 %2").arg(domain::toString(w.entity), w.id);
    if (!row.exec())
        return sqlError(what, row);
    // The log row of a delete is its tombstone: it keeps the cursor until it is purged.
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO changes(entity, id, cursor, op, data, deleted_at) VALUES(?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT(entity, id) DO UPDATE SET cursor = excluded.cursor, op = excluded.op, "
                               "data = excluded.data, deleted_at = excluded.deleted_at"));
    log.addBindValue(domain::toString(w.entity));
    log.addBindValue(w.id);
    log.addBindValue(cursor);
    log.addBindValue(domain::toString(w.op));
    log.addBindValue(remove ? QVariant(QMetaType(QMetaType::QString)) : QVariant(json));
    log.addBindValue(remove ? QVariant(w.deletedAt.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!log.exec())
        return sqlError(what, log);
    return Ok{};
}

Status Store::record(const IdempotencyRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Expired keys go in the same transaction; "kept for at least 7 days" allows the delay.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"));
    prune.addBindValue(r.createdAt.addDays(-kIdempotencyRetentionDays).toMSecsSinceEpoch());
    if (!prune.exec())
        return sqlError(QStringLiteral("pruning idempotency keys"), prune);
    // A plain INSERT: a key recorded twice fails the whole transaction, effect included.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO idempotency(key, method, path, request_hash, status, body, created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.key);
    q.addBindValue(r.method);
    q.addBindValue(r.path);
    q.addBindValue(r.requestHash.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(r.requestHash)));
    q.addBindValue(r.status);
    q.addBindValue(compact(r.body));
    q.addBindValue(r.createdAt.toMSecsSinceEpoch());
    if (!q.exec())
        return sqlError(QStringLiteral("recording idempotency key %1").arg(r.key), q);
    return Ok{};
}

Result<qint64> Store::purgeTombstones(const QDateTime &before)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery newest(db);
    newest.prepare(QStringLiteral("SELECT MAX(cursor) FROM changes WHERE op = 'delete' AND deleted_at < ?"));
    newest.addBindValue(before.toSecsSinceEpoch());
    if (!newest.exec() || !newest.next())
        return sqlError(QStringLiteral("finding old tombstones"), newest);
    if (newest.value(0).isNull())
        return m_horizon;
    const qint64 horizon = std::max(m_horizon, newest.value(0).toLongLong());
    QSqlQuery purge(db);
    purge.prepare(QStringLiteral("DELETE FROM changes WHERE op = 'delete' AND cursor <= ?"));
    purge.addBindValue(horizon);
    if (!purge.exec())
        return sqlError(QStringLiteral("purging tombstones"), purge);
    if (auto s = setMeta(kHorizonKey, QString::number(horizon)); !s.ok())
        return s.error();
    return horizon;
}

Result<QList<Change>> Store::commit(const StoreTransaction &t)
{
    const bool history = m_history && m_history->hasPending();
    if (t.writes.isEmpty() && t.meta.isEmpty() && !t.idempotency && !t.purgeTombstonesBefore && !history)
        return QList<Change>{};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Error{{}, QStringLiteral("starting a transaction: %1").arg(db.lastError().text())};
    auto fail = [this, &db, history](const Error &e) -> Result<QList<Change>> {
        db.rollback();
        if (history)
            m_history->endTransaction(false);
        return e;
    };
    QList<Change> changes;
    changes.reserve(t.writes.size());
    qint64 next = m_cursor;
    for (const EntityWrite &w : t.writes) {
        Change c{++next, w.entity, w.op, w.id, w.op == ChangeOp::Upsert ? w.data : QJsonObject()};
        if (auto s = writeEntity(w, c.cursor); !s.ok())
            return fail(s.error());
        changes << c;
    }
    for (auto it = t.meta.cbegin(); it != t.meta.cend(); ++it) {
        if (auto s = setMeta(it.key(), it.value()); !s.ok())
            return fail(s.error());
    }
    if (t.idempotency) {
        if (auto s = record(*t.idempotency); !s.ok())
            return fail(s.error());
    }
    qint64 horizon = m_horizon;
    if (t.purgeTombstonesBefore) {
        auto h = purgeTombstones(*t.purgeTombstonesBefore);
        if (!h.ok())
            return fail(h.error());
        horizon = h.value();
    }
    if (history) {
        if (auto s = m_history->writePending(); !s.ok())
            return fail(s.error());
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        return fail(Error{{}, QStringLiteral("committing %1 changes: %2").arg(t.writes.size()).arg(why)});
    }
    m_cursor = next;
    if (history)
        m_history->endTransaction(true);
    if (horizon != m_horizon)
        qCInfo(lcStore).noquote() << "purged tombstones up to cursor" << horizon;
    m_horizon = horizon;
    if (!changes.isEmpty())
        emit committed(changes);
    return changes;
}

Result<QList<QJsonObject>> Store::readAll(EntityKind entity) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT data FROM %1 ORDER BY id").arg(tableFor(entity))))
        return sqlError(QStringLiteral("reading %1").arg(tableFor(entity)), q);
    QList<QJsonObject> out;
    while (q.next())
        out << parseStored(q.value(0).toByteArray());
    return out;
}

Result<qint64> Store::count(EntityKind entity) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(tableFor(entity))) || !q.next())
        return sqlError(QStringLiteral("counting %1").arg(tableFor(entity)), q);
    return q.value(0).toLongLong();
}

Result<std::optional<QJsonObject>> Store::read(EntityKind entity, const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(tableFor(entity)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("reading %1 %2").arg(tableFor(entity), id), q);
    if (!q.next())
        return std::optional<QJsonObject>{};
    return std::optional<QJsonObject>(parseStored(q.value(0).toByteArray()));
}

Result<QList<QJsonObject>> Store::listOrders(int finished) const
{
    // Open orders are few (one per truck at most); finished ones are bounded by `finished`.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT data FROM (SELECT data, json_extract(data, '$.created_at') AS created FROM orders "
        "                  WHERE json_extract(data, '$.status') IN ('accepted', 'active') "
        "                  UNION ALL SELECT * FROM (SELECT data, json_extract(data, '$.created_at') AS created FROM orders "
        "                  WHERE json_extract(data, '$.status') NOT IN ('accepted', 'active') "
        "                  ORDER BY created DESC, id DESC LIMIT ?)) "
        "ORDER BY created DESC, json_extract(data, '$.id') DESC"));
    q.addBindValue(finished);
    if (!q.exec())
        return sqlError(QStringLiteral("reading orders"), q);
    QList<QJsonObject> out;
    while (q.next())
        out << parseStored(q.value(0).toByteArray());
    return out;
}

Result<ChangeBatch> Store::changesSince(qint64 since, int limit, const QList<EntityKind> &hidden) const
{
    QStringList names;
    for (const EntityKind kind : hidden)
        names << QStringLiteral("'%1'").arg(domain::toString(kind)); // enum names, never user text
    const QString visible = names.isEmpty() ? QString() : QStringLiteral(" AND entity NOT IN (%1)").arg(names.join(u", "));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    int pageSize = limit;
    if (since == 0 && m_horizon > 0) {
        // A snapshot page that ended below the horizon would continue with a since that is
        // refused, so the first page holds at least every entity unchanged since the horizon.
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM changes WHERE op = 'upsert' AND cursor < ?") + visible);
        q.addBindValue(m_horizon);
        if (!q.exec() || !q.next())
            return sqlError(QStringLiteral("counting the snapshot below the horizon"), q);
        pageSize = std::max(limit, q.value(0).toInt());
        q.finish();
    }
    // A snapshot is the entities there are; their deletes matter only to a client that had them.
    q.prepare(QStringLiteral("SELECT entity, id, cursor, op, data FROM changes WHERE %1%2 ORDER BY cursor LIMIT ?")
                  .arg(since == 0 ? QStringLiteral("op = 'upsert'") : QStringLiteral("cursor > ?"), visible));
    if (since != 0)
        q.addBindValue(since);
    q.addBindValue(pageSize + 1); // one more tells whether another page follows
    if (!q.exec())
        return sqlError(QStringLiteral("reading changes"), q);
    ChangeBatch batch;
    while (q.next()) {
        if (batch.changes.size() == pageSize) {
            batch.hasMore = true;
            break;
        }
        const auto kind = domain::entityKindFromString(q.value(0).toString());
        if (!kind)
            return Error{{}, QStringLiteral("change log holds an unknown entity \"%1\"").arg(q.value(0).toString())};
        Change c;
        c.entity = *kind;
        c.id = q.value(1).toString();
        c.cursor = q.value(2).toLongLong();
        c.op = q.value(3).toString() == u"delete" ? ChangeOp::Delete : ChangeOp::Upsert;
        if (c.op == ChangeOp::Upsert)
            c.data = parseStored(q.value(4).toByteArray());
        batch.changes << c;
    }
    // A full page continues after its last change (and a snapshot never below the horizon: only
    // purged tombstones lie between); the last page ends at the current cursor.
    batch.cursor = batch.hasMore ? batch.changes.back().cursor : m_cursor;
    if (batch.hasMore && since == 0)
        batch.cursor = std::max(batch.cursor, m_horizon);
    return batch;
}

Result<std::optional<IdempotencyRecord>> Store::idempotencyRecord(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT method, path, request_hash, status, body, created_at FROM idempotency WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("reading idempotency key %1").arg(key), q);
    if (!q.next())
        return std::optional<IdempotencyRecord>{};
    IdempotencyRecord r;
    r.key = key;
    r.method = q.value(0).toString();
    r.path = q.value(1).toString();
    r.requestHash = q.value(2).toString().toLatin1();
    r.status = q.value(3).toInt();
    r.body = parseStored(q.value(4).toByteArray());
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return std::optional<IdempotencyRecord>(r);
}

std::optional<QString> Store::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Status Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("writing setting %1").arg(key), q);
    return Ok{};
}

} // namespace et::backend
