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
    const QStringList words = filter.text.simplified().split(u' ', Qt::SkipEmptyParts);
    // Who drives: within a box the position index leaves a few hundred rows, and a substring
    // test on them is cheaper than materialising every row the trigram index matches (a common
    // word matches tens of thousands: bench/centers measured 9 against 53 ms at p95). Without a
    // box the trigram index finds the rows; words too short for it are tested on those.
    QStringList indexed;
    for (const QString &word : words) {
        if (!filter.hasBox && word.size() >= kTrigram) {
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
        where.prepend(QStringLiteral("c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?"));
        binds = QVariantList{filter.south, filter.north, filter.west, filter.east} + binds;
    }
    if (!filter.category.isEmpty()) {
        where << QStringLiteral("c.category = ?");
        binds << filter.category;
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.category, c.lat, c.lon, c.road_address, c.lot_address, c.services,"
                             " c.opens_at, c.closes_at, c.closed_days FROM centers c%1")
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
        c.roadAddress = q.value(5).toString();
        c.lotAddress = q.value(6).toString();
        c.services = q.value(7).toString();
        c.opensAt = QTime::fromString(q.value(8).toString(), hhmm);
        c.closesAt = QTime::fromString(q.value(9).toString(), hhmm);
        c.closedDays = q.value(10).toString();
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
