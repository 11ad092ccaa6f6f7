// SPDX-License-Identifier: MIT
// XyzTileFetcher against a tiny HTTP tile server on 127.0.0.1 written here with QTcpServer: it
// counts requests in progress, records the User-Agent and answers by path prefix
// (/ok/ a PNG after a delay, /big/ the same with 8 MiB of padding, /404/, /500/, /hang/ never). The disk cache is read and written on
// the fetcher's cache thread: the tests check that thread and that a new template drops the old
// template's cached tiles still on their way.
#include "mbtilesfixture.h"
#include "tiles/tilediskcache.h"
#include "tiles/xyztilefetcher.h"

#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <memory>

using et::client::XyzTileFetcher;
using et::domain::geo::TileId;

namespace {

class TileServer : public QObject
{
public:
    static constexpr int kBigPadding = 8 * 1024 * 1024;
    int delayMs = 150;
    int active = 0;
    int maxActive = 0;
    QStringList paths;
    QStringList userAgents;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int count(const QString &path) const { return int(paths.count(path)); }

    TileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { readRequests(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    void readRequests(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        int end;
        while ((end = int(buffer.indexOf("\r\n\r\n"))) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            const QString path = QString::fromLatin1(lines.value(0).split(' ').value(1));
            for (const QByteArray &line : lines)
                if (line.toLower().startsWith("user-agent:"))
                    userAgents.append(QString::fromLatin1(line.mid(11).trimmed()));
            paths.append(path);
            if (path.startsWith(QLatin1String("/hang/")))
                continue;
            ++active;
            maxActive = qMax(maxActive, active);
            QPointer<QTcpSocket> guard(s);
            QTimer::singleShot(delayMs, this, [this, guard, path] {
                --active;
                if (guard)
                    answer(guard, path);
            });
        }
    }
    void answer(QTcpSocket *s, const QString &path)
    {
        QByteArray status = "200 OK";
        QByteArray body;
        if (path.startsWith(QLatin1String("/404/")))
            status = "404 Not Found";
        else if (path.startsWith(QLatin1String("/500/")))
            status = "500 Internal Server Error";
        else
            body = et::test::solidPng(QColor::fromRgb(qHash(path) & 0xffffff), 16);
        if (path.startsWith(QLatin1String("/big/")))
            body += QByteArray(kBigPadding, '\0');
        s->write("HTTP/1.1 " + status + "\r\nContent-Type: image/png\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Tiles in a row over Jeju at zoom 12 or 13.
QList<TileId> row(int count, int z = 12)
{
    QList<TileId> ids;
    for (int i = 0; i < count; ++i)
        ids.append(z == 13 ? TileId{13, 6964 + i, 3286} : TileId{12, 3482 + i, 1643});
    return ids;
}

} // namespace

class TestXyzTileFetcher : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadTemplates()
    {
        XyzTileFetcher fetcher;
        QVERIFY(fetcher.setTemplate(QStringLiteral("http://127.0.0.1:1/{z}/{x}.png"), {}).error().toString().contains(
            QLatin1String("{y}")));
        QVERIFY(fetcher.setTemplate(QStringLiteral("file:///tiles/{z}/{x}/{y}.png"), {}).error().toString().contains(
            QLatin1String("http")));
        QVERIFY(fetcher.setTemplate(QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png"), {}).ok());
    }

    void politeParallelLoadingThenDiskCache()
    {
        TileServer server;
        server.delayMs = 300; // long enough that two requests overlap even on a loaded machine
        QVERIFY(server.listen());
        QTemporaryDir cache;
        const QString tmpl = server.base() + QStringLiteral("/ok/{z}/{x}/{y}.png");
        QHash<TileId, QByteArray> got;
        {
            XyzTileFetcher fetcher;
            QVERIFY(fetcher.setTemplate(tmpl, cache.path()).ok());
            QCOMPARE(fetcher.maxParallel(), 2);
            connect(&fetcher, &XyzTileFetcher::tileFetched, this,
                    [&got](const TileId &id, const QByteArray &bytes) { got.insert(id, bytes); });
            fetcher.request(row(8));
            QTRY_COMPARE_WITH_TIMEOUT(got.size(), 8, 10000);
            QCOMPARE(server.paths.size(), 8);
            QCOMPARE(server.maxActive, 2); // used both slots, never a third
            QCOMPARE(server.userAgents.size(), 8);
            for (const QString &ua : std::as_const(server.userAgents))
                QCOMPARE(ua, QString::fromLatin1(XyzTileFetcher::kUserAgent));
            QVERIFY(QString::fromLatin1(XyzTileFetcher::kUserAgent).startsWith(QLatin1String("energytruck-console/0.1 (+")));
            QCOMPARE(fetcher.cacheDirectory(), et::client::TileDiskCache::directoryFor(cache.path(), tmpl));
        } // the cache writes still queued on its thread happen before the fetcher is gone
        // A new fetcher (as after a restart) answers from disk: the server sees no request.
        XyzTileFetcher again;
        QVERIFY(again.setTemplate(tmpl, cache.path()).ok());
        QHash<TileId, QByteArray> cached;
        connect(&again, &XyzTileFetcher::tileFetched, this,
                [&cached](const TileId &id, const QByteArray &bytes) { cached.insert(id, bytes); });
        again.request(row(8));
        QTRY_COMPARE_WITH_TIMEOUT(cached.size(), 8, 5000);
        QCOMPARE(cached, got);
        QCOMPARE(server.paths.size(), 8);
        QVERIFY(QFile::exists(again.cacheDirectory() + QStringLiteral("/12/3482/1643.tile")));
        QVERIFY(again.lastCacheReadThread() != nullptr);
        QVERIFY(again.lastCacheReadThread() != QThread::currentThreadId());
    }

    // Cached tiles of the first template are on their way (big files, so the cache thread is still
    // reading) when the second template replaces it: only the second one's tiles arrive, once each.
    void newTemplateDropsTheOldTemplatesCachedTiles()
    {
        QTemporaryDir cache;
        const QString first = QStringLiteral("http://127.0.0.1:1/first/{z}/{x}/{y}.png");
        const QString second = QStringLiteral("http://127.0.0.1:1/second/{z}/{x}/{y}.png");
        const QByteArray firstBytes = et::test::solidPng(Qt::red, 16) + QByteArray(4 * 1024 * 1024, '\0');
        const QByteArray secondBytes = et::test::solidPng(Qt::blue, 16);
        const QList<TileId> ids = row(8);
        {
            et::client::TileDiskCache a(cache.path(), first), b(cache.path(), second);
            for (const TileId &id : ids) {
                QVERIFY(a.write(id, firstBytes).ok());
                QVERIFY(b.write(id, secondBytes).ok());
            }
        }
        XyzTileFetcher fetcher;
        QList<QByteArray> got;
        connect(&fetcher, &XyzTileFetcher::tileFetched, this,
                [&got](const TileId &, const QByteArray &bytes) { got.append(bytes); });
        QVERIFY(fetcher.setTemplate(first, cache.path()).ok());
        fetcher.request(ids);
        // Answers are posted now but not delivered: this thread runs no event loop meanwhile.
        QThread::msleep(30);
        QVERIFY(fetcher.setTemplate(second, cache.path()).ok());
        fetcher.request(ids);
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 8, 10000);
        QTest::qWait(300);
        QCOMPARE(got.size(), 8);
        for (const QByteArray &bytes : std::as_const(got))
            QCOMPARE(bytes, secondBytes);
    }

    // Destroyed right after the last of six big tiles arrived together, whose cache writes are
    // still queued: the destructor lets the cache thread finish its writes, so all six are on disk.
    void destroyedFetcherFinishesItsCacheWrites()
    {
        TileServer server;
        server.delayMs = 100;
        QVERIFY(server.listen());
        QTemporaryDir cache;
        auto fetcher = std::make_unique<XyzTileFetcher>();
        fetcher->setMaxParallel(6);
        QVERIFY(fetcher->setTemplate(server.base() + QStringLiteral("/big/{z}/{x}/{y}.png"), cache.path()).ok());
        QHash<TileId, qsizetype> sizes;
        QEventLoop loop;
        connect(fetcher.get(), &XyzTileFetcher::tileFetched, &loop, [&](const TileId &id, const QByteArray &bytes) {
            sizes.insert(id, bytes.size());
            if (sizes.size() == 6)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        fetcher->request(row(6));
        loop.exec();
        QCOMPARE(sizes.size(), 6);
        const QString dir = fetcher->cacheDirectory();
        fetcher.reset();
        for (const TileId &id : row(6)) {
            const QFileInfo file(QStringLiteral("%1/%2/%3/%4.tile").arg(dir).arg(id.z).arg(id.x).arg(id.y));
            QVERIFY2(file.exists(), qPrintable(file.filePath()));
            QCOMPARE(file.size(), sizes.value(id));
        }
    }

    void newestListWinsAndStaleRequestsAreDropped()
    {
        TileServer server;
        QVERIFY(server.listen());
        XyzTileFetcher fetcher;
        fetcher.setMaxParallel(1);
        QVERIFY(fetcher.setTemplate(server.base() + QStringLiteral("/ok/{z}/{x}/{y}.png"), {}).ok());
        QList<TileId> fetched;
        connect(&fetcher, &XyzTileFetcher::tileFetched, this,
                [&fetched](const TileId &id, const QByteArray &) { fetched.append(id); });
        const QList<TileId> old = row(6, 12);
        const QList<TileId> now = row(2, 13);
        fetcher.request(old);
        QTRY_COMPARE_WITH_TIMEOUT(server.paths.size(), 1, 5000); // the first old tile is on the wire
        fetcher.request(now);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 5000);
        QTest::qWait(400); // anything still queued would arrive now
        QCOMPARE(fetched, now);
        QCOMPARE(server.paths.size(), 3); // one old tile (aborted) and the two new ones
        QVERIFY(server.paths.at(1).startsWith(QLatin1String("/ok/13/")));
    }

    void errorsAreReportedWithoutRetryStorm_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404") << "/404" << "404";
        QTest::newRow("500") << "/500" << "500";
        QTest::newRow("timeout") << "/hang" << "no answer";
        QTest::newRow("refused") << "refused" << "refused";
    }

    void errorsAreReportedWithoutRetryStorm()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, expected);
        TileServer server;
        QVERIFY(server.listen());
        QString base = server.base() + prefix;
        if (prefix == QLatin1String("refused")) {
            QTcpServer closed; // a port that was free a moment ago: nothing listens there now
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            base = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
            closed.close();
        }
        XyzTileFetcher fetcher;
        fetcher.setTimeoutMs(300);
        fetcher.setRetryDelayMs(600);
        QVERIFY(fetcher.setTemplate(base + QStringLiteral("/{z}/{x}/{y}.png"), {}).ok());
        QSignalSpy failed(&fetcher, &XyzTileFetcher::tileFailed);
        QSignalSpy fetched(&fetcher, &XyzTileFetcher::tileFetched);
        const TileId id{12, 3487, 1643};
        fetcher.request({id});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<TileId>(), id);
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive) && message.contains(QLatin1String("12/3487/1643")),
                 qPrintable(message));
        const qsizetype seen = server.paths.size();
        // The view asks again and again (every frame, say): nothing goes out during the wait.
        for (int i = 0; i < 5; ++i) {
            fetcher.request({id});
            QTest::qWait(20);
        }
        QCOMPARE(server.paths.size(), seen);
        QCOMPARE(fetcher.inFlight(), 0);
        QCOMPARE(failed.size(), 1);
        // After the wait it tries once more, and waits twice as long after that failure.
        QTest::qWait(700);
        fetcher.request({id});
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 2);
        fetcher.request({id});
        QTest::qWait(900); // less than 2 × 600 ms
        fetcher.request({id});
        QTest::qWait(50);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(fetched.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestXyzTileFetcher)
#include "tst_xyztilefetcher.moc"
