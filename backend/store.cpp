// SPDX-License-Identifier: MIT
#include "store.h"

#include "backendlogging.h"

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
QString tableFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Asset: return QStringLiteral("assets");
    case EntityKind::Truck: return QStringLiteral("trucks");
    case EntityKind::Disaster: return QStringLiteral("disasters");
    case EntityKind::Balance: return QStringLiteral("balance");
    case EntityKind::Center: return QStringLiteral("centers");
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
} // namespace

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
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (auto s = exec(QLatin1String(pragma)); !s.ok())
            return s;
    }
    if (auto s = migrate(); !s.ok())
        return s;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(cursor), 0) FROM changes")) || !q.next())
        return sqlError(QStringLiteral("reading the cursor"), q);
    m_cursor = q.value(0).toLongLong();
    qCInfo(lcStore).noquote() << "opened" << path << "cursor" << m_cursor;
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

Status Store::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql))
        return sqlError(sql.left(60), q);
    return Ok{};
}

Status Store::migrate()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("reading the schema version"), q);
    const int version = q.value(0).toInt();
    if (version == kSchemaVersion)
        return Ok{};
    if (version > kSchemaVersion)
        return Error{QStringLiteral("--db"), QStringLiteral("schema version %1 is newer than this server (%2)").arg(version).arg(kSchemaVersion)};

    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QStringList steps;
    for (EntityKind k : {EntityKind::Asset, EntityKind::Truck, EntityKind::Disaster, EntityKind::Balance, EntityKind::Center})
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)").arg(tableFor(k));
    steps << QStringLiteral("CREATE TABLE IF NOT EXISTS changes (entity TEXT NOT NULL, id TEXT NOT NULL, cursor INTEGER NOT NULL, "
                            "op TEXT NOT NULL, data TEXT, PRIMARY KEY (entity, id))")
          << QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS changes_cursor ON changes(cursor)")
          << QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
          << QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion);
    for (const QString &sql : std::as_const(steps)) {
        if (auto s = exec(sql); !s.ok()) {
            db.rollback();
            return s;
        }
    }
    if (!db.commit())
        return Error{{}, QStringLiteral("committing the schema: %1").arg(db.lastError().text())};
    qCInfo(lcStore).noquote() << "schema created at version" << kSchemaVersion;
    return Ok{};
}

bool Store::isSeeded() const
{
    return meta(QStringLiteral("seeded_at")).has_value();
}

Result<QList<Change>> Store::write(const QList<EntityWrite> &writes, const QMap<QString, QString> &metaUpdates)
{
    if (writes.isEmpty() && metaUpdates.isEmpty())
        return QList<Change>{};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return Error{{}, QStringLiteral("starting a transaction: %1").arg(db.lastError().text())};
    QList<Change> changes;
    changes.reserve(writes.size());
    qint64 next = m_cursor;
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO changes(entity, id, cursor, op, data) VALUES(?, ?, ?, 'upsert', ?) "
                               "ON CONFLICT(entity, id) DO UPDATE SET cursor = excluded.cursor, op = excluded.op, data = excluded.data"));
    for (const EntityWrite &w : writes) {
        const QByteArray json = QJsonDocument(w.data).toJson(QJsonDocument::Compact);
        Change c{++next, w.entity, ChangeOp::Upsert, w.id, w.data};
        QSqlQuery row(db);
        row.prepare(QStringLiteral("INSERT INTO %1(id, data, cursor) VALUES(?, ?, ?) "
                                   "ON CONFLICT(id) DO UPDATE SET data = excluded.data, cursor = excluded.cursor").arg(tableFor(w.entity)));
        row.addBindValue(w.id);
        row.addBindValue(QString::fromUtf8(json));
        row.addBindValue(c.cursor);
        log.addBindValue(domain::toString(w.entity));
        log.addBindValue(w.id);
        log.addBindValue(c.cursor);
        log.addBindValue(QString::fromUtf8(json));
        if (!row.exec() || !log.exec()) {
            const Error e = sqlError(QStringLiteral("writing %1 %2").arg(domain::toString(w.entity), w.id), row.lastError().isValid() ? row : log);
            db.rollback();
            return e;
        }
        changes << c;
    }
    for (auto it = metaUpdates.cbegin(); it != metaUpdates.cend(); ++it) {
        if (auto s = setMeta(it.key(), it.value()); !s.ok()) {
            db.rollback();
            return s.error();
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error{{}, QStringLiteral("committing %1 changes: %2").arg(writes.size()).arg(why)};
    }
    m_cursor = next;
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

Result<ChangeBatch> Store::changesSince(qint64 since, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, id, cursor, op, data FROM changes WHERE cursor > ? ORDER BY cursor LIMIT ?"));
    q.addBindValue(since);
    q.addBindValue(limit + 1); // one more tells whether another page follows
    if (!q.exec())
        return sqlError(QStringLiteral("reading changes"), q);
    ChangeBatch batch;
    while (q.next()) {
        if (batch.changes.size() == limit) {
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
    // A full page continues after its last change; the last page ends at the current cursor.
    batch.cursor = batch.hasMore ? batch.changes.back().cursor : m_cursor;
    return batch;
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
