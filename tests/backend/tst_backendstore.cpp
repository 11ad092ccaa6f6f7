// SPDX-License-Identifier: MIT
// Store on real SQLite files: schema version and WAL, cursors, compaction, paging, reopening.
#include "store.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et::backend;
using et::domain::Change;
using et::domain::EntityKind;

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
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_backendstore.moc"
