// SPDX-License-Identifier: MIT
// The outbox half of the offline cache (class Store, see store.h): operator commands queued until
// the server confirms them, their optimistic effects, and the commands the server refused.
#include "store.h"

#include "cacherow.h"
#include "clientlogging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

using domain::Error;
using domain::Ok;
using domain::OperatorCommand;
using domain::Status;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The outbox row's command; a row that no longer decodes is reported (it cannot be sent).
domain::Result<OperatorCommand> commandFrom(const QString &json)
{
    auto object = domain::parseJsonObject(json.toUtf8());
    if (!object.ok())
        return object.error();
    return OperatorCommand::fromJson(object.value());
}

} // namespace

Status Store::commitOrRollback(const QString &what)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (db.commit())
        return Ok{};
    const QString why = db.lastError().text();
    db.rollback();
    return Error{{}, tr("%1 failed: %2").arg(what, why)};
}

QList<QJsonObject> Store::withOptimisticEffects(domain::EntityKind kind, const QString &sql) const
{
    QList<QJsonObject> rows;
    QHash<QString, qsizetype> byId;
    if (!m_open)
        return rows;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql)) {
        qCWarning(lcClientStore) << "query failed:" << sql << q.lastError().text();
        return rows;
    }
    while (q.next()) {
        auto object = domain::parseJsonObject(q.value(1).toByteArray());
        if (!object.ok()) {
            qCWarning(lcClientStore) << "skipping unreadable cached row" << q.value(0).toString();
            continue;
        }
        byId.insert(q.value(0).toString(), rows.size());
        rows.append(object.value());
    }
    q.prepare(QStringLiteral("SELECT json FROM outbox WHERE target_kind = ? ORDER BY seq"));
    q.addBindValue(domain::toString(kind));
    if (!q.exec())
        return rows;
    while (q.next()) {
        const auto command = commandFrom(q.value(0).toString());
        if (!command.ok())
            continue;
        const auto at = byId.constFind(command.value().targetId);
        const QJsonObject current = at == byId.cend() ? QJsonObject() : rows.at(*at);
        const QJsonObject shown = command.value().optimisticEffect(current);
        if (shown.isEmpty())
            continue;
        if (at == byId.cend()) {
            byId.insert(command.value().targetId, rows.size());
            rows.append(shown);
        } else {
            rows[*at] = shown;
        }
    }
    return rows;
}

Status Store::enqueue(const OperatorCommand &command)
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    // What cannot be decoded again could never be sent: check it before it is queued.
    if (auto valid = OperatorCommand::fromJson(command.toJson()); !valid.ok())
        return valid.error().prefixed(QStringLiteral("command"));
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO outbox (key, target_kind, target_id, json) VALUES (?, ?, ?, ?)"));
    q.addBindValue(command.key);
    q.addBindValue(domain::toString(command.targetEntity()));
    q.addBindValue(command.targetId);
    q.addBindValue(compact(command.toJson()));
    if (!q.exec())
        return Error{{}, tr("queuing command %1 failed: %2").arg(command.key, q.lastError().text())};
    qCInfo(lcClientStore) << "queued" << domain::toString(command.kind) << command.targetId << "key" << command.key;
    emit changed(command.targetEntity());
    emit outboxChanged();
    return Ok{};
}

QList<QueuedCommand> Store::outbox() const
{
    QList<QueuedCommand> list;
    if (!m_open)
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT key, json, attempts, last_error FROM outbox ORDER BY seq")))
        return list;
    while (q.next()) {
        const auto command = commandFrom(q.value(1).toString());
        if (!command.ok()) {
            qCWarning(lcClientStore) << "outbox entry" << q.value(0).toString() << "is unreadable:" << command.error().toString();
            continue;
        }
        list.append({command.value(), q.value(2).toInt(), q.value(3).toString()});
    }
    return list;
}

domain::Result<OperatorCommand> Store::queuedCommand(const QString &key) const
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT json FROM outbox WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Error{{}, tr("no queued command has the key %1").arg(key)};
    const auto command = commandFrom(q.value(0).toString());
    if (!command.ok())
        return command.error().prefixed(QStringLiteral("outbox"));
    return command;
}

int Store::outboxSize() const
{
    const QStringList rows = readJsonColumn(QStringLiteral("SELECT count(*) FROM outbox"));
    return rows.isEmpty() ? 0 : rows.first().toInt();
}

Status Store::acknowledge(const QString &key, const QJsonObject &entity)
{
    const auto command = queuedCommand(key);
    if (!command.ok())
        return command.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    const domain::EntityKind kind = command.value().targetEntity();
    const QString table = CacheRow::tableFor(kind);

    // The answer is the server's state at that moment; an update that overtook it on the event
    // stream is newer and stays. Same updated_at: the answer wins (it is the server's own word).
    std::optional<CacheRow> row;
    if (!entity.isEmpty() && command.value().answerIsEntity()) {
        if (entity.value(QStringLiteral("id")).toString() != command.value().targetId)
            return Error{QStringLiteral("id"), tr("the answer is about \"%1\", the command about \"%2\"")
                                                   .arg(entity.value(QStringLiteral("id")).toString(), command.value().targetId)};
        q.prepare(QStringLiteral("SELECT cursor, json FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(command.value().targetId);
        qint64 cursor = 0;
        bool newerCached = false;
        if (q.exec() && q.next()) {
            cursor = q.value(0).toLongLong();
            const auto cached = domain::parseJsonObject(q.value(1).toByteArray());
            const QDateTime cachedAt = cached.ok() ? QDateTime::fromString(cached.value().value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs) : QDateTime();
            const QDateTime answerAt = QDateTime::fromString(entity.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
            newerCached = cachedAt.isValid() && answerAt.isValid() && cachedAt > answerAt;
        }
        if (!newerCached) {
            auto built = CacheRow::forChange({cursor, kind, domain::ChangeOp::Upsert, command.value().targetId, entity});
            if (!built.ok())
                return built.error().prefixed(QStringLiteral("answer"));
            row = built.value();
        }
    }
    if (!db.transaction())
        return Error{{}, tr("cannot start a transaction: %1").arg(db.lastError().text())};
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE key = ?"));
    q.addBindValue(key);
    bool done = q.exec() && (!row || row->upsert(q, table));
    if (done && command.value().kind == domain::CommandKind::HideCenterReview) {
        // Hidden: gone from this cache now, not only once the server's delete arrives.
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(command.value().targetId);
        done = q.exec();
    }
    if (!done) {
        const QString why = q.lastError().text();
        db.rollback();
        return Error{{}, tr("recording the answer to %1 failed: %2").arg(key, why)};
    }
    if (auto s = commitOrRollback(tr("recording the answer to %1").arg(key)); !s.ok())
        return s;
    qCInfo(lcClientStore) << "command" << key << "confirmed by the server";
    emit changed(kind);
    emit outboxChanged();
    return Ok{};
}

Status Store::reject(const QString &key, const QString &reason, const QString &code)
{
    const auto command = queuedCommand(key);
    if (!command.ok())
        return command.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Commands queued after a refused new order or disaster are about one that will never exist;
    // they are refused with it instead of being sent only to come back "not found".
    QList<QPair<QString, QString>> refused{{key, reason}};
    const domain::CommandKind kind = command.value().kind;
    if (kind == domain::CommandKind::CreateOrder || kind == domain::CommandKind::CreateDisaster) {
        q.prepare(QStringLiteral("SELECT key FROM outbox WHERE target_kind = ? AND target_id = ? AND key <> ? ORDER BY seq"));
        q.addBindValue(domain::toString(command.value().targetEntity()));
        q.addBindValue(command.value().targetId);
        q.addBindValue(key);
        if (q.exec()) {
            while (q.next())
                refused.append({q.value(0).toString(), kind == domain::CommandKind::CreateOrder ? tr("its order was refused: %1").arg(reason)
                                                                                             : tr("its disaster was refused: %1").arg(reason)});
        }
    }
    if (!db.transaction())
        return Error{{}, tr("cannot start a transaction: %1").arg(db.lastError().text())};
    for (const auto &[refusedKey, why] : std::as_const(refused)) {
        QSqlQuery move(db);
        move.prepare(QStringLiteral("INSERT OR REPLACE INTO rejected_commands (key, json, reason, code, rejected_at)"
                                    " SELECT key, json, ?, ?, ? FROM outbox WHERE key = ?"));
        move.addBindValue(why);
        move.addBindValue(code);
        move.addBindValue(now);
        move.addBindValue(refusedKey);
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM outbox WHERE key = ?"));
        drop.addBindValue(refusedKey);
        if (!move.exec() || !drop.exec()) {
            const QString error = move.lastError().isValid() ? move.lastError().text() : drop.lastError().text();
            db.rollback();
            return Error{{}, tr("recording the refusal of %1 failed: %2").arg(refusedKey, error)};
        }
    }
    if (auto s = commitOrRollback(tr("recording the refusal of %1").arg(key)); !s.ok())
        return s;
    qCWarning(lcClientStore) << "command" << key << "refused by the server:" << code << reason;
    emit changed(command.value().targetEntity());
    emit outboxChanged();
    emit rejectionsChanged();
    return Ok{};
}

Status Store::noteAttempt(const QString &key, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE key = ?"));
    q.addBindValue(error);
    q.addBindValue(key);
    if (!q.exec())
        return Error{{}, tr("noting the attempt for %1 failed: %2").arg(key, q.lastError().text())};
    emit outboxChanged();
    return Ok{};
}

QList<RejectedCommand> Store::rejections() const
{
    QList<RejectedCommand> list;
    if (!m_open)
        return list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT json, reason, code, rejected_at FROM rejected_commands WHERE dismissed = 0"
                               " ORDER BY rejected_at DESC, key")))
        return list;
    while (q.next()) {
        const auto command = commandFrom(q.value(0).toString());
        if (command.ok())
            list.append({command.value(), q.value(1).toString(), q.value(2).toString(),
                         QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

Status Store::dismissRejection(const QString &key)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE rejected_commands SET dismissed = 1 WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Error{{}, tr("dismissing %1 failed: %2").arg(key, q.lastError().text())};
    emit rejectionsChanged();
    return Ok{};
}

Status Store::restoreOutbox(const QList<QueuedCommand> &commands)
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return Error{{}, tr("cannot start a transaction: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    for (const QueuedCommand &c : commands) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (key, target_kind, target_id, json, attempts, last_error)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.command.key);
        q.addBindValue(domain::toString(c.command.targetEntity()));
        q.addBindValue(c.command.targetId);
        q.addBindValue(compact(c.command.toJson()));
        q.addBindValue(c.attempts);
        q.addBindValue(c.lastError);
        if (!q.exec()) {
            const QString why = q.lastError().text();
            db.rollback();
            return Error{{}, tr("restoring the outbox failed: %1").arg(why)};
        }
    }
    if (auto s = commitOrRollback(tr("restoring the outbox")); !s.ok())
        return s;
    emit changed(domain::EntityKind::Order);
    emit changed(domain::EntityKind::Disaster);
    emit outboxChanged();
    return Ok{};
}

} // namespace et::client
