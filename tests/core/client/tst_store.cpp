// SPDX-License-Identifier: MIT
// The offline cache against real SQLite files: migrations, round trips, atomic batches, and what
// happens when the file on disk is not what it should be.
#include "client/store.h"
#include "entityfixtures.h"

#include <QFile>
#include <QJsonObject>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::EntityKind;

namespace {

/// Runs statements on a file through a separate connection, as another program would.
class RawDb
{
public:
    explicit RawDb(const QString &path) : m_name(QStringLiteral("raw-") + path)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive();
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

/// Opens `path` expecting a refusal; gives the error text, or "" when the store opened after all.
QString openFailure(const QString &path)
{
    client::Store store;
    const auto st = store.open(path);
    if (st.ok() || store.isOpen())
        return {};
    return st.error().toString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n)); }

    void freshFileGetsLatestSchemaAndWal()
    {
        client::Store store;
        const auto st = store.open(m_path);
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QVERIFY(store.isOpen());
        QCOMPARE(store.filePath(), m_path);
        QCOMPARE(store.cursor(), 0);
        QVERIFY(!store.lastSyncedAt().isValid());
        QVERIFY(store.trucks().isEmpty());
        QVERIFY(!store.balance().has_value());
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), client::Store::schemaVersion());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char *table : {"assets", "trucks", "disasters", "centers", "balance", "sync_state", "orders"}) {
            QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                    .arg(QLatin1String(table))).toInt(), 1);
        }
    }

    void migratesVersion1FileKeepingData()
    {
        // The version-1 layout as released, written by hand, with one cached truck in it.
        const domain::Truck truck = test::sampleTruck(QStringLiteral("T-01"), 33.3, 126.2);
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE assets (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, region TEXT NOT NULL, status TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE trucks (id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE disasters (id TEXT PRIMARY KEY, type TEXT NOT NULL, status TEXT NOT NULL, severity INTEGER NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE centers (id TEXT PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE balance (id TEXT PRIMARY KEY, timestamp TEXT NOT NULL, cursor INTEGER NOT NULL, json TEXT NOT NULL)")));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            const QString json = QString::fromUtf8(QJsonDocument(truck.toJson()).toJson(QJsonDocument::Compact));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO trucks VALUES ('T-01', 'x', 'driving', 7, '%1')").arg(json)));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO sync_state VALUES ('cursor', '7')")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
        }
        client::Store store;
        const auto st = store.open(m_path);
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(store.cursor(), 7);
        QCOMPARE(store.trucks(), QList<domain::Truck>{truck});
        store.close();
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), client::Store::schemaVersion());
        // Step 2 backfills the position columns from the JSON.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT lat FROM trucks WHERE id='T-01'")).toDouble(), 33.3);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT lon FROM trucks WHERE id='T-01'")).toDouble(), 126.2);
    }

    void favoritesAreTheUsersAndSurviveAReopen()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QSignalSpy changed(&store, &client::Store::favoritesChanged);
        QVERIFY(store.setFavoriteCenter(QStringLiteral("center-1"), true).ok());
        QVERIFY(store.setFavoriteCenter(QStringLiteral("center-1"), true).ok()); // twice is once
        QVERIFY(store.setFavoriteCenter(QStringLiteral("center-2"), true).ok());
        QVERIFY(!store.setFavoriteCenter(QStringLiteral("  "), true).ok());
        QCOMPARE(changed.size(), 3);
        store.close();
        QVERIFY(store.open(m_path).ok());
        QCOMPARE(store.favoriteCenters(), (QSet<QString>{QStringLiteral("center-1"), QStringLiteral("center-2")}));
        QVERIFY(store.setFavoriteCenter(QStringLiteral("center-1"), false).ok());
        QCOMPARE(store.favoriteCenters(), QSet<QString>{QStringLiteral("center-2")});
        // Nothing of them goes to the server: no outbox command.
        QCOMPARE(store.outboxSize(), 0);
    }

    void newerSchemaIsRefused()
    {
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QString error = openFailure(m_path);
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("99")));
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99); // untouched
    }

    void roundTripsEveryKind()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto asset = test::sampleAsset(QStringLiteral("wind-gasiri"));
        const auto truck = test::sampleTruck(QStringLiteral("T-02"));
        const auto open = test::sampleDisaster(QStringLiteral("D-1"), false);
        const auto ended = test::sampleDisaster(QStringLiteral("D-2"), true);
        const auto center = test::sampleCenter(QStringLiteral("c-jeju"));
        const auto balance = test::sampleBalance(5);
        QSignalSpy spy(&store, &client::Store::changed);
        const auto st = store.applyChanges({
            test::upsert(EntityKind::Asset, asset.id, asset.toJson(), 1),
            test::upsert(EntityKind::Truck, truck.id, truck.toJson(), 2),
            test::upsert(EntityKind::Disaster, open.id, open.toJson(), 3),
            test::upsert(EntityKind::Disaster, ended.id, ended.toJson(), 4),
            test::upsert(EntityKind::Center, center.id, center.toJson(), 5),
            test::upsert(EntityKind::Balance, QStringLiteral("current"), balance.toJson(), 6),
        }, 6);
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(store.assets(), QList<domain::Asset>{asset});
        QCOMPARE(store.trucks(), QList<domain::Truck>{truck});
        QCOMPARE(store.disasters(), (QList<domain::Disaster>{open, ended}));
        QCOMPARE(store.centers(), QList<domain::Center>{center});
        QVERIFY(store.balance().has_value());
        QCOMPARE(*store.balance(), balance);
        QCOMPARE(store.cursor(), 6);
        // One signal per kind touched, not per change.
        QCOMPARE(spy.count(), 5);
    }

    void upsertReplacesAndDeleteRemoves()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        auto truck = test::sampleTruck(QStringLiteral("T-03"));
        const auto other = test::sampleTruck(QStringLiteral("T-04"));
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, truck.id, truck.toJson(), 1),
                                    test::upsert(EntityKind::Truck, other.id, other.toJson(), 2)}, 2).ok());
        truck.lat = 33.41;
        truck.soc = 0.1;
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, truck.id, truck.toJson(), 3)}, 3).ok());
        QCOMPARE(store.trucks(), (QList<domain::Truck>{truck, other}));
        QSignalSpy spy(&store, &client::Store::changed);
        QVERIFY(store.applyChanges({test::removal(EntityKind::Truck, truck.id, 4)}, 4).ok());
        QCOMPARE(store.trucks(), QList<domain::Truck>{other});
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<EntityKind>() == EntityKind::Truck);
        // Deleting what is not there is not an error: the log is compacted and may repeat deletes.
        QVERIFY(store.applyChanges({test::removal(EntityKind::Truck, QStringLiteral("T-none"), 5)}, 5).ok());
        QCOMPARE(store.cursor(), 5);
    }

    void oneBadChangeWritesNothing()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto first = test::sampleTruck(QStringLiteral("T-05"));
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, first.id, first.toJson(), 1)}, 1).ok());
        auto badJson = test::sampleTruck(QStringLiteral("T-07")).toJson();
        badJson.insert(QStringLiteral("soc"), 1.7); // outside 0..1
        const auto asset = test::sampleAsset(QStringLiteral("a-1"));
        auto moved = first;
        moved.lat = 33.2;
        QSignalSpy spy(&store, &client::Store::changed);
        const auto st = store.applyChanges({
            test::upsert(EntityKind::Asset, asset.id, asset.toJson(), 2),
            test::upsert(EntityKind::Truck, moved.id, moved.toJson(), 3),
            test::upsert(EntityKind::Truck, QStringLiteral("T-07"), badJson, 4),
        }, 4);
        QVERIFY(!st.ok());
        const QString msg = st.error().toString();
        QVERIFY2(msg.contains(QStringLiteral("change 2")) && msg.contains(QStringLiteral("T-07")) && msg.contains(QStringLiteral("soc")),
                 qPrintable(msg));
        QCOMPARE(store.trucks(), QList<domain::Truck>{first});
        QVERIFY(store.assets().isEmpty());
        QCOMPARE(store.cursor(), 1);
        QCOMPARE(spy.count(), 0);
    }

    void badFieldIsNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("latitude out of range") << QStringLiteral("lat") << QJsonValue(95.0);
        QTest::newRow("longitude as text") << QStringLiteral("lon") << QJsonValue(QStringLiteral("126.5"));
        QTest::newRow("not a number") << QStringLiteral("lat") << QJsonValue(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("missing status") << QStringLiteral("status") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("flying"));
    }

    void badFieldIsNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QJsonObject json = test::sampleTruck(QStringLiteral("T-bad")).toJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto st = store.applyChanges({test::upsert(EntityKind::Truck, QStringLiteral("T-bad"), json, 1)}, 1);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().toString().contains(QStringLiteral("T-bad\", cursor 1): data.") + field + u':'), qPrintable(st.error().toString()));
        QVERIFY(store.trucks().isEmpty());
        QCOMPARE(store.cursor(), 0);
    }

    void mismatchedIdIsRejected()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        const auto truck = test::sampleTruck(QStringLiteral("T-08"));
        const auto st = store.applyChanges({test::upsert(EntityKind::Truck, QStringLiteral("T-99"), truck.toJson(), 1)}, 1);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().toString().contains(QStringLiteral("T-99")), qPrintable(st.error().toString()));
        QVERIFY(store.trucks().isEmpty());
        // Data of the wrong kind does not decode either.
        const auto st2 = store.applyChanges({test::upsert(EntityKind::Asset, truck.id, truck.toJson(), 1)}, 1);
        QVERIFY(!st2.ok());
        QVERIFY(store.assets().isEmpty());
        QCOMPARE(store.cursor(), 0);
    }

    void cursorAndDataSurviveReopen()
    {
        const auto center = test::sampleCenter(QStringLiteral("c-seogwipo"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        {
            client::Store store;
            QVERIFY(store.open(m_path).ok());
            QVERIFY(store.applyChanges({test::upsert(EntityKind::Center, center.id, center.toJson(), 41)}, 42).ok());
        }
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QCOMPARE(store.cursor(), 42);
        QCOMPARE(store.centers(), QList<domain::Center>{center});
        const QDateTime synced = store.lastSyncedAt();
        QVERIFY(synced.isValid());
        QVERIFY2(synced >= before && synced <= QDateTime::currentDateTimeUtc(), qPrintable(synced.toString(Qt::ISODateWithMs)));
        QCOMPARE(synced.timeSpec(), Qt::UTC);
    }

    void twoStoresShareOneFile()
    {
        // The console and the CLI may have the same cache open at once.
        client::Store a;
        client::Store b;
        QVERIFY(a.open(m_path).ok());
        QVERIFY(b.open(m_path).ok());
        const auto truck = test::sampleTruck(QStringLiteral("T-09"));
        QVERIFY(a.applyChanges({test::upsert(EntityKind::Truck, truck.id, truck.toJson(), 3)}, 3).ok());
        QCOMPARE(b.trucks(), QList<domain::Truck>{truck});
        QCOMPARE(b.cursor(), 3);
    }

    void garbageFileGivesClearErrorAndIsKept()
    {
        const QByteArray garbage = "this is a text file, not a database\n" + QByteArray(4000, 'x');
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const QString error = openFailure(m_path);
        QVERIFY2(error.contains(QStringLiteral("not a SQLite database")), qPrintable(error));
        QVERIFY(error.contains(m_path));
        client::Store store;
        QVERIFY(!store.open(m_path).ok());
        QVERIFY(store.trucks().isEmpty());
        QVERIFY(!store.applyChanges({}, 1).ok());
        QCOMPARE(readAll(m_path), garbage);
    }

    void truncatedFileGivesClearError()
    {
        {
            client::Store store;
            QVERIFY(store.open(m_path).ok());
            QList<domain::Change> changes;
            for (int i = 0; i < 400; ++i) {
                auto c = test::sampleCenter(QStringLiteral("c-%1").arg(i, 4, 10, QLatin1Char('0')));
                c.services = QString(200, QChar(u'상'));
                changes << test::upsert(EntityKind::Center, c.id, c.toJson(), i + 1);
            }
            QVERIFY(store.applyChanges(changes, 400).ok());
        }
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")) || QFileInfo(m_path + QStringLiteral("-wal")).size() == 0);
        const QByteArray whole = readAll(m_path);
        QVERIFY2(whole.size() > 100000, QByteArray::number(whole.size()));
        {
            QFile f(m_path);
            QVERIFY(f.resize(whole.size() / 2));
        }
        const QString error = openFailure(m_path);
        QVERIFY2(error.contains(QStringLiteral("unusable")), qPrintable(error));
    }

    void foreignDatabaseIsRefusedUntouched()
    {
        // Some other program's SQLite file that happens to have a table of the same name.
        {
            RawDb raw(m_path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE assets (whatever TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO assets VALUES ('keep me')")));
        }
        const QString error = openFailure(m_path);
        QVERIFY2(error.contains(QStringLiteral("migration to version 1 failed")), qPrintable(error));
        RawDb raw(m_path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT whatever FROM assets")).toString(), QStringLiteral("keep me"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='trucks'")).toInt(), 0);
    }

    void missingFolderGivesClearError()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/cache.sqlite"));
        const QString error = openFailure(path);
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void rejectsBadCursor()
    {
        client::Store store;
        QVERIFY(store.open(m_path).ok());
        QVERIFY(!store.applyChanges({}, -1).ok());
        QVERIFY(!store.applyChanges({}, domain::kMaxCursor + 1).ok());
        QCOMPARE(store.cursor(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
