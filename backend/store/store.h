// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace et::backend {

class EnergyHistoryStore;

/// One entity to write: its kind, id and the JSON the domain codec made of it, or its deletion.
struct EntityWrite
{
    EntityWrite(domain::EntityKind kind, QString entityId, QJsonObject json)
        : entity(kind), id(std::move(entityId)), data(std::move(json))
    {
    }

    domain::EntityKind entity;
    QString id;
    QJsonObject data;
    domain::ChangeOp op = domain::ChangeOp::Upsert;
    QDateTime deletedAt; ///< deletes only: the simulated time the tombstone's retention counts from

    static EntityWrite removal(domain::EntityKind entity, const QString &id, const QDateTime &at);
};

/// The recorded answer to one operator command (docs/api.md "Operator commands").
struct IdempotencyRecord
{
    QString key;
    QString method;
    QString path;
    QByteArray requestHash; ///< hex SHA-256 of the request; empty for keys carried over from schema 1
    int status = 0;
    QJsonObject body;
    QDateTime createdAt;    ///< wall clock: keys expire after kIdempotencyRetentionDays
};

/// Everything one SQLite transaction does; it all commits or none of it does.
struct StoreTransaction
{
    QList<EntityWrite> writes;
    QMap<QString, QString> meta;
    std::optional<IdempotencyRecord> idempotency;
    /// Purges tombstones deleted before this simulated time and moves the horizon past them.
    std::optional<QDateTime> purgeTombstonesBefore;
};

/// The server's SQLite database: one table per entity kind plus the compacted change log
/// `changes(entity, id, cursor, op, data, deleted_at)` that keeps the newest state of each entity
/// with the cursor of its last change (a delete stays as a tombstone row until it is purged).
/// Every write goes through commit(), which assigns strictly increasing cursors inside one
/// transaction — together with the settings, an operator command's idempotency record and the
/// energy history's minutes recorded since the last commit — and then announces the changes, so
/// the change log, the tables, the recorded answers, the history and the WebSocket stream cannot
/// disagree.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 9;
    static constexpr int kIdempotencyRetentionDays = 7;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    /// Opens (creating or migrating) the database in WAL mode.
    domain::Status open(const QString &path);
    void close();
    /// A trivial query: fails when the database is closed or broken (for /ready).
    domain::Status ping() const;

    /// True when the store holds no seeded data yet (a fresh file).
    bool isSeeded() const;
    qint64 cursor() const { return m_cursor; }
    /// The smallest `since` above 0 that changesSince() still answers without missing a delete.
    qint64 horizon() const { return m_horizon; }

    /// Runs `transaction` atomically; returns the changes with their cursors.
    domain::Result<QList<domain::Change>> commit(const StoreTransaction &transaction);
    /// Writes all entities (and settings) in one transaction; returns the changes with their cursors.
    domain::Result<QList<domain::Change>> write(const QList<EntityWrite> &writes,
                                                const QMap<QString, QString> &metaUpdates = {});

    /// Every stored entity of a kind, ordered by id.
    domain::Result<QList<QJsonObject>> readAll(domain::EntityKind entity) const;
    /// How many entities of a kind are stored.
    domain::Result<qint64> count(domain::EntityKind entity) const;
    /// One entity, or nothing when the id is unknown.
    domain::Result<std::optional<QJsonObject>> read(domain::EntityKind entity, const QString &id) const;
    /// The changes after `since`, oldest first, at most `limit` (since=0: a snapshot without
    /// deletes, whose first page reaches the horizon so that paging it never meets a 410).
    /// `hidden` kinds are left out (a user who may not read them); their cursors are skipped.
    domain::Result<domain::ChangeBatch> changesSince(qint64 since, int limit, const QList<domain::EntityKind> &hidden = {}) const;
    /// Dispatch orders for GET /orders: every open one and the `finished` newest finished ones,
    /// newest (created_at) first.
    domain::Result<QList<QJsonObject>> listOrders(int finished) const;

    /// The recorded answer for an idempotency key, or nothing.
    domain::Result<std::optional<IdempotencyRecord>> idempotencyRecord(const QString &key) const;

    /// The open connection, for the tables beside the entities (accounts, audit trail) that keep
    /// their own SQL (AccountStore, AuditLog). Same thread only.
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection); }

    /// The energy history whose recorded minutes every commit writes in its transaction (not
    /// owned; EnergyHistoryStore attaches itself). None: no history is written.
    void setHistory(EnergyHistoryStore *history) { m_history = history; }

    /// Small key/value settings (seed, simulation state) kept beside the data.
    std::optional<QString> meta(const QString &key) const;
    domain::Status setMeta(const QString &key, const QString &value);

signals:
    /// Emitted after a write committed, in cursor order.
    void committed(const QList<et::domain::Change> &changes);

private:
    domain::Status writeEntity(const EntityWrite &w, qint64 cursor);
    domain::Status record(const IdempotencyRecord &r);
    domain::Result<qint64> purgeTombstones(const QDateTime &before);

    QString m_connection;
    EnergyHistoryStore *m_history = nullptr;
    qint64 m_cursor = 0;
    qint64 m_horizon = 0;
};

} // namespace et::backend
