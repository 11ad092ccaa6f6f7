// SPDX-License-Identifier: MIT
#pragma once

#include "domain/change.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace et::backend {

/// One entity to write: its kind, id and the JSON the domain codec made of it.
struct EntityWrite
{
    domain::EntityKind entity;
    QString id;
    QJsonObject data;
};

/// The server's SQLite database: one table per entity kind plus the compacted change log
/// `changes(entity, id, cursor, op, data)` that keeps the newest state of each entity with the
/// cursor of its last change. Every write goes through write(), which assigns strictly increasing
/// cursors inside one transaction and then announces the changes, so the change log, the tables
/// and the WebSocket stream cannot disagree.
class Store : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    /// Opens (creating or migrating) the database in WAL mode.
    domain::Status open(const QString &path);
    void close();

    /// True when the store holds no seeded data yet (a fresh file).
    bool isSeeded() const;
    qint64 cursor() const { return m_cursor; }

    /// Writes all entities (and settings) in one transaction; returns the changes with their cursors.
    domain::Result<QList<domain::Change>> write(const QList<EntityWrite> &writes,
                                                const QMap<QString, QString> &metaUpdates = {});

    /// Every stored entity of a kind, ordered by id.
    domain::Result<QList<QJsonObject>> readAll(domain::EntityKind entity) const;
    /// How many entities of a kind are stored.
    domain::Result<qint64> count(domain::EntityKind entity) const;
    /// One entity, or nothing when the id is unknown.
    domain::Result<std::optional<QJsonObject>> read(domain::EntityKind entity, const QString &id) const;
    /// The changes after `since`, oldest first, at most `limit`.
    domain::Result<domain::ChangeBatch> changesSince(qint64 since, int limit) const;

    /// Small key/value settings (seed, simulation state) kept beside the data.
    std::optional<QString> meta(const QString &key) const;
    domain::Status setMeta(const QString &key, const QString &value);

signals:
    /// Emitted after a write committed, in cursor order.
    void committed(const QList<et::domain::Change> &changes);

private:
    domain::Status exec(const QString &sql) const;
    domain::Status migrate();

    QString m_connection;
    qint64 m_cursor = 0;
};

} // namespace et::backend
