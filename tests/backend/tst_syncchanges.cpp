// SPDX-License-Identifier: MIT
// The compacted change log over real HTTP: since=0 is a full snapshot, paging walks it without
// gaps or repeats, since=N returns exactly what changed after N, and a restart (clean or killed)
// keeps data and cursor without reseeding.
#include "domain/change.h"
#include "domain/disaster.h"
#include "httptestclient.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {
domain::ChangeBatch batchOf(const test::HttpReply &r)
{
    auto b = domain::ChangeBatch::fromJson(r.json);
    if (!b.ok())
        qWarning() << "bad batch:" << b.error().toString() << r.body.left(300);
    return b.ok() ? b.value() : domain::ChangeBatch{};
}

QByteArray disasterBody(int severity)
{
    return QJsonDocument(test::makeDisaster(domain::DisasterType::Flood, severity, 33.45, 126.9, 5.0).toRegistrationJson()).toJson();
}
} // namespace

class TestSyncChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token

    // Counts of every entity the REST lists show, the independent view of what a snapshot holds.
    int listedEntities(test::HttpTestClient &http)
    {
        // The one energy balance, the one forecast and the one dispatch plan.
        int n = http.get(QStringLiteral("/api/v1/dispatch/suggestions")).status == 200 ? 3 : 2;
        for (const char *path : {"/api/v1/assets", "/api/v1/trucks", "/api/v1/disasters", "/api/v1/centers"})
            n += int(http.get(QString::fromLatin1(path)).json.value(QStringLiteral("items")).toArray().size());
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A nearly frozen clock (one simulated second per 1000 real seconds) keeps the log still
        // while the test pages through it.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("sync.sqlite")), {QStringLiteral("--speed"), QStringLiteral("0.001")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
    }

    void snapshotHoldsEveryEntityOnce()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        const auto batch = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")));
        QVERIFY(!batch.hasMore);
        QCOMPARE(int(batch.changes.size()), listedEntities(http));
        QSet<QString> keys;
        qint64 last = 0;
        for (const auto &c : batch.changes) {
            const QString key = domain::toString(c.entity) + u'/' + c.id;
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY(c.cursor > last);
            last = c.cursor;
        }
        QCOMPARE(batch.cursor, last);
        const double healthCursor = http.get(QStringLiteral("/api/v1/health")).json.value(QStringLiteral("cursor")).toDouble();
        QCOMPARE(qint64(healthCursor), batch.cursor);
    }

    void pagingWalksTheLogWithoutGaps()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        const auto whole = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")));
        QList<domain::Change> paged;
        qint64 since = 0;
        int pages = 0;
        for (;;) {
            const auto page = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=7").arg(since)));
            QVERIFY(page.changes.size() <= 7);
            paged += page.changes;
            QVERIFY(page.cursor >= since);
            since = page.cursor;
            ++pages;
            QVERIFY(pages < 100);
            if (!page.hasMore)
                break;
            QCOMPARE(int(page.changes.size()), 7);
        }
        QCOMPARE(pages, int((whole.changes.size() + 6) / 7));
        QCOMPARE(paged, whole.changes);
        QCOMPARE(since, whole.cursor);
        // Default limit is 1000: a snapshot of under 1000 entities fits in one page.
        QCOMPARE(batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0"))).changes, whole.changes);
    }

    void sinceReturnsOnlyLaterChanges()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        const qint64 before = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000"))).cursor;
        const auto created = http.post(QStringLiteral("/api/v1/disasters"), disasterBody(2));
        QCOMPARE(created.status, 201);
        // The disaster, then the alarms it raises (AlarmMonitor looks after each commit): wait for
        // those, so the log is settled.
        const QString disasterId = created.json.value(QStringLiteral("id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(http.get(QStringLiteral("/api/v1/alarms")).body.contains(disasterId.toUtf8()), 10000);
        const auto after = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(before)));
        QVERIFY(!after.changes.isEmpty());
        QVERIFY(after.changes[0].entity == domain::EntityKind::Disaster);
        QCOMPARE(after.changes[0].id, disasterId);
        QCOMPARE(after.changes[0].data, created.json);
        QCOMPARE(after.changes[0].cursor, before + 1);
        for (qsizetype i = 1; i < after.changes.size(); ++i) {
            QVERIFY(after.changes[i].entity == domain::EntityKind::Alarm);
            QVERIFY2(after.changes[i].id.contains(disasterId), qPrintable(after.changes[i].id));
            QCOMPARE(after.changes[i].cursor, before + 1 + i);
        }
        QCOMPARE(after.cursor, before + after.changes.size());
        // A client ahead of the server (e.g. the server's database was replaced) is told to start
        // over: 410 cursor_unknown, with the horizon (0: nothing was ever purged here).
        const auto ahead = http.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(after.cursor + 1000));
        QCOMPARE(ahead.status, 410);
        QCOMPARE(ahead.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("cursor_unknown"));
        QCOMPARE(ahead.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("horizon")).toDouble(-1), 0.0);
        QCOMPARE(http.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(after.cursor + 1)).status, 410);
        // Nothing newer than the newest cursor.
        const auto empty = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=%1").arg(after.cursor)));
        QVERIFY(empty.changes.isEmpty());
        QVERIFY(!empty.hasMore);
        QCOMPARE(empty.cursor, after.cursor);
    }

    void restartKeepsDataAndCursor()
    {
        QByteArray snapshot;
        qint64 cursor = 0;
        {
            test::HttpTestClient http(m_server.url(), m_token);
            const auto r = http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000"));
            snapshot = r.body;
            cursor = batchOf(r).cursor;
        }
        QVERIFY(m_server.terminate());
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
        {
            test::HttpTestClient http(m_server.url(), m_token);
            const auto r = http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000"));
            QCOMPARE(batchOf(r).cursor, cursor);
            QCOMPARE(r.body, snapshot); // same entities, same cursors: no reseeding
        }
        // A crash loses nothing that was answered before it.
        {
            test::HttpTestClient http(m_server.url(), m_token);
            QCOMPARE(http.post(QStringLiteral("/api/v1/disasters"), disasterBody(5)).status, 201);
            cursor = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000"))).cursor;
        }
        // Killed with open connections, it comes back on the same port (what a reconnecting
        // console expects).
        const quint16 port = m_server.port();
        m_server.kill();
        QVERIFY2(m_server.restart(true), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.port(), port);
        test::HttpTestClient http(m_server.url(), m_token);
        const auto after = batchOf(http.get(QStringLiteral("/api/v1/sync/changes?since=0&limit=5000")));
        QCOMPARE(after.cursor, cursor);
        const auto disasters = http.get(QStringLiteral("/api/v1/disasters")).json.value(QStringLiteral("items")).toArray();
        QCOMPARE(disasters.size(), 2);
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }
};

QTEST_GUILESS_MAIN(TestSyncChanges)
#include "tst_syncchanges.moc"
