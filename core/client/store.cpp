// SPDX-License-Identifier: MIT
#include "store.h"

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
    // 3: dispatch orders, as the server sends them.
    {
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, truck_id TEXT NOT NULL, status TEXT NOT NULL,"
                       " cursor INTEGER NOT NULL, json TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX orders_by_truck ON orders (truck_id)"),
    },
};

const QString kCursorKey = QStringLiteral("cursor");
const QString kLastSyncedKey = QStringLiteral("last_synced_at");

QString tableFor(domain::EntityKind kind)
{
    switch (kind) {
    case domain::EntityKind::Asset: return QStringLiteral("assets");
    case domain::EntityKind::Truck: return QStringLiteral("trucks");
    case domain::EntityKind::Disaster: return QStringLiteral("disasters");
    case domain::EntityKind::Center: return QStringLiteral("centers");
    case domain::EntityKind::Balance: return QStringLiteral("balance");
    case domain::EntityKind::Order: return QStringLiteral("orders");
    }
    return {};
}

/// The row an upsert writes: query columns taken from the decoded entity, so only valid data lands.
struct Row
{
    QStringList columns;
    QVariantList values;
    void add(const QString &column, const QVariant &value)
    {
        columns << column;
        values << value;
    }
};

/// Decodes `data` as a T and lets `fill` add T's query columns; gives the id found in the payload.
template<typename T, typename Fill>
domain::Result<QString> decodeInto(const QJsonObject &data, Row &row, Fill fill)
{
    auto r = T::fromJson(data);
    if (!r.ok())
        return r.error();
    return fill(r.value(), row);
}

/// Decodes `data` with the entity's codec and builds its row; the error names the field.
domain::Result<Row> rowFor(const domain::Change &change)
{
    Row row;
    domain::Result<QString> decodedId = QString();
    switch (change.entity) {
    case domain::EntityKind::Asset:
        decodedId = decodeInto<domain::Asset>(change.data, row, [](const domain::Asset &a, Row &r) {
            r.add(QStringLiteral("kind"), domain::toString(a.kind));
            r.add(QStringLiteral("name"), a.name);
            r.add(QStringLiteral("region"), a.region);
            r.add(QStringLiteral("status"), domain::toString(a.status));
            return a.id;
        });
        break;
    case domain::EntityKind::Truck:
        decodedId = decodeInto<domain::Truck>(change.data, row, [](const domain::Truck &t, Row &r) {
            r.add(QStringLiteral("name"), t.name);
            r.add(QStringLiteral("status"), domain::toString(t.status));
            r.add(QStringLiteral("lat"), t.lat);
            r.add(QStringLiteral("lon"), t.lon);
            return t.id;
        });
        break;
    case domain::EntityKind::Disaster:
        decodedId = decodeInto<domain::Disaster>(change.data, row, [](const domain::Disaster &d, Row &r) {
            r.add(QStringLiteral("type"), domain::toString(d.type));
            r.add(QStringLiteral("status"), domain::toString(d.status));
            r.add(QStringLiteral("severity"), d.severity);
            return d.id;
        });
        break;
    case domain::EntityKind::Center:
        decodedId = decodeInto<domain::Center>(change.data, row, [](const domain::Center &c, Row &r) {
            r.add(QStringLiteral("name"), c.name);
            r.add(QStringLiteral("category"), c.category);
            r.add(QStringLiteral("lat"), c.lat);
            r.add(QStringLiteral("lon"), c.lon);
            return c.id;
        });
        break;
    case domain::EntityKind::Order:
        decodedId = decodeInto<domain::DispatchOrder>(change.data, row, [](const domain::DispatchOrder &o, Row &r) {
            r.add(QStringLiteral("truck_id"), o.truckId);
            r.add(QStringLiteral("status"), domain::toString(o.status));
            return o.id;
        });
        break;
    case domain::EntityKind::Balance:
        // The balance carries no id of its own; it is filed under the change's.
        decodedId = decodeInto<domain::EnergyBalance>(change.data, row, [&change](const domain::EnergyBalance &b, Row &r) {
            r.add(QStringLiteral("timestamp"), domain::toIsoUtc(b.timestamp));
            return change.id;
        });
        break;
    }
    if (!decodedId.ok())
        return decodedId.error();
    // A change whose key disagrees with its payload would file the entity under the wrong id.
    if (decodedId.value() != change.id)
        return Error{QStringLiteral("id"), Store::tr("is \"%1\" but the change is for \"%2\"").arg(decodedId.value(), change.id)};
    row.add(QStringLiteral("id"), change.id);
    row.add(QStringLiteral("cursor"), change.cursor);
    row.add(QStringLiteral("json"), QString::fromUtf8(QJsonDocument(change.data).toJson(QJsonDocument::Compact)));
    return row;
}

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

Status Store::open(const QString &filePath)
{
    close();
    // A file that does not even start like SQLite is refused before the driver touches it, so a
    // mistyped path to some other file is reported and left intact.
    QFile file(filePath);
    if (file.exists() && file.size() > 0) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{{}, tr("cannot read %1: %2").arg(filePath, file.errorString())};
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error{{}, tr("%1 is not a SQLite database (wrong file header); move it away to start a fresh cache").arg(filePath)};
    }
    file.close();

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(filePath);
        // The console and the CLI may share one cache; wait for the other writer instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString why = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error{{}, tr("cannot open %1: %2").arg(filePath, why)};
        }
    }
    m_open = true;
    m_filePath = filePath;

    auto fail = [this, &filePath](const QString &what) -> Status {
        close();
        return Error{{}, tr("cache %1 is unusable: %2").arg(filePath, what)};
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
    const Status migrated = migrate();
    if (!migrated.ok())
        return fail(migrated.error().toString());
    qCDebug(lcClientStore) << "opened" << filePath << "cursor" << cursor();
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
                            "version or remove the file").arg(found).arg(schemaVersion())};
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
    return decodeRows<domain::Disaster>(readJsonColumn(QStringLiteral("SELECT json FROM disasters ORDER BY id")), "disaster");
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

Status Store::applyChanges(const QList<domain::Change> &changes, qint64 newCursor)
{
    if (!m_open)
        return Error{{}, tr("the cache is not open")};
    if (newCursor < 0 || newCursor > domain::kMaxCursor)
        return Error{QStringLiteral("cursor"), tr("%1 is out of range").arg(newCursor)};

    // Validate everything before the transaction starts, so a bad change costs no write at all.
    QList<Row> rows;
    rows.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto &change = changes.at(i);
        if (change.id.isEmpty())
            return Error{describe(change, i), tr("has no id")};
        if (change.op == domain::ChangeOp::Delete) {
            rows.append(Row{});
            continue;
        }
        auto row = rowFor(change);
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
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const auto &change = changes.at(i);
        const QString table = tableFor(change.entity);
        if (change.op == domain::ChangeOp::Delete) {
            q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
            q.addBindValue(change.id);
        } else {
            const Row &row = rows.at(i);
            const QStringList marks(row.columns.size(), QStringLiteral("?"));
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                          .arg(table, row.columns.join(u','), marks.join(u',')));
            for (const QVariant &v : row.values)
                q.addBindValue(v);
        }
        if (!q.exec())
            return abort(q);
        touched.insert(change.entity);
    }
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
