// SPDX-License-Identifier: MIT
// The user's private self-check in the offline cache (class Store, see store.h). Nothing here
// logs an answer or a profile: errors name what failed, never what was being written.
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

std::optional<Store::SelfCheckRecord> Store::selfCheck() const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT taken_at, answers, profile FROM self_check WHERE id = 1")) || !q.next())
        return std::nullopt;
    SelfCheckRecord r;
    r.takenAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    const QJsonArray answers = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
    for (const QJsonValue &a : answers)
        r.answers << a.toInt(-1);
    const QJsonObject profile = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    for (auto it = profile.begin(); it != profile.end(); ++it)
        r.profile.insert(it.key(), std::clamp(it.value().toDouble(), 0.0, 1.0));
    return r;
}

domain::Status Store::saveSelfCheck(const SelfCheckRecord &record)
{
    if (!m_open)
        return domain::Error{{}, tr("the cache is not open")};
    QJsonArray answers;
    for (int a : record.answers)
        answers << a;
    QJsonObject profile;
    for (auto it = record.profile.cbegin(); it != record.profile.cend(); ++it)
        profile.insert(it.key(), it.value());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO self_check (id, taken_at, answers, profile) VALUES (1, ?, ?, ?)"));
    q.addBindValue(record.takenAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return domain::Error{{}, tr("saving the self-check failed: %1").arg(q.lastError().text())};
    emit selfCheckChanged();
    return domain::Ok{};
}

domain::Status Store::deleteSelfCheck()
{
    if (!m_open)
        return domain::Error{{}, tr("the cache is not open")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // Secure delete overwrites the freed content with zeros; the checkpoint then copies the
    // overwritten pages into the database file and truncates the log, which held the old ones.
    const bool done = q.exec(QStringLiteral("PRAGMA secure_delete = ON")) && q.exec(QStringLiteral("DELETE FROM self_check"))
                      && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!done)
        return domain::Error{{}, tr("deleting the self-check failed: %1").arg(q.lastError().text())};
    emit selfCheckChanged();
    return domain::Ok{};
}

} // namespace et::client
