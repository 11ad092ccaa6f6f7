// SPDX-License-Identifier: MIT
// The bounded WebSocket send queue on the real server: a client that stops reading (a tiny
// kernel receive buffer, nothing read) must not grow the server's memory once the kernel's
// buffers are full; its events are dropped instead (counted in /metrics) while a normal client
// keeps getting every event, and when it reads again it is told to resync. Without the backlog
// limit the server buffers everything for the stalled client: its memory grows by megabytes and
// nothing is dropped.
#include "domain/change.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "httptestclient.h"
#include "rawwebsocket.h"
#include "serverprocess.h"
#include "testfixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {
// The server's process id, found by its (unique) database path on its command line.
qint64 pidOf(const QString &dbPath)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (isPid && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(dbPath.toUtf8())
            && QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(entry)).endsWith(QStringLiteral("energytruck-server")))
            return pid;
    }
    return -1;
}

// Resident memory in KiB (VmRSS), or -1.
qint64 residentKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

constexpr qint64 kGrowthBoundKib = 4 * 1024;
} // namespace

class TestWsBacklog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QString m_token; ///< an operator's access token

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A small backlog, and a simulated minute per 20 ms tick: about a megabyte a second of
        // events for a client on every channel.
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("backlog.sqlite")),
                                {QStringLiteral("--ws-max-backlog-kib"), QStringLiteral("256"), QStringLiteral("--speed"), QStringLiteral("3000"),
                                 QStringLiteral("--tick-ms"), QStringLiteral("20"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                 QStringLiteral("--start"), QStringLiteral("2024-04-13T01:00:00Z")}),
                 qPrintable(m_server.errorString()));
        m_token = m_server.signIn(domain::UserRole::Operator);
        QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.terminate());
    }

    void aStalledClientIsCutOffAndResyncedNotBuffered()
    {
        test::HttpTestClient http(m_server.url(), m_token);
        const qint64 pid = pidOf(m_dir.filePath(QStringLiteral("backlog.sqlite")));
        QVERIFY(pid > 0);
        QVERIFY(residentKib(pid) > 0);

        // A normal client on the truck channel (a tick's events stay well under 256 KiB — each
        // driving truck carries its trip, a few KB — while everything the stalled client asks
        // for, about a megabyte a second, is far above it).
        test::EventRecorder normal;
        QVERIFY(normal.open(m_server.url(), {domain::channel::trucks}, m_token));
        const QList<domain::StreamEvent> &events = normal.events;
        const qint64 subscribedAt = normal.subscribedCursor;

        // The stalled client: everything, a 4 KiB receive window, then no reading at all.
        test::RawWebSocket stalled;
        QVERIFY2(stalled.open(m_server.url().host(), m_server.port(), QStringLiteral("/api/v1/ws"), 4096), qPrintable(stalled.error()));
        QVERIFY(stalled.socket().socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt() <= 16384);
        stalled.sendText(test::authMessage(m_token).toUtf8());
        const QList<QByteArray> welcome = stalled.readMessages(500);
        QVERIFY(!welcome.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(welcome.first()).object().value(QStringLiteral("event")).toString(), QStringLiteral("authenticated"));
        stalled.sendText("{\"event\":\"subscribe\",\"channels\":[\"energy\",\"assets\",\"trucks\",\"disasters\",\"orders\"]}");
        const QList<QByteArray> first = stalled.readMessages(300);
        QVERIFY(!first.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(first.first()).object().value(QStringLiteral("event")).toString(), QStringLiteral("subscribed"));
        stalled.stopReading();
        const qint64 stalledAfter = qint64(QJsonDocument::fromJson(first.last()).object().value(QStringLiteral("cursor")).toDouble());

        // First the kernel takes what it can (on loopback the send buffer grows to megabytes): while
        // it does, the client's backlog drains now and then and it is resynced. Wait until that
        // stops and events are being dropped.
        QElapsedTimer settle;
        settle.start();
        double resyncs = -1.0;
        int steady = 0;
        while (steady < 3 && settle.elapsed() < 20000) {
            QTest::qWait(500);
            const double now = test::scrapeMetric(http, "et_websocket_resyncs_total");
            steady = now == resyncs && test::scrapeMetric(http, "et_websocket_events_dropped_total") > 0.0 ? steady + 1 : 0;
            resyncs = now;
        }
        QVERIFY2(steady == 3, "the stalled client's events never stayed dropped");

        // Now ten seconds of a full pipe: events are dropped, nothing piles up in the server.
        const qint64 baseline = residentKib(pid);
        const double droppedBefore = test::scrapeMetric(http, "et_websocket_events_dropped_total");
        qint64 peak = baseline;
        QElapsedTimer watch;
        watch.start();
        while (watch.elapsed() < 10000) {
            QTest::qWait(250);
            peak = std::max(peak, residentKib(pid));
        }
        const double dropped = test::scrapeMetric(http, "et_websocket_events_dropped_total") - droppedBefore;
        qInfo("server VmRSS %lld KiB, peak %lld KiB while %.0f events were dropped; the normal client got %lld",
              baseline, peak, dropped, qint64(events.size()));
        QVERIFY2(dropped > 500, qPrintable(QString::number(dropped)));
        QVERIFY2(peak - baseline < kGrowthBoundKib, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - baseline)));
        QCOMPARE(test::scrapeMetric(http, "et_websocket_resyncs_total"), resyncs);

        // The normal client missed nothing: every truck change the log holds between its
        // subscription and its newest event came as an event with that cursor.
        QCOMPARE(normal.resyncs, 0);
        QVERIFY(events.size() > 200);
        QSet<qint64> cursors;
        for (const auto &e : std::as_const(events))
            cursors.insert(e.cursor);
        const auto log = domain::ChangeBatch::fromJson(http.get(QStringLiteral("/api/v1/sync/changes?since=%1&limit=5000").arg(subscribedAt)).json);
        QVERIFY(log.ok());
        int checked = 0;
        for (const auto &c : log.value().changes) {
            if (c.cursor > events.last().cursor || c.entity != domain::EntityKind::Truck)
                continue;
            QVERIFY2(cursors.contains(c.cursor), qPrintable(QStringLiteral("no event for cursor %1").arg(c.cursor)));
            ++checked;
        }
        QVERIFY(checked > 5);

        // Reading again, the stalled client drains and is told where its events resume.
        QByteArray resync;
        QElapsedTimer drain;
        drain.start();
        while (resync.isEmpty() && drain.elapsed() < 15000) {
            for (const QByteArray &m : stalled.readMessages(200)) {
                if (QJsonDocument::fromJson(m).object().value(QStringLiteral("event")).toString() == u"resync")
                    resync = m;
            }
        }
        QVERIFY2(!resync.isEmpty(), "no resync after reading again");
        const auto message = domain::ControlMessage::fromJson(QJsonDocument::fromJson(resync).object());
        QVERIFY(message.ok());
        QVERIFY(message.value().cursor > stalledAfter);
        QVERIFY(test::scrapeMetric(http, "et_websocket_resyncs_total") > resyncs);
    }
};

QTEST_GUILESS_MAIN(TestWsBacklog)
#include "tst_wsbacklog.moc"
