// SPDX-License-Identifier: MIT
// Store on real SQLite files: schema version and WAL, the upgrade from schema 1, cursors,
// compaction, paging, reopening, command records committed with their effect, deletes as
// tombstones, their purge and the horizon.
#include "store/store.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et::backend;
using et::domain::Change;
using et::domain::ChangeOp;
using et::domain::EntityKind;

namespace {
const QDateTime kSim(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);

IdempotencyRecord recordFor(const QString &key, const QDateTime &createdAt)
{
    return IdempotencyRecord{key, QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), QByteArray(64, 'a'), 201,
                             QJsonObject{{QStringLiteral("id"), key}}, createdAt};
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QJsonObject thing(const QString &id, int n) { return {{QStringLiteral("id"), id}, {QStringLiteral("n"), n}}; }

    // Reads a PRAGMA through a connection of our own, not the store's.
    QVariant pragma(const QString &path, const QString &name)
    {
        QVariant out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                    out = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return out;
    }

private slots:
    void schemaVersionAndWal()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(!store.isSeeded());
            QCOMPARE(store.cursor(), 0);
        }
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), Store::kSchemaVersion);
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    }

    void refusesANewerSchemaAndGarbage()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
        Store a;
        const auto s = a.open(newer);
        QVERIFY(!s.ok());
        QVERIFY(s.error().toString().contains(QStringLiteral("newer")));

        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Store b;
        QVERIFY(!b.open(junk).ok());
    }

    void cursorsIncreaseAndTheLogIsCompacted()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("log.sqlite"))).ok());
        QSignalSpy committed(&store, &Store::committed);
        auto first = store.write({{EntityKind::Truck, QStringLiteral("t1"), thing(QStringLiteral("t1"), 1)},
                                  {EntityKind::Truck, QStringLiteral("t2"), thing(QStringLiteral("t2"), 1)},
                                  {EntityKind::Asset, QStringLiteral("t1"), thing(QStringLiteral("t1"), 1)}});
        QVERIFY(first.ok());
        QCOMPARE(first.value().size(), 3);
        QCOMPARE(first.value()[0].cursor, 1);
        QCOMPARE(first.value()[2].cursor, 3);
        QCOMPARE(committed.size(), 1);
        auto second = store.write({{EntityKind::Truck, QStringLiteral("t1"), thing(QStringLiteral("t1"), 2)}});
        QVERIFY(second.ok());
        QCOMPARE(second.value()[0].cursor, 4);
        QCOMPARE(store.cursor(), 4);

        // Same id in two entity kinds are two entries; t1 the truck appears once, at its newest.
        auto all = store.changesSince(0, 100);
        QVERIFY(all.ok());
        QCOMPARE(all.value().changes.size(), 3);
        QCOMPARE(all.value().changes.last().id, QStringLiteral("t1"));
        QCOMPARE(all.value().changes.last().cursor, 4);
        QCOMPARE(all.value().changes.last().data.value(QStringLiteral("n")).toInt(), 2);
        QCOMPARE(all.value().cursor, 4);
        QVERIFY(!all.value().hasMore);

        auto page = store.changesSince(0, 2);
        QVERIFY(page.ok());
        QCOMPARE(page.value().changes.size(), 2);
        QVERIFY(page.value().hasMore);
        QCOMPARE(page.value().cursor, page.value().changes.last().cursor);

        auto read = store.read(EntityKind::Truck, QStringLiteral("t1"));
        QVERIFY(read.ok() && read.value());
        QCOMPARE(read.value()->value(QStringLiteral("n")).toInt(), 2);
        QVERIFY(store.read(EntityKind::Truck, QStringLiteral("nope")).value() == std::nullopt);
        QCOMPARE(store.readAll(EntityKind::Truck).value().size(), 2);
    }

    void reopenKeepsCursorAndMeta()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.write({{EntityKind::Disaster, QStringLiteral("d"), thing(QStringLiteral("d"), 1)}},
                                {{QStringLiteral("seeded_at"), QStringLiteral("now")}}).ok());
        }
        Store again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.cursor(), 1);
        QVERIFY(again.isSeeded());
        QCOMPARE(again.meta(QStringLiteral("seeded_at")).value_or(QString()), QStringLiteral("now"));
        auto next = again.write({{EntityKind::Disaster, QStringLiteral("e"), thing(QStringLiteral("e"), 1)}});
        QCOMPARE(next.value().first().cursor, 2);
    }

    void upgradesSchemaOneAndMovesItsDisasterKeys()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // Schema 1 as it was shipped, with a disaster registered under an idempotency key.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *table : {"assets", "trucks", "disasters", "balance", "centers"})
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, data TEXT NOT NULL, cursor INTEGER NOT NULL)").arg(QLatin1String(table))));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE changes (entity TEXT NOT NULL, id TEXT NOT NULL, cursor INTEGER NOT NULL, op TEXT NOT NULL, data TEXT, PRIMARY KEY (entity, id))")));
            QVERIFY(q.exec(QStringLiteral("CREATE UNIQUE INDEX changes_cursor ON changes(cursor)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO disasters VALUES('dis-1', '{\"id\":\"dis-1\",\"severity\":3}', 7)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO changes VALUES('disaster', 'dis-1', 7, 'upsert', '{\"id\":\"dis-1\",\"severity\":3}')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES('idempotency:disasters:key-1', 'dis-1')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES('seeded_at', 'then')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        {
            Store store;
            const auto opened = store.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
            QCOMPARE(store.cursor(), 7);
            QVERIFY(store.isSeeded());
            const auto key = store.idempotencyRecord(QStringLiteral("key-1"));
            QVERIFY(key.ok() && key.value());
            QCOMPARE(key.value()->status, 201);
            QCOMPARE(key.value()->path, QStringLiteral("/api/v1/disasters"));
            QCOMPARE(key.value()->body.value(QStringLiteral("id")).toString(), QStringLiteral("dis-1"));
            QVERIFY(key.value()->requestHash.isEmpty());
            QVERIFY(!store.meta(QStringLiteral("idempotency:disasters:key-1")));
            // The new tables work on the upgraded file.
            QVERIFY(store.write({{EntityKind::Order, QStringLiteral("ord-1"), thing(QStringLiteral("ord-1"), 1)}}).ok());
            QVERIFY(store.write({EntityWrite::removal(EntityKind::Order, QStringLiteral("ord-1"), kSim)}).ok());
        }
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), Store::kSchemaVersion);
    }

    void upgradesSchemaTwoWithTheAccountTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.write({{EntityKind::Asset, QStringLiteral("a-1"), thing(QStringLiteral("a-1"), 1)}}).ok());
        }
        {
            // Back to what a schema-2 server wrote: no account, audit, history or forecast tables.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"DROP TABLE audit", "DROP TABLE refresh_tokens", "DROP TABLE logins", "DROP TABLE users",
                                    "DROP TABLE energy_history_minutes", "DROP TABLE energy_history_hours",
                                    "DROP TABLE energy_history_columns", "DROP TABLE forecast", "PRAGMA user_version = 2"})
                QVERIFY2(q.exec(QLatin1String(sql)), sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        {
            Store store;
            const auto opened = store.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
            QVERIFY(store.read(EntityKind::Asset, QStringLiteral("a-1")).value().has_value());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users(id, email, role, password_hash, disabled, created_at) "
                                          "VALUES('usr-1', 'A@x.io', 'admin', 'h', 0, 'now')")));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO users(id, email, role, password_hash, disabled, created_at) "
                                           "VALUES('usr-2', 'a@X.io', 'viewer', 'h', 0, 'now')"))); // e-mails are unique in any case
            QVERIFY(q.exec(QStringLiteral("INSERT INTO audit VALUES(1, 'now', NULL, NULL, NULL, 'POST', '/p', 'r', 200, 'ok', 'x', 'y')")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET result = 'changed'")));
            QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
        }
        QCOMPARE(pragma(path, QStringLiteral("user_version")).toInt(), Store::kSchemaVersion);
    }

    void aCommandRecordCommitsWithItsEffectOrNotAtAll()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("commands.sqlite"))).ok());
        QSignalSpy committed(&store, &Store::committed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StoreTransaction first;
        first.writes = {{EntityKind::Order, QStringLiteral("ord-1"), thing(QStringLiteral("ord-1"), 1)}};
        first.idempotency = recordFor(QStringLiteral("k1"), now);
        QVERIFY(store.commit(first).ok());
        const auto recorded = store.idempotencyRecord(QStringLiteral("k1"));
        QVERIFY(recorded.ok() && recorded.value());
        QCOMPARE(recorded.value()->body, first.idempotency->body);
        QCOMPARE(recorded.value()->requestHash, first.idempotency->requestHash);
        QCOMPARE(committed.size(), 1);

        // The same key again: the record's insert fails, so the effect beside it is rolled back.
        StoreTransaction second;
        second.writes = {{EntityKind::Order, QStringLiteral("ord-2"), thing(QStringLiteral("ord-2"), 1)},
                         {EntityKind::Truck, QStringLiteral("t1"), thing(QStringLiteral("t1"), 1)}};
        second.idempotency = recordFor(QStringLiteral("k1"), now);
        QVERIFY(!store.commit(second).ok());
        QCOMPARE(store.cursor(), 1);
        QCOMPARE(committed.size(), 1);
        QVERIFY(!store.read(EntityKind::Order, QStringLiteral("ord-2")).value());
        QVERIFY(!store.read(EntityKind::Truck, QStringLiteral("t1")).value());
        QCOMPARE(store.changesSince(0, 100).value().changes.size(), 1);
        // And the store still works.
        QVERIFY(store.write({{EntityKind::Truck, QStringLiteral("t1"), thing(QStringLiteral("t1"), 2)}}).ok());
        QCOMPARE(store.cursor(), 2);
    }

    void idempotencyKeysExpireAfterSevenDays()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("expiry.sqlite"))).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[key, age] : {std::pair{"old", 8 * 86400}, std::pair{"recent", 6 * 86400}}) {
            StoreTransaction t;
            t.idempotency = recordFor(QLatin1String(key), now.addSecs(-age));
            QVERIFY(store.commit(t).ok());
        }
        StoreTransaction t;
        t.idempotency = recordFor(QStringLiteral("new"), now);
        QVERIFY(store.commit(t).ok());
        QVERIFY(!store.idempotencyRecord(QStringLiteral("old")).value());
        QVERIFY(store.idempotencyRecord(QStringLiteral("recent")).value());
        QVERIFY(store.idempotencyRecord(QStringLiteral("new")).value());
    }

    void deletesAreTombstonesUntilPurged()
    {
        const QString path = m_dir.filePath(QStringLiteral("tombstones.sqlite"));
        qint64 deleteCursor = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.write({{EntityKind::Center, QStringLiteral("c1"), thing(QStringLiteral("c1"), 1)},
                                 {EntityKind::Order, QStringLiteral("ord-1"), thing(QStringLiteral("ord-1"), 1)},
                                 {EntityKind::Order, QStringLiteral("ord-2"), thing(QStringLiteral("ord-2"), 1)}}).ok());
            QSignalSpy committed(&store, &Store::committed);
            auto removed = store.write({EntityWrite::removal(EntityKind::Order, QStringLiteral("ord-1"), kSim)});
            QVERIFY(removed.ok());
            deleteCursor = removed.value().first().cursor;
            QCOMPARE(deleteCursor, 4);
            QCOMPARE(committed.size(), 1);
            QVERIFY(removed.value().first().op == ChangeOp::Delete);
            QVERIFY(!store.read(EntityKind::Order, QStringLiteral("ord-1")).value());

            // A delta shows the delete; a snapshot only what exists.
            const auto delta = store.changesSince(3, 100).value();
            QCOMPARE(delta.changes.size(), 1);
            QVERIFY(delta.changes[0].op == ChangeOp::Delete);
            QCOMPARE(delta.changes[0].id, QStringLiteral("ord-1"));
            QVERIFY(delta.changes[0].data.isEmpty());
            const auto snapshot = store.changesSince(0, 100).value();
            QCOMPARE(snapshot.changes.size(), 2);
            QCOMPARE(snapshot.cursor, 4);
            QCOMPARE(store.horizon(), 0);

            // Purging before the delete's time keeps it; after, it goes and the horizon moves there.
            StoreTransaction early;
            early.purgeTombstonesBefore = kSim;
            QVERIFY(store.commit(early).ok());
            QCOMPARE(store.changesSince(3, 100).value().changes.size(), 1);
            StoreTransaction late;
            late.purgeTombstonesBefore = kSim.addSecs(1);
            QVERIFY(store.commit(late).ok());
            QCOMPARE(store.horizon(), deleteCursor);
            QVERIFY(store.changesSince(3, 100).value().changes.isEmpty());
            QCOMPARE(store.cursor(), 4);
        }
        // The horizon and the cursor survive a restart, though the newest log row is gone.
        Store again;
        QVERIFY(again.open(path).ok());
        QCOMPARE(again.horizon(), deleteCursor);
        QCOMPARE(again.cursor(), 4);
        QCOMPARE(again.write({{EntityKind::Order, QStringLiteral("ord-3"), thing(QStringLiteral("ord-3"), 1)}}).value().first().cursor, 5);
    }

    void snapshotPagesNeverEndBelowTheHorizon()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("horizon.sqlite"))).ok());
        QList<EntityWrite> writes;
        for (int i = 0; i < 6; ++i)
            writes.append({EntityKind::Center, QStringLiteral("c%1").arg(i), thing(QStringLiteral("c%1").arg(i), i)});
        QVERIFY(store.write(writes).ok());
        QVERIFY(store.write({{EntityKind::Order, QStringLiteral("ord-1"), thing(QStringLiteral("ord-1"), 1)}}).ok());
        QVERIFY(store.write({EntityWrite::removal(EntityKind::Order, QStringLiteral("ord-1"), kSim)}).ok());
        QVERIFY(store.write({{EntityKind::Truck, QStringLiteral("t1"), thing(QStringLiteral("t1"), 1)},
                             {EntityKind::Truck, QStringLiteral("t2"), thing(QStringLiteral("t2"), 1)}}).ok());
        StoreTransaction purge;
        purge.purgeTombstonesBefore = kSim.addSecs(1);
        QVERIFY(store.commit(purge).ok());
        QCOMPARE(store.horizon(), 8);

        // Page with limit 2: the first page holds the six centers below the horizon and continues
        // from the horizon, so the next page is a since the server answers.
        QList<Change> all;
        qint64 since = 0;
        for (int pages = 0; pages < 10; ++pages) {
            const auto page = store.changesSince(since, 2);
            QVERIFY(page.ok());
            QVERIFY(since == 0 || since >= store.horizon());
            all += page.value().changes;
            since = page.value().cursor;
            if (!page.value().hasMore)
                break;
        }
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.first().id, QStringLiteral("c0"));
        QCOMPARE(all.last().id, QStringLiteral("t2"));
        QCOMPARE(since, store.cursor());
        QCOMPARE(store.changesSince(0, 2).value().changes.size(), 6);
        QCOMPARE(store.changesSince(0, 2).value().cursor, 8);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_backendstore.moc"
