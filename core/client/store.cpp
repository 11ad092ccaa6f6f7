// SPDX-License-Identifier: MIT
#include "store.h"

#include "domain/dispatch/dispatchplanjson.h"
#include "domain/energy/forecastjson.h"

#include "cachedecode.h"
#include "cacherow.h"
#include "clientlogging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <functional>
#include <set>

namespace et::client {

using domain::Error;
using domain::Ok;
using domain::Status;

namespace {

// Each entry moves the schema from version (index) to (index + 1). Never edit a released step:
// caches in the field are at every version, so changes go into a new step at the end.
const QList<QStringList> kMigrations = {
    // 1: one table per entity kind. The entity JSON is the source of truth (it was validated by
    // the domain codec before it was written); the other columns exist to query and sort by.
    {
        QStringLiteral("CREATE TABLE assets (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,"
                       " region TEXT NOT NULL, status TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE trucks (id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE disasters (id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL,"
                       " severity INTEGER NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE centers (id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE balance (id TEXT PRIMARY KEY, timestamp TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    },
    // 2: positions as columns, so map viewports and "near me" can be answered by an index
    // instead of decoding every row; backfilled from the JSON already in the cache.
    {
        QStringLiteral("ALTER TABLE trucks ADD COLUMN lat REAL"),
        QStringLiteral("ALTER TABLE trucks ADD COLUMN lon REAL"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN lat REAL"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN lon REAL"),
        QStringLiteral("UPDATE trucks SET lat = json_extract(json, '$.lat'), lon = json_extract(json, '$.lon')"),
        QStringLiteral("UPDATE centers SET lat = json_extract(json, '$.lat'), lon = json_extract(json, '$.lon')"),
        QStringLiteral("CREATE INDEX centers_by_position ON centers (lat, lon)"),
        QStringLiteral("CREATE INDEX centers_by_category ON centers (category)"),
        QStringLiteral("CREATE INDEX disasters_by_status ON disasters (status)"),
    },
    // 3: dispatch orders as the server sends them, and the outbox of operator commands. The
    // outbox keeps each command as the JSON of domain::OperatorCommand; `seq` is the order in
    // which the operator gave them, which is the order they must reach the server in.
    {
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, truck_id TEXT NOT NULL, status TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX orders_by_truck ON orders (truck_id)"),
        QStringLiteral("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE,"
                       " target_kind TEXT NOT NULL, target_id TEXT NOT NULL, json TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)"),
        QStringLiteral("CREATE TABLE rejected_commands (key TEXT PRIMARY KEY, json TEXT NOT NULL, reason TEXT NOT NULL,"
                       " code TEXT NOT NULL, rejected_at TEXT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0)"),
    },
    // 4: the energy history of the last 7 days, a row per simulated minute, in the server's own
    // compact form (domain::EnergyHistoryRow): hundredths and int32 BLOBs in the order of the
    // row's columns. `t` (Unix seconds) is the INTEGER PRIMARY KEY, i.e. the rowid, so the table
    // is stored in time order and the time slider's range reads walk that b-tree directly.
    {
        QStringLiteral("CREATE TABLE energy_history_columns (id INTEGER PRIMARY KEY, hvdc_link_ids TEXT NOT NULL,"
                       " asset_ids TEXT NOT NULL, UNIQUE (hvdc_link_ids, asset_ids))"),
        QStringLiteral("CREATE TABLE energy_history (t INTEGER PRIMARY KEY, columns INTEGER NOT NULL REFERENCES energy_history_columns(id),"
                       " demand INTEGER NOT NULL, thermal INTEGER NOT NULL, wind INTEGER NOT NULL, solar INTEGER NOT NULL,"
                       " truck_discharge INTEGER NOT NULL, curtailment INTEGER NOT NULL, smp INTEGER NOT NULL,"
                       " hvdc BLOB NOT NULL, assets BLOB NOT NULL)"),
    },
    // 5: the energy forecast the server issued last (one row, id "current"), kept whole so the
    // console shows it offline and can recompute it from its weather outlook.
    {
        QStringLiteral("CREATE TABLE forecast (id TEXT PRIMARY KEY, issued TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
    },
    // 6: each cached minute's carbon intensity (hundredths of gCO₂eq/kWh), NULL for minutes
    // cached before the server sent it.
    {
        QStringLiteral("ALTER TABLE energy_history ADD COLUMN carbon INTEGER"),
    },
    // 7: the truck dispatch's suggestions the server computed last (one row, id "current"), kept
    // whole so the console and the CLI show and accept them offline.
    {
        QStringLiteral("CREATE TABLE dispatch_plan (id TEXT PRIMARY KEY, computed_at TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
    },
    // 8: each truck's SoC by simulated minute (the last update of the minute), for its chart;
    // the last kTruckSocHours are kept.
    {
        QStringLiteral("CREATE TABLE truck_soc (truck_id TEXT NOT NULL, minute INTEGER NOT NULL, soc REAL NOT NULL, PRIMARY KEY (truck_id, minute))"),
    },
    // 9: the alarms as the server sends them (issue 18), each with its recent journal, so the
    // console and the CLI list them and read their story offline.
    {
        QStringLiteral("CREATE TABLE alarms (id TEXT PRIMARY KEY, state TEXT NOT NULL, priority TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
    },
    // 10: the user's favorite centers (issue 19): theirs alone, in their own cache, never sent.
    {
        QStringLiteral("CREATE TABLE favorite_centers (center_id TEXT PRIMARY KEY, added_at TEXT NOT NULL)"),
    },
    // 11: the center search (issue 19). The fields a ranking reads become columns, so a search
    // over many rows decodes no JSON; name, addresses and services are indexed together by an
    // FTS5 trigram index so a Korean word matches inside a longer one ("건강" in
    // "정신건강복지센터"). The index reads its text from the centers table (external content) and
    // the triggers keep it in step; rows are upserted in place (CacheRow), so a center keeps its
    // rowid and the index its entry.
    {
        QStringLiteral("ALTER TABLE centers ADD COLUMN road_address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN lot_address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN services TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN opens_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN closes_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN closed_days TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE centers ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE centers SET road_address = coalesce(json_extract(json, '$.road_address'), ''),"
                       " lot_address = coalesce(json_extract(json, '$.lot_address'), ''),"
                       " services = coalesce(json_extract(json, '$.services'), ''),"
                       " opens_at = coalesce(json_extract(json, '$.opens_at'), ''),"
                       " closes_at = coalesce(json_extract(json, '$.closes_at'), ''),"
                       " closed_days = coalesce(json_extract(json, '$.closed_days'), '')"),
        QStringLiteral("UPDATE centers SET search_text = name || char(10) || road_address || char(10) || lot_address || char(10) || services"),
        QStringLiteral("CREATE VIRTUAL TABLE centers_fts USING fts5(search_text, content='centers', content_rowid='rowid',"
                       " tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER centers_fts_insert AFTER INSERT ON centers BEGIN"
                       " INSERT INTO centers_fts (rowid, search_text) VALUES (new.rowid, new.search_text); END"),
        QStringLiteral("CREATE TRIGGER centers_fts_delete AFTER DELETE ON centers BEGIN"
                       " INSERT INTO centers_fts (centers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END"),
        QStringLiteral("CREATE TRIGGER centers_fts_update AFTER UPDATE OF search_text ON centers BEGIN"
                       " INSERT INTO centers_fts (centers_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);"
                       " INSERT INTO centers_fts (rowid, search_text) VALUES (new.rowid, new.search_text); END"),
        QStringLiteral("INSERT INTO centers_fts (centers_fts) VALUES ('rebuild')"),
    },
    // 12: the user's private self-check (issue 19): one row, on this device only, never sent;
    // deleted with one action (Store::deleteSelfCheck, which also overwrites the freed pages).
    {
        QStringLiteral("CREATE TABLE self_check (id INTEGER PRIMARY KEY CHECK (id = 1), taken_at TEXT NOT NULL,"
                       " answers TEXT NOT NULL, profile TEXT NOT NULL)"),
    },
    // 13: operators' notices on centers and users' reviews of them (issue 19), readable offline.
    // Centers need no step for their staff counts: the JSON column carries them, and the server
    // sends the centers that gained them as changes.
    {
        QStringLiteral("CREATE TABLE center_notices (id TEXT PRIMARY KEY, center_id TEXT NOT NULL, ends_at TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX center_notices_by_center ON center_notices (center_id)"),
        QStringLiteral("CREATE TABLE center_reviews (id TEXT PRIMARY KEY, center_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX center_reviews_by_center ON center_reviews (center_id)"),
    },
};

constexpr qint64 kMappedBytes = 256ll * 1024 * 1024;
const QString kCursorKey = QStringLiteral("cursor");
constexpr domain::EntityKind kEntityKinds[] = {domain::EntityKind::Asset, domain::EntityKind::Truck, domain::EntityKind::Disaster,
                                               domain::EntityKind::Center, domain::EntityKind::Balance, domain::EntityKind::Order,
                                               domain::EntityKind::Forecast, domain::EntityKind::DispatchPlan, domain::EntityKind::Alarm,
                                               domain::EntityKind::CenterNotice, domain::EntityKind::CenterReview};
const QString kLastSyncedKey = QStringLiteral("last_synced_at");

QString describe(const domain::Change &change, qsizetype index)
{
    return Store::tr("change %1 (%2 \"%3\", cursor %4)")
        .arg(index)
        .arg(domain::toString(change.entity), change.id)
        .arg(change.cursor);
}

/// Decodes every stored JSON row of one table; a row that no longer decodes is logged and left
/// out rather than shown half-filled (it can only appear if the file was altered behind our back).
template<typename T>
QList<T> decodeRows(const QStringList &rows, const char *what)
{
    QList<T> out;
    out.reserve(rows.size());
    for (const QString &json : rows) {
        auto obj = domain::parseJsonObject(json.toUtf8());
        auto r = obj.ok() ? T::fromJson(obj.value()) : domain::Result<T>(obj.error());
        if (r.ok())
            out.append(std::move(r).value());
        else
            qCWarning(lcClientStore) << "skipping unreadable cached" << what << ":" << r.error().toString();
    }
    return out;
}

} // namespace

Store::Store(QObject *parent)
    : QObject(parent), m_connectionName(QStringLiteral("et-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    close();
}

int Store::schemaVersion()
{
    return int(kMigrations.size());
}

Status Store::open(const QString &filePath, Access access)
{
    close();
    // A file that does not even start like SQLite is refused before the driver touches it, so a
    // mistyped path to some other file is reported and left intact.
    QFile file(filePath);
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{{}, tr("cannot read %1: %2").arg(filePath, file.errorString())};
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error{{}, tr("%1 is not a SQLite database (wrong file header)").arg(filePath), QLatin1String(kDamagedCode)};
    }
    file.close();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(filePath);
        // The console and the CLI may share one cache; wait for the other writer instead of failing.
        db.setConnectOptions(access == Access::Reader ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error{{}, tr("cannot open %1: %2").arg(filePath, why)};
        }
    }
    m_open = true;
    m_filePath = filePath;
    if (access == Access::Reader)
        return openedForReading();

    auto fail = [this, &filePath](const QString &what, const QString &code = QLatin1String(kDamagedCode)) -> Status {
        close();
        return Error{{}, tr("cache %1 is unusable: %2").arg(filePath, what), code};
    };
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // quick_check reads every page, so a truncated or overwritten file is caught here and not in
    // the middle of a sync. The cache is small (a few MB), so this costs milliseconds.
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(q.lastError().text());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(problems.mid(0, 3).join(QStringLiteral("; ")));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return fail(q.lastError().text());
    // Reads straight from the mapped file instead of a read() per page: the charts read a week of
    // history (about 2 MB) at once, and the center search reads rows by position from anywhere
    // in the file (100,000 centers are 150 MB). Address space only; pages load as they are read.
    if (!q.exec(QStringLiteral("PRAGMA mmap_size=%1").arg(kMappedBytes)))
        return fail(q.lastError().text());
    const Status migrated = migrate();
    if (!migrated.ok())
        return fail(migrated.error().toString(), migrated.error().code.isEmpty() ? QLatin1String(kDamagedCode) : migrated.error().code);
    qCDebug(lcClientStore) << "opened" << filePath << "cursor" << cursor();
    return Ok{};
}

Status Store::openedForReading()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QString why = q.lastError().text();
        close();
        return Error{{}, tr("cannot read %1: %2").arg(m_filePath, why)};
    }
    if (const int found = q.value(0).toInt(); found != schemaVersion()) {
        close();
        return Error{{}, tr("cache %1 is at schema version %2, not %3: its owner opens it first").arg(m_filePath).arg(found).arg(schemaVersion()),
                     QLatin1String(found > schemaVersion() ? kNewerSchemaCode : kDamagedCode)};
    }
    // The same page mapping as the owner's: a week of history is read in one pass.
    if (!q.exec(QStringLiteral("PRAGMA mmap_size=%1").arg(kMappedBytes)))
        qCWarning(lcClientStore) << "no memory-mapped reads for" << m_filePath << ":" << q.lastError().text();
    return Ok{};
}

Status Store::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{{}, q.lastError().text()};
    const int found = q.value(0).toInt();
    if (found > schemaVersion())
        return Error{{}, tr("its schema version %1 is newer than this program understands (%2); use a newer "
                            "version or remove the file").arg(found).arg(schemaVersion()), QLatin1String(kNewerSchemaCode)};
    for (int version = found; version < schemaVersion(); ++version) {
        // One transaction per step: a crash mid-migration leaves the previous version intact.
        if (!db.transaction())
            return Error{{}, db.lastError().text()};
        for (const QString &sql : kMigrations.at(version)) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Error{{}, tr("migration to version %1 failed: %2").arg(version + 1).arg(why)};
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !db.commit()) {
            db.rollback();
            return Error{{}, tr("migration to version %1 failed: %2").arg(version + 1).arg(db.lastError().text())};
        }
        qCInfo(lcClientStore) << "migrated" << m_filePath << "to schema version" << version + 1;
    }
    return Ok{};
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_historyColumns.clear();
}

bool Store::isOpen() const
{
    return m_open;
}

QString Store::filePath() const
{
    return m_filePath;
}

QStringList Store::readJsonColumn(const QString &sql) const
{
    QStringList rows;
    if (!m_open)
        return rows;
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(sql)) {
        qCWarning(lcClientStore) << "query failed:" << sql << q.lastError().text();
        return rows;
    }
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

QList<domain::Asset> Store::assets() const
{
    return decodeRows<domain::Asset>(readJsonColumn(QStringLiteral("SELECT json FROM assets ORDER BY id")), "asset");
}

QList<domain::Truck> Store::trucks() const
{
    return decodeRows<domain::Truck>(readJsonColumn(QStringLiteral("SELECT json FROM trucks ORDER BY id")), "truck");
}

QList<domain::Disaster> Store::disasters() const
{
    return decodeObjects<domain::Disaster>(
        withOptimisticEffects(domain::EntityKind::Disaster, QStringLiteral("SELECT id, json FROM disasters ORDER BY id")), "disaster");
}

QList<domain::DispatchOrder> Store::orders() const
{
    QList<domain::DispatchOrder> list = decodeObjects<domain::DispatchOrder>(
        withOptimisticEffects(domain::EntityKind::Order, QStringLiteral("SELECT id, json FROM orders")), "order");
    // Newest first: what the operator just did is on top. The id breaks ties so the order is stable.
    std::sort(list.begin(), list.end(), [](const domain::DispatchOrder &a, const domain::DispatchOrder &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
    });
    return list;
}

QList<domain::Center> Store::centers() const
{
    return decodeRows<domain::Center>(readJsonColumn(QStringLiteral("SELECT json FROM centers ORDER BY name, id")), "center");
}

std::optional<domain::EnergyBalance> Store::balance() const
{
    const auto rows = decodeRows<domain::EnergyBalance>(
        readJsonColumn(QStringLiteral("SELECT json FROM balance ORDER BY timestamp DESC LIMIT 1")), "balance");
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

namespace {
/// The one row `sql` reads, decoded by `decode`; none when there is none or it no longer decodes.
template<typename T, typename Decode>
std::optional<T> singleRow(const QStringList &rows, Decode decode, const char *what)
{
    if (rows.isEmpty())
        return std::nullopt;
    const auto obj = domain::parseJsonObject(rows.first().toUtf8());
    auto decoded = obj.ok() ? decode(obj.value()) : domain::Result<T>(obj.error());
    if (!decoded.ok()) {
        qCWarning(lcClientStore) << "skipping unreadable cached" << what << ":" << decoded.error().toString();
        return std::nullopt;
    }
    return std::move(decoded).value();
}
} // namespace

std::optional<domain::energy::EnergyForecastResult> Store::forecast() const
{
    return singleRow<domain::energy::EnergyForecastResult>(readJsonColumn(QStringLiteral("SELECT json FROM forecast ORDER BY issued DESC LIMIT 1")),
                                                           &domain::energy::ForecastJson::fromJson, "forecast");
}

QList<domain::alarm::Alarm> Store::alarms() const
{
    return decodeObjects<domain::alarm::Alarm>(
        withOptimisticEffects(domain::EntityKind::Alarm, QStringLiteral("SELECT id, json FROM alarms ORDER BY id")), "alarm");
}

std::optional<domain::dispatch::DispatchPlan> Store::dispatchPlan() const
{
    return singleRow<domain::dispatch::DispatchPlan>(
        readJsonColumn(QStringLiteral("SELECT json FROM dispatch_plan ORDER BY computed_at DESC LIMIT 1")),
        &domain::dispatch::DispatchPlanJson::fromJson, "dispatch plan");
}

qint64 Store::cursor() const
{
    const QStringList rows = readJsonColumn(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
    return rows.isEmpty() ? 0 : rows.first().toLongLong();
}

QDateTime Store::lastSyncedAt() const
{
    const QStringList rows = readJsonColumn(QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_synced_at'"));
    return rows.isEmpty() ? QDateTime() : QDateTime::fromString(rows.first(), Qt::ISODateWithMs).toUTC();
}

Status Store::applyChanges(const QList<domain::Change> &changes, qint64 newCursor, Apply mode)
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    if (newCursor < 0 || newCursor > domain::kMaxCursor)
        return Error{QStringLiteral("cursor"), tr("%1 is out of range").arg(newCursor)};

    // Validate everything before the transaction starts, so a bad change costs no write at all.
    QList<CacheRow> rows;
    rows.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto &change = changes.at(i);
        if (change.id.isEmpty())
            return Error{describe(change, i), tr("has no id")};
        if (change.op == domain::ChangeOp::Delete) {
            rows.append(CacheRow{});
            continue;
        }
        auto row = CacheRow::forChange(change);
        if (!row.ok()) {
            // "change 3 (truck "T-07", cursor 1234): data.soc: 1.7 is out of range [0, 1]"
            const domain::Error &e = row.error();
            return Error{describe(change, i) + QStringLiteral(": data") + (e.field.isEmpty() ? QString() : u'.' + e.field), e.message};
        }
        rows.append(std::move(row).value());
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return Error{{}, tr("cannot start a transaction: %1").arg(db.lastError().text())};
    auto abort = [&db](const QSqlQuery &q) -> Status {
        const QString why = q.lastError().text();
        db.rollback();
        return Error{{}, tr("writing the cache failed: %1").arg(why)};
    };
    std::set<domain::EntityKind> touched;
    QSqlQuery q(db);
    if (mode == Apply::ReplaceAll) {
        for (domain::EntityKind kind : kEntityKinds) {
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(CacheRow::tableFor(kind))))
                return abort(q);
            touched.insert(kind);
        }
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto &change = changes.at(i);
        const QString table = CacheRow::tableFor(change.entity);
        bool done = false;
        if (change.op == domain::ChangeOp::Delete) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(change.id);
            done = q.exec();
        } else {
            done = rows.at(i).upsert(q, table) && (change.entity != domain::EntityKind::Truck || recordTruckSoc(q, change.id, change.data));
        }
        if (!done)
            return abort(q);
        touched.insert(change.entity);
    }
    if (touched.count(domain::EntityKind::Truck) && !pruneTruckSoc(q))
        return abort(q);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(kCursorKey);
    q.addBindValue(QString::number(newCursor));
    q.addBindValue(kLastSyncedKey);
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    if (!q.exec())
        return abort(q);
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error{{}, tr("committing to the cache failed: %1").arg(why)};
    }
    qCDebug(lcClientStore) << "applied" << changes.size() << "changes, cursor" << newCursor;
    for (domain::EntityKind kind : touched)
        emit changed(kind);
    emit syncStateChanged();
    return Ok{};
}

} // namespace et::client
