// SPDX-License-Identifier: MIT
// BundledServer starts the real energytruck-server on a loopback port, reads its address without
// blocking, and stops it; a missing program or one that prints something else is a clear failure.
#include "bundledserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using et::app::BundledServer;

class TestBundledServer : public QObject
{
    Q_OBJECT
private slots:
    void startsAndStopsTheRealServer();
    void missingProgramFails();
    void unexpectedFirstLineFails();
};

void TestBundledServer::startsAndStopsTheRealServer()
{
    QTemporaryDir dir;
    BundledServer server;
    QSignalSpy ready(&server, &BundledServer::ready);
    QSignalSpy failed(&server, &BundledServer::failed);
    server.start(QStringLiteral(ET_BIN_DIR "/energytruck-server"), dir.filePath("server.sqlite"));
    QVERIFY(ready.wait(15000));
    QCOMPARE(failed.count(), 0);
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(server.url(), url);
    QVERIFY(QFile::exists(dir.filePath("server.sqlite")));

    QTcpSocket probe;
    probe.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(probe.waitForConnected(5000));
    probe.abort();

    server.stop(5000);
    QVERIFY(!server.isRunning());
    QCOMPARE(failed.count(), 0); // an exit we asked for is not a failure
    QTcpSocket after;
    after.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(!after.waitForConnected(1000));
}

void TestBundledServer::missingProgramFails()
{
    BundledServer server;
    QSignalSpy failed(&server, &BundledServer::failed);
    server.start(QStringLiteral("/nonexistent/energytruck-server"), QStringLiteral("/tmp/unused.sqlite"));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("/nonexistent/energytruck-server")),
             qPrintable(failed.first().first().toString()));
}

void TestBundledServer::unexpectedFirstLineFails()
{
    // /bin/echo prints its arguments: a first line that is not "listening on ...".
    BundledServer server;
    QSignalSpy ready(&server, &BundledServer::ready);
    QSignalSpy failed(&server, &BundledServer::failed);
    server.start(QStringLiteral("/bin/echo"), QStringLiteral("x.sqlite"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("--port 0 --db x.sqlite")),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(TestBundledServer)
#include "tst_bundledserver.moc"
