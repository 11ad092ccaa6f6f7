// SPDX-License-Identifier: MIT
// The energy-history half of the offline cache (class Store, see store.h): the last seven
// simulated days at one point a minute, for the console's charts and time slider.
#include "store.h"

#include "clientlogging.h"
#include "domain/energyhistoryrow.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace et::client {

using domain::EnergyHistoryColumns;
using domain::EnergyHistoryPage;
using domain::EnergyHistoryRow;
using domain::Error;
using domain::Ok;
using domain::Status;

namespace {
constexpr qint64 kDay = 86400;

QString idsText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(EnergyHistoryColumns::idsToJson(ids)).toJson(QJsonDocument::Compact));
}

domain::Result<QStringList> idsFromText(const QString &text, const QString &field)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return Error{field, Store::tr("is not a JSON array")};
    return EnergyHistoryColumns::idsFromJson(doc.array(), field);
}
} // namespace

const QHash<int, EnergyHistoryColumns> &Store::historyColumns(int needed) const
{
    if (m_historyColumns.contains(needed) || !m_open)
        return m_historyColumns;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT id, hvdc_link_ids, asset_ids FROM energy_history_columns"))) {
        qCWarning(lcClientStore) << "reading the history's columns failed:" << q.lastError().text();
        return m_historyColumns;
    }
    while (q.next()) {
        auto links = idsFromText(q.value(1).toString(), QStringLiteral("hvdc_link_ids"));
        auto assets = idsFromText(q.value(2).toString(), QStringLiteral("asset_ids"));
        if (links.ok() && assets.ok())
            m_historyColumns.insert(q.value(0).toInt(), {links.value(), assets.value()});
    }
    return m_historyColumns;
}

domain::Result<int> Store::historyColumnsId(const EnergyHistoryColumns &columns)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO energy_history_columns (hvdc_link_ids, asset_ids) VALUES (?, ?)"
                             " ON CONFLICT (hvdc_link_ids, asset_ids) DO UPDATE SET asset_ids = excluded.asset_ids RETURNING id"));
    q.addBindValue(idsText(columns.hvdcLinkIds));
    q.addBindValue(idsText(columns.assetIds));
    if (!q.exec() || !q.next())
        return Error{{}, tr("writing the history's columns failed: %1").arg(q.lastError().text())};
    return q.value(0).toInt();
}

Status Store::appendHistory(const EnergyHistoryPage &page)
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    // Checked before the transaction: a page the cache cannot take costs no write at all.
    if (page.step != domain::HistoryStep::Minute)
        return Error{QStringLiteral("step"), tr("the cache keeps 1-minute history, not %1").arg(domain::toString(page.step))};
    for (qsizetype i = 0; i < page.points.size(); ++i) {
        if (page.points[i].minutes != 1)
            return Error{QStringLiteral("points[%1].minutes").arg(i), tr("is %1, not one minute").arg(page.points[i].minutes)};
    }
    if (page.points.isEmpty())
        return Ok{};

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return Error{{}, tr("cannot start a transaction: %1").arg(db.lastError().text())};
    auto abort = [&db](const QString &why) -> Status {
        db.rollback();
        return Error{{}, tr("writing the energy history failed: %1").arg(why)};
    };
    auto id = historyColumnsId(page.columns);
    if (!id.ok())
        return abort(id.error().toString());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO energy_history (t, columns, %1, hvdc, assets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(EnergyHistoryRow::kScalarColumns)));
    for (const auto &p : page.points) {
        q.addBindValue(p.timestamp.toSecsSinceEpoch());
        q.addBindValue(id.value());
        for (const QVariant &v : EnergyHistoryRow::scalars(p))
            q.addBindValue(v);
        q.addBindValue(EnergyHistoryRow::pack(p.hvdcFlowMw));
        q.addBindValue(EnergyHistoryRow::pack(p.assetOutputMw));
        if (!q.exec())
            return abort(q.lastError().text());
    }
    // The window is counted from the newest minute, whichever side of the page it is on.
    if (!q.exec(QStringLiteral("DELETE FROM energy_history WHERE t <= (SELECT MAX(t) FROM energy_history) - %1").arg(kHistoryDays * kDay)))
        return abort(q.lastError().text());
    if (auto s = commitOrRollback(tr("appending to the energy history")); !s.ok())
        return s;
    qCDebug(lcClientStore) << "history: appended" << page.points.size() << "minutes up to" << page.points.last().timestamp;
    emit historyChanged();
    return Ok{};
}

domain::Result<EnergyHistoryPage> Store::history(const QDateTime &from, const QDateTime &to) const
{
    EnergyHistoryPage page;
    page.from = from;
    page.to = to;
    if (!m_open)
        return page;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, columns, %1, hvdc, assets FROM energy_history WHERE t >= ? AND t < ? ORDER BY t")
                  .arg(QLatin1String(EnergyHistoryRow::kScalarColumns)));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return Error{{}, tr("reading the energy history failed: %1").arg(q.lastError().text())};
    QList<int> ids;
    // At most a point a minute: reserve for the range (bounded, a caller may ask for years).
    const qint64 expected = std::clamp<qint64>(from.secsTo(to) / 60, 0, 7 * 1440 + 1);
    page.points.reserve(expected);
    ids.reserve(expected);
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        const int id = q.value(1).toInt();
        const auto &byId = historyColumns(id);
        const auto columns = byId.constFind(id);
        if (columns == byId.cend())
            return Error{{}, tr("the cached minute at %1 names unknown columns %2").arg(domain::toIsoUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))).arg(id)};
        EnergyHistoryRow::Scalars scalars;
        for (size_t i = 0; i < scalars.size(); ++i)
            scalars[i] = q.value(2 + int(i));
        constexpr int blobs = 2 + int(EnergyHistoryRow::kScalarCount);
        auto point = EnergyHistoryRow::decode(t, 1, scalars, q.value(blobs).toByteArray(), q.value(blobs + 1).toByteArray(), *columns);
        if (!point.ok())
            return point.error().prefixed(QStringLiteral("energy_history[t=%1]").arg(t));
        page.points << std::move(point).value();
        ids << id;
    }
    page.columns = EnergyHistoryRow::unite(page.points, ids, m_historyColumns);
    return page;
}

QVariant Store::historyScalar(const QString &sql) const
{
    if (!m_open)
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QDateTime Store::newestHistoryMinute() const
{
    const QVariant t = historyScalar(QStringLiteral("SELECT MAX(t) FROM energy_history"));
    return t.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(t.toLongLong(), Qt::UTC);
}

QDateTime Store::oldestHistoryMinute() const
{
    const QVariant t = historyScalar(QStringLiteral("SELECT MIN(t) FROM energy_history"));
    return t.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(t.toLongLong(), Qt::UTC);
}

qint64 Store::historyMinutes() const
{
    return historyScalar(QStringLiteral("SELECT COUNT(*) FROM energy_history")).toLongLong();
}

Status Store::clearHistory()
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("DELETE FROM energy_history")))
        return Error{{}, tr("clearing the energy history failed: %1").arg(q.lastError().text())};
    emit historyChanged();
    return Ok{};
}

} // namespace et::client
