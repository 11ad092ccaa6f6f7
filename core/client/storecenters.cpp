// SPDX-License-Identifier: MIT
// The center search's reads of the offline cache (class Store, see store.h).
#include "clientlogging.h"
#include "store.h"

#include "domain/jsonfieldreader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

namespace {

/// The trigram index needs three characters to look a word up; shorter words are matched by
/// substring on the rows the other conditions leave.
constexpr int kTrigram = 3;

/// An FTS5 phrase for one word: in double quotes, its own quotes doubled, so no word is read as
/// query syntax (AND, NEAR, a column filter, a star).
QString ftsPhrase(const QString &word)
{
    QString quoted = word;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QList<domain::Center> Store::centerCandidates(const CenterFilter &filter) const
{
    QList<domain::Center> out;
    if (!m_open)
        return out;
    QStringList where;
    QVariantList binds;
    QStringList indexed;
    const QStringList words = filter.text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() >= kTrigram) {
            indexed << ftsPhrase(word);
        } else {
            where << QStringLiteral("instr(lower(c.search_text), lower(?)) > 0");
            binds << word;
        }
    }
    if (!indexed.isEmpty()) {
        where.prepend(QStringLiteral("c.rowid IN (SELECT rowid FROM centers_fts WHERE centers_fts MATCH ?)"));
        binds.prepend(indexed.join(QStringLiteral(" AND ")));
    }
    if (filter.hasBox) {
        where << QStringLiteral("c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?");
        binds << filter.south << filter.north << filter.west << filter.east;
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("c.category = ?");
        binds << filter.category;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.category, c.lat, c.lon, json_extract(c.json, '$.services'),"
                             " json_extract(c.json, '$.opens_at'), json_extract(c.json, '$.closes_at'),"
                             " json_extract(c.json, '$.closed_days') FROM centers c%1")
                  .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcClientStore) << "center search failed:" << q.lastError().text();
        return out;
    }
    const QString hhmm = QStringLiteral("HH:mm");
    while (q.next()) {
        domain::Center c;
        c.id = q.value(0).toString();
        c.name = q.value(1).toString();
        c.category = q.value(2).toString();
        c.lat = q.value(3).toDouble();
        c.lon = q.value(4).toDouble();
        c.services = q.value(5).toString();
        c.opensAt = QTime::fromString(q.value(6).toString(), hhmm);
        c.closesAt = QTime::fromString(q.value(7).toString(), hhmm);
        c.closedDays = q.value(8).toString();
        out << c;
    }
    return out;
}

QList<domain::Center> Store::centersById(const QStringList &ids) const
{
    QList<domain::Center> out;
    if (!m_open || ids.isEmpty())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT json FROM centers WHERE id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            continue;
        const auto obj = domain::parseJsonObject(q.value(0).toString().toUtf8());
        auto center = obj.ok() ? domain::Center::fromJson(obj.value()) : domain::Result<domain::Center>(obj.error());
        if (center.ok())
            out << std::move(center).value();
        else
            qCWarning(lcClientStore) << "skipping unreadable cached center:" << center.error().toString();
    }
    return out;
}

} // namespace et::client
