// SPDX-License-Identifier: MIT
// A damaged offline cache on disk — garbage, cut short, a page overwritten — is moved aside (never
// deleted), a fresh cache takes its place, and the queued commands that SQLite can still read
// from it are queued again.
#include "client/store.h"
#include "client/storerecovery.h"
#include "entityfixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::EntityKind;
using domain::OperatorCommand;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A cache holding many centers (so it spans many pages) and `commands` queued commands.
QList<OperatorCommand> fillCache(const QString &path, int commands)
{
    client::Store store;
    if (!store.open(path).ok())
        qFatal("cannot create %s", qPrintable(path));
    QList<OperatorCommand> queued;
    for (int i = 0; i < commands; ++i) {
        auto o = test::sampleOrder(QStringLiteral("ord-salvage%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("truck-0%1").arg(i),
                                   domain::OrderStatus::Pending);
        queued << OperatorCommand::createOrder(o, QStringLiteral("cmd-salvage-%1").arg(i));
        if (!store.enqueue(queued.last()).ok())
            qFatal("enqueue failed");
    }
    QList<domain::Change> changes;
    for (int i = 0; i < 400; ++i) {
        auto c = test::sampleCenter(QStringLiteral("c-%1").arg(i, 4, 10, QLatin1Char('0')));
        c.services = QString(200, QChar(u'상'));
        changes << test::upsert(EntityKind::Center, c.id, c.toJson(), i + 1);
    }
    if (!store.applyChanges(changes, 400).ok())
        qFatal("filling failed");
    return queued;
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.damaged-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestStoreRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_dir;
    QString m_path;
    int m_n = 0;

private slots:
    void init()
    {
        m_dir = m_root.filePath(QString::number(++m_n));
        QVERIFY(QDir().mkpath(m_dir));
        m_path = QDir(m_dir).filePath(QStringLiteral("cache.sqlite"));
    }

    void healthyCacheIsJustOpened()
    {
        const auto queued = fillCache(m_path, 2);
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(!r.value().happened());
        QVERIFY(r.value().message().isEmpty());
        QCOMPARE(store.cursor(), 400);
        QCOMPARE(store.outboxSize(), 2);
        QVERIFY(asideFiles(m_dir).isEmpty());
    }

    void garbageIsMovedAsideAndAFreshCacheOpens()
    {
        const QByteArray garbage = "PK\x03\x04 not a database at all" + QByteArray(5000, '\x7f');
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().happened());
        QVERIFY(!r.value().outboxReadable);
        QVERIFY(store.isOpen());
        QCOMPARE(store.cursor(), 0);
        const QStringList aside = asideFiles(m_dir);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QDir(m_dir).filePath(aside.first()), r.value().movedAsideTo);
        QCOMPARE(readAll(r.value().movedAsideTo), garbage); // kept as it was, for a person to look at
        QVERIFY2(r.value().message().contains(r.value().movedAsideTo), qPrintable(r.value().message()));
        QVERIFY2(r.value().message().contains(QStringLiteral("could not be read")), qPrintable(r.value().message()));
    }

    void halfWrittenCacheKeepsItsQueuedCommands()
    {
        const auto queued = fillCache(m_path, 3);
        const QByteArray whole = readAll(m_path);
        QVERIFY2(whole.size() > 100000, QByteArray::number(whole.size()));
        {
            QFile f(m_path);
            QVERIFY(f.resize(whole.size() / 2)); // a copy or a write that stopped half way
        }
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().happened());
        QVERIFY(r.value().outboxReadable);
        QCOMPARE(r.value().salvagedCommands, 3);
        QCOMPARE(store.cursor(), 0); // the data is fetched again; the commands are not lost
        QVERIFY(store.centers().isEmpty());
        QList<OperatorCommand> got;
        for (const auto &q : store.outbox())
            got << q.command;
        QCOMPARE(got, queued);
        // Their effects show in the fresh cache too.
        QCOMPARE(store.orders().size(), 3);
        QVERIFY2(r.value().message().contains(QStringLiteral("3 queued command")), qPrintable(r.value().message()));
    }

    void overwrittenPageIsDetectedByQuickCheck()
    {
        fillCache(m_path, 1);
        QByteArray bytes = readAll(m_path);
        // Scribble over a page in the middle (page size 4096): the header stays valid.
        const qsizetype page = (bytes.size() / 4096 / 2) * 4096;
        for (qsizetype i = page; i < page + 4096; ++i)
            bytes[i] = char(0xA5 ^ (i & 0xff));
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        client::Store plain;
        const auto refused = plain.open(m_path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(client::Store::kDamagedCode));
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(r.value().happened());
        QCOMPARE(r.value().salvagedCommands, 1);
        QCOMPARE(store.outboxSize(), 1);
    }

    void journalFilesGoAsideWithTheDatabase()
    {
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("garbage");
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            QFile f(m_path + QLatin1String(suffix));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("journal of the damaged file");
        }
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY(QFile::exists(r.value().movedAsideTo + QStringLiteral("-wal")));
        QCOMPARE(readAll(r.value().movedAsideTo + QStringLiteral("-wal")), QByteArray("journal of the damaged file"));
        // The fresh cache works: it takes data.
        const auto t = test::sampleTruck(QStringLiteral("T-1"));
        QVERIFY(store.applyChanges({test::upsert(EntityKind::Truck, t.id, t.toJson(), 1)}, 1).ok());
        QCOMPARE(store.trucks().size(), 1);
    }

    void aNewerCacheIsLeftAlone()
    {
        fillCache(m_path, 1);
        {
            const QString name = QStringLiteral("raw-newer");
            {
                auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_path);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray before = readAll(m_path);
        client::Store store;
        const auto r = client::StoreRecovery::open(store, m_path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString::fromLatin1(client::Store::kNewerSchemaCode));
        QVERIFY(asideFiles(m_dir).isEmpty());
        QCOMPARE(readAll(m_path), before);
    }

    void twoRecoveriesKeepBothDamagedFiles()
    {
        for (int i = 0; i < 2; ++i) {
            {
                QFile f(m_path);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(QByteArray("garbage ") + QByteArray::number(i));
            }
            client::Store store;
            QVERIFY(client::StoreRecovery::open(store, m_path).ok());
        }
        QCOMPARE(asideFiles(m_dir).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
