// SPDX-License-Identifier: MIT
#include "store/energyhistorystore.h"

#include "store/store.h"

#include "domain/asset.h"
#include "domain/energybalance.h"
#include "domain/energyhistoryaggregator.h"
#include "domain/energyhistoryrow.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace et::backend {

using domain::EnergyHistoryRow;
using domain::EnergyHistoryColumns;
using domain::EnergyHistoryPoint;
using domain::Error;
using domain::Ok;
using domain::Result;
using domain::Status;

namespace {
const QString kMinutes = QStringLiteral("energy_history_minutes");
const QString kHours = QStringLiteral("energy_history_hours");
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
const QString kValueColumns = QStringLiteral("t, columns, minutes, %1, hvdc, assets").arg(QLatin1String(EnergyHistoryRow::kScalarColumns));

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{{}, QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

QString idsText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(EnergyHistoryColumns::idsToJson(ids)).toJson(QJsonDocument::Compact));
}

QString keyOf(const QString &hvdcText, const QString &assetText)
{
    return hvdcText + u'\n' + assetText;
}

Result<QStringList> idsFromText(const QString &text, const QString &field)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return Error{field, QStringLiteral("is not a JSON array")};
    return EnergyHistoryColumns::idsFromJson(doc.array(), field);
}

qint64 floorHour(qint64 secs)
{
    return secs - ((secs % kHour) + kHour) % kHour;
}
} // namespace

EnergyHistoryStore::EnergyHistoryStore(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_store.setHistory(this);
}

EnergyHistoryStore::~EnergyHistoryStore()
{
    m_store.setHistory(nullptr);
}

void EnergyHistoryStore::setRetention(int minuteDays, int hourDays)
{
    m_minuteDays = minuteDays;
    m_hourDays = hourDays;
}

Status EnergyHistoryStore::open()
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, hvdc_link_ids, asset_ids FROM energy_history_columns")))
        return sqlError(QStringLiteral("reading the history's columns"), q);
    while (q.next()) {
        const int id = q.value(0).toInt();
        auto links = idsFromText(q.value(1).toString(), QStringLiteral("hvdc_link_ids"));
        auto assets = idsFromText(q.value(2).toString(), QStringLiteral("asset_ids"));
        if (!links.ok() || !assets.ok())
            return (links.ok() ? assets.error() : links.error()).prefixed(QStringLiteral("energy_history_columns %1").arg(id));
        m_columnsById.insert(id, {links.value(), assets.value()});
        m_idByKey.insert(keyOf(q.value(1).toString(), q.value(2).toString()), id);
    }
    Written w;
    if (!q.exec(QStringLiteral("SELECT MAX(t), MIN(t) FROM ") + kMinutes) || !q.next())
        return sqlError(QStringLiteral("reading the newest history minute"), q);
    if (!q.value(0).isNull()) {
        w.newest = q.value(0).toLongLong();
        w.rolledThrough = floorHour(q.value(1).toLongLong());
    }
    if (!q.exec(QStringLiteral("SELECT MAX(t) FROM ") + kHours) || !q.next())
        return sqlError(QStringLiteral("reading the newest hourly mean"), q);
    if (!q.value(0).isNull())
        w.rolledThrough = q.value(0).toLongLong() + kHour;
    m_written = m_staged = w;
    return Ok{};
}

void EnergyHistoryStore::record(const domain::EnergyBalance &balance, const QList<domain::Asset> &assets)
{
    m_pending.append({EnergyHistoryColumns::of(balance, assets), EnergyHistoryPoint::fromBalance(balance, assets)});
}

QDateTime EnergyHistoryStore::newest() const
{
    return m_written.newest < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(m_written.newest, Qt::UTC);
}

QDateTime EnergyHistoryStore::minuteHorizon() const
{
    return m_written.newest < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(m_written.newest - m_minuteDays * kDay, Qt::UTC);
}

Result<int> EnergyHistoryStore::columnsId(const EnergyHistoryColumns &columns)
{
    const QString links = idsText(columns.hvdcLinkIds);
    const QString assets = idsText(columns.assetIds);
    const QString key = keyOf(links, assets);
    if (const auto it = m_idByKey.constFind(key); it != m_idByKey.cend())
        return *it;
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO energy_history_columns(hvdc_link_ids, asset_ids) VALUES(?, ?)"));
    q.addBindValue(links);
    q.addBindValue(assets);
    if (!q.exec())
        return sqlError(QStringLiteral("writing the history's columns"), q);
    const int id = q.lastInsertId().toInt();
    m_idByKey.insert(key, id);
    m_columnsById.insert(id, columns);
    m_columnsAdded << id;
    return id;
}

Status EnergyHistoryStore::insert(const QString &table, int columnsId, const EnergyHistoryPoint &p)
{
    QSqlQuery q(m_store.database());
    // Prepared once per connection by the driver's statement cache is not guaranteed in Qt, but
    // the statement text is constant, so SQLite's own parse is cheap next to the row's write.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1(%2) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(table, kValueColumns));
    q.addBindValue(p.timestamp.toSecsSinceEpoch());
    q.addBindValue(columnsId);
    q.addBindValue(p.minutes);
    for (const QVariant &v : EnergyHistoryRow::scalars(p))
        q.addBindValue(v);
    q.addBindValue(EnergyHistoryRow::pack(p.hvdcFlowMw));
    q.addBindValue(EnergyHistoryRow::pack(p.assetOutputMw));
    if (!q.exec())
        return sqlError(QStringLiteral("writing history at %1").arg(domain::toIsoUtc(p.timestamp)), q);
    return Ok{};
}

Status EnergyHistoryStore::writePending()
{
    m_staged = m_written;
    m_columnsAdded.clear();
    // The same columns minute after minute: look the id up once per run of equal columns.
    const EnergyHistoryColumns *last = nullptr;
    int id = 0;
    for (const Pending &p : std::as_const(m_pending)) {
        if (!last || !(*last == p.columns)) {
            auto found = columnsId(p.columns);
            if (!found.ok())
                return found.error();
            id = found.value();
            last = &p.columns;
        }
        if (auto s = insert(kMinutes, id, p.point); !s.ok())
            return s;
        const qint64 t = p.point.timestamp.toSecsSinceEpoch();
        m_staged.newest = std::max(m_staged.newest, t);
        if (m_staged.rolledThrough < 0)
            m_staged.rolledThrough = floorHour(t);
    }
    if (auto s = writeHourlyMeans(); !s.ok())
        return s;
    return applyRetention();
}

Status EnergyHistoryStore::writeHourlyMeans()
{
    // An hour is complete once its last minute is written.
    const qint64 complete = floorHour(m_staged.newest + 60);
    if (m_staged.rolledThrough < 0 || complete <= m_staged.rolledThrough)
        return Ok{};
    QList<EnergyHistoryPoint> minutes;
    QList<int> ids;
    if (auto s = readTable(kMinutes, m_staged.rolledThrough, complete, minutes, ids); !s.ok())
        return s;
    const EnergyHistoryColumns columns = EnergyHistoryRow::unite(minutes, ids, m_columnsById);
    auto id = columnsId(columns);
    if (!id.ok())
        return id.error();
    for (const EnergyHistoryPoint &hour : domain::EnergyHistoryAggregator::aggregate(minutes, domain::HistoryStep::Hour)) {
        if (auto s = insert(kHours, id.value(), hour); !s.ok())
            return s;
    }
    m_staged.rolledThrough = complete;
    return Ok{};
}

Status EnergyHistoryStore::applyRetention()
{
    QSqlQuery q(m_store.database());
    for (const auto &[table, days] : {std::pair{kMinutes, m_minuteDays}, std::pair{kHours, m_hourDays}}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE t < ?").arg(table));
        q.addBindValue(m_staged.newest - qint64(days) * kDay);
        if (!q.exec())
            return sqlError(QStringLiteral("dropping old rows of %1").arg(table), q);
    }
    return Ok{};
}

void EnergyHistoryStore::endTransaction(bool committed)
{
    if (committed) {
        m_pending.clear();
        m_written = m_staged;
    } else {
        // Rolled back: the columns made meanwhile are not in the file; the minutes wait.
        for (const int id : std::as_const(m_columnsAdded)) {
            const EnergyHistoryColumns c = m_columnsById.take(id);
            m_idByKey.remove(keyOf(idsText(c.hvdcLinkIds), idsText(c.assetIds)));
        }
        m_staged = m_written;
    }
    m_columnsAdded.clear();
}

Status EnergyHistoryStore::readTable(const QString &table, qint64 from, qint64 to, QList<EnergyHistoryPoint> &points, QList<int> &columnsIds) const
{
    if (from >= to)
        return Ok{};
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE t >= ? AND t < ? ORDER BY t").arg(kValueColumns, table));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return sqlError(QStringLiteral("reading %1").arg(table), q);
    while (q.next()) {
        const qint64 t = q.value(0).toLongLong();
        const int id = q.value(1).toInt();
        const auto columns = m_columnsById.constFind(id);
        if (columns == m_columnsById.cend())
            return Error{{}, QStringLiteral("%1 at t=%2 names unknown columns %3").arg(table).arg(t).arg(id)};
        EnergyHistoryRow::Scalars scalars;
        for (size_t i = 0; i < scalars.size(); ++i)
            scalars[i] = q.value(3 + int(i));
        constexpr int blobs = 3 + int(EnergyHistoryRow::kScalarCount);
        auto point = EnergyHistoryRow::decode(t, q.value(2).toInt(), scalars, q.value(blobs).toByteArray(), q.value(blobs + 1).toByteArray(), *columns);
        if (!point.ok())
            return point.error().prefixed(QStringLiteral("%1 at t=%2").arg(table).arg(t));
        points << std::move(point).value();
        columnsIds << id;
    }
    return Ok{};
}

Result<std::optional<qint64>> EnergyHistoryStore::firstAtOrAfter(qint64 from, bool hourly) const
{
    std::optional<qint64> first;
    QSqlQuery q(m_store.database());
    for (const QString &table : hourly ? QStringList{kHours, kMinutes} : QStringList{kMinutes}) {
        q.prepare(QStringLiteral("SELECT MIN(t) FROM %1 WHERE t >= ?").arg(table));
        q.addBindValue(from);
        if (!q.exec() || !q.next())
            return sqlError(QStringLiteral("reading %1").arg(table), q);
        if (!q.value(0).isNull())
            first = std::min(first.value_or(q.value(0).toLongLong()), q.value(0).toLongLong());
    }
    return first;
}

Result<HistoryRows> EnergyHistoryStore::read(qint64 from, qint64 to, bool hourly) const
{
    // Hourly means where they exist; the minutes of the hour in progress after them.
    const qint64 split = hourly ? std::clamp(m_written.rolledThrough < 0 ? from : m_written.rolledThrough, from, to) : from;
    HistoryRows rows;
    QList<int> ids;
    if (auto s = readTable(kHours, from, split, rows.points, ids); !s.ok())
        return s.error();
    if (auto s = readTable(kMinutes, split, to, rows.points, ids); !s.ok())
        return s.error();
    rows.columns = EnergyHistoryRow::unite(rows.points, ids, m_columnsById);
    return rows;
}

} // namespace et::backend
