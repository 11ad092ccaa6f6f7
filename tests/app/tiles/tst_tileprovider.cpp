// SPDX-License-Identifier: MIT
// TileProvider over real MBTiles packs written by the test: the pixels it hands the map are the
// pack's tiles, overzoom shows the right part of the deepest tile, bad packs give a clear error,
// and the pack is opened and read on its own thread: the GUI thread's event loop keeps turning
// while big blobs are read, a pack switched mid-read never shows the old pack's tiles, and
// destroying the provider mid-read waits for one read at most and closes its SQL connection.
#include "mbtilesfixture.h"
#include "tileimagecache.h"
#include "tileprovider.h"
#include "tiles/mbtilesreader.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <ctime>
#include <memory>

using et::domain::geo::TileId;
using et::map::TileProvider;

namespace {

// A valid PNG of one colour followed by megabytes of padding: PNG decoders stop at the image's
// end chunk, so decoding stays cheap while SQLite has all those bytes to read: a slow blob.
QByteArray paddedPng(const QColor &colour, int paddingBytes)
{
    return et::test::solidPng(colour, 16) + QByteArray(paddingBytes, '\0');
}

// CPU time this thread has used: unlike wall-clock time it leaves out the time the thread waited
// for a core, so a bound on it holds on a loaded build machine too.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Opens the pack and waits until it is open or has failed to open.
bool openPack(TileProvider &provider, const QString &path)
{
    provider.setMbtilesFile(path);
    return QTest::qWaitFor([&] { return !provider.isOpening(); }, 10000);
}

} // namespace

class TestTileProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;
    // A pack of slow tiles (16-MiB red blobs), and the same tiles in blue, quick to read.
    QString m_slowRed, m_blue;
    QList<TileId> m_slowIds;
    double m_oneSlowReadMs = 0;    // one such blob read on this thread, for the bounds below
    double m_oneSlowReadCpuMs = 0; // the CPU time it takes

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("jeju.mbtiles"));
        QVERIFY(et::test::writeMbtiles(m_pack, et::test::jejuMetadata(), et::test::jejuTiles()).isEmpty());

        const QByteArray red = paddedPng(Qt::red, 16 * 1024 * 1024), blue = paddedPng(Qt::blue, 0);
        QList<et::test::FixtureTile> redTiles, blueTiles;
        for (int i = 0; i < 12; ++i) {
            m_slowIds.append(TileId{12, 3482 + i % 6, 1643 + i / 6});
            redTiles.append({12, 3482 + i % 6, 1643 + i / 6, red});
            blueTiles.append({12, 3482 + i % 6, 1643 + i / 6, blue});
        }
        m_slowRed = m_dir.filePath(QStringLiteral("slow-red.mbtiles"));
        m_blue = m_dir.filePath(QStringLiteral("blue.mbtiles"));
        QVERIFY(et::test::writeMbtiles(m_slowRed, et::test::jejuMetadata(), redTiles).isEmpty());
        QVERIFY(et::test::writeMbtiles(m_blue, et::test::jejuMetadata(), blueTiles).isEmpty());

        et::client::MbtilesReader reader;
        QVERIFY(reader.open(m_slowRed).ok());
        QList<double> wall, cpu;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer clock;
            clock.start();
            const double cpuStart = threadCpuMs();
            QVERIFY(reader.tile(m_slowIds.at(i)).ok());
            cpu.append(threadCpuMs() - cpuStart);
            wall.append(clock.nsecsElapsed() / 1e6);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        m_oneSlowReadMs = wall.at(1);
        m_oneSlowReadCpuMs = cpu.at(1);
        qInfo("one 16-MiB blob read takes %.1f ms here (%.1f ms of CPU)", m_oneSlowReadMs, m_oneSlowReadCpuMs);
    }

    void drawsThePacksTiles()
    {
        TileProvider provider;
        QVERIFY(!provider.hasSource());
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QSignalSpy changed(&provider, &TileProvider::sourceChanged);
        provider.setMbtilesFile(m_pack);
        QVERIFY(provider.isOpening());
        QVERIFY(!provider.hasSource()); // it opens on the reader thread
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.wait(5000));
        QVERIFY(!provider.isOpening());
        QVERIFY2(provider.hasSource(), qPrintable(provider.errorString()));
        QCOMPARE(provider.minZoom(), 10);
        QCOMPARE(provider.maxZoom(), 12);
        QCOMPARE(provider.attribution(), QStringLiteral("test tiles"));
        const QList<TileId> view{{11, 1743, 821}, {11, 1744, 821}, {11, 1743, 822}};
        provider.requestTiles(view);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 5000);
        for (const TileId &id : view) {
            const auto piece = provider.best(id);
            QVERIFY(piece.has_value());
            QVERIFY(piece->exact);
            QCOMPARE(piece->sourceRect, QRectF(0, 0, 256, 256));
            QCOMPARE(piece->image.pixelColor(128, 128), et::test::fixtureColour(id.z, id.x, id.y));
        }
        // While zoom 12 loads, the zoom-11 tile stands in: 12/3487/1643 is its cell (1, 1).
        const auto standIn = provider.best(TileId{12, 3487, 1643});
        QVERIFY(standIn.has_value());
        QVERIFY(!standIn->exact);
        QCOMPARE(standIn->sourceRect, QRectF(128, 128, 128, 128));
        // Asking again for tiles it has costs nothing and signals nothing.
        provider.requestTiles(view);
        QTest::qWait(100);
        QCOMPARE(ready.size(), 3);
    }

    // Zoom 14 is past the pack's maxzoom 12: 14/13950/6572 is cell (2, 0) of 12/3487/1643.
    void overzoomDrawsPartOfTheDeepestTile()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QVERIFY(openPack(provider, m_pack));
        provider.requestTiles({TileId{14, 13950, 6572}});
        QVERIFY(ready.wait(5000));
        const auto piece = provider.best(TileId{14, 13950, 6572});
        QVERIFY(piece.has_value());
        QVERIFY(!piece->exact);
        QCOMPARE(piece->sourceRect, QRectF(128, 0, 64, 64));
        QCOMPARE(piece->image.pixelColor(150, 20), et::test::fixtureColour(12, 3487, 1643));
    }

    void badPackGivesAClearErrorAndNoSource()
    {
        const QString bad = m_dir.filePath(QStringLiteral("vector.mbtiles"));
        auto meta = et::test::jejuMetadata(QStringLiteral("pbf"));
        QVERIFY(et::test::writeMbtiles(bad, meta, {}).isEmpty());
        TileProvider provider;
        QSignalSpy tileErrors(&provider, &TileProvider::errorOccurred);
        QVERIFY(openPack(provider, bad));
        QVERIFY(!provider.hasSource());
        QVERIFY2(provider.errorString().contains(QLatin1String("pbf")), qPrintable(provider.errorString()));
        QCOMPARE(tileErrors.size(), 0); // a source that does not open is no tile failure
        provider.requestTiles({TileId{11, 1743, 821}});
        QTest::qWait(100);
        QVERIFY(!provider.best(TileId{11, 1743, 821}).has_value());
        // A good pack afterwards replaces the error.
        provider.setMbtilesFile(m_pack);
        QVERIFY(provider.errorString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(provider.hasSource(), 5000);
        QVERIFY(provider.errorString().isEmpty());
    }

    void undecodableTileIsReportedOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("truncated.mbtiles"));
        // Starts like a PNG (so the reader accepts it) but is cut short: only decoding finds out.
        const QByteArray cut = et::test::solidPng(Qt::red).left(40);
        QVERIFY(et::test::writeMbtiles(file, et::test::jejuMetadata(), {{10, 871, 410, cut}}).isEmpty());
        TileProvider provider;
        QSignalSpy errors(&provider, &TileProvider::errorOccurred);
        QVERIFY(openPack(provider, file));
        QVERIFY(provider.hasSource());
        provider.requestTiles({TileId{10, 871, 410}});
        QVERIFY(errors.wait(5000));
        QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("10/871/410")),
                 qPrintable(errors.at(0).at(0).toString()));
        provider.requestTiles({TileId{10, 871, 410}});
        QTest::qWait(200);
        QCOMPARE(errors.size(), 1); // not retried every frame
        QVERIFY(!provider.best(TileId{10, 871, 410}).has_value());
    }

    // Pack reads happen after requestTiles returns, and a newer view drops what an older one still
    // wanted, even the slow blobs already read for it and on their way.
    void staleReadsAreDropped()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QVERIFY(openPack(provider, m_slowRed));
        const QList<TileId> older = m_slowIds.mid(0, 10), newer = m_slowIds.mid(10);
        provider.requestTiles(older);
        for (const TileId &id : older)
            QVERIFY(!provider.imageCache()->isPending(id) && !provider.imageCache()->contains(id));
        QThread::msleep(30); // the reader thread reads (and posts) the first older tiles meanwhile
        provider.requestTiles(newer);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(ready.size(), 2);
        for (const TileId &id : newer)
            QVERIFY(provider.imageCache()->contains(id));
        for (const TileId &id : older)
            QVERIFY(!provider.imageCache()->contains(id));
    }

    // A blob that is not the pack's format is a damaged pack, worth a message; a tile the pack
    // simply lacks (it covers only part of the view) is not.
    void corruptBlobIsReportedAndMissingTileIsNot()
    {
        const QString file = m_dir.filePath(QStringLiteral("corrupt.mbtiles"));
        QVERIFY(et::test::writeMbtiles(file, et::test::jejuMetadata(), {{10, 871, 410, QByteArray("GIF89a...")}})
                    .isEmpty());
        TileProvider provider;
        QSignalSpy errors(&provider, &TileProvider::errorOccurred);
        QVERIFY(openPack(provider, file));
        QVERIFY(provider.hasSource());
        provider.requestTiles({TileId{10, 872, 410}}); // not in the pack
        QTest::qWait(100);
        QCOMPARE(errors.size(), 0);
        QVERIFY(provider.errorString().isEmpty());
        provider.requestTiles({TileId{10, 871, 410}});
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QVERIFY2(provider.errorString().contains(QLatin1String("corrupt"))
                     && provider.errorString().contains(QLatin1String("10/871/410")),
                 qPrintable(provider.errorString()));
    }

    void packReadsRunOffTheGuiThread()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QVERIFY(openPack(provider, m_pack));
        QVERIFY(provider.lastReadThread() == nullptr);
        provider.requestTiles({TileId{10, 871, 410}});
        QVERIFY(ready.wait(5000));
        QVERIFY(provider.lastReadThread() != nullptr);
        QVERIFY(provider.lastReadThread() != QThread::currentThreadId());
        QVERIFY(provider.lastReadThread() != provider.imageCache()->lastDecodeThread()); // its own thread
    }

    // A 0-ms timer fires on every pass of the event loop: while twelve 16-MiB blobs are read, no
    // pass between two firings may do anything near a blob read's work. Reading blobs on this
    // thread (the old code read six per pass) makes passes of several reads. The bound is on the
    // CPU time of a pass, which a loaded machine does not stretch; the wall-clock gaps are shown.
    void guiThreadKeepsTurningWhileBigBlobsAreRead()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QVERIFY(openPack(provider, m_slowRed));
        QElapsedTimer clock;
        qint64 lastWall = 0, longestWall = 0;
        double lastCpu = 0, longestCpu = 0;
        int passes = 0;
        QTimer pass;
        pass.setInterval(0);
        connect(&pass, &QTimer::timeout, this, [&] {
            const qint64 wall = clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            longestWall = std::max(longestWall, wall - lastWall);
            longestCpu = std::max(longestCpu, cpu - lastCpu);
            lastWall = wall;
            lastCpu = cpu;
            ++passes;
        });
        QEventLoop loop; // not QTRY_: QTest::qWait sleeps 10 ms between passes
        connect(&provider, &TileProvider::tileReady, &loop, [&] {
            if (ready.size() == m_slowIds.size())
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        clock.start();
        lastCpu = threadCpuMs();
        pass.start();
        provider.requestTiles(m_slowIds);
        loop.exec();
        pass.stop();
        QCOMPARE(ready.size(), m_slowIds.size());
        const double bound = m_oneSlowReadCpuMs / 2;
        const QString figures = QStringLiteral("longest pass %1 ms of CPU (bound %2 ms), %3 ms of wall clock; "
                                               "%4 passes in %5 ms; one read %6 ms (%7 ms of CPU)")
                                    .arg(longestCpu, 0, 'f', 2).arg(bound, 0, 'f', 2).arg(longestWall / 1e6, 0, 'f', 2)
                                    .arg(passes).arg(clock.elapsed()).arg(m_oneSlowReadMs, 0, 'f', 1)
                                    .arg(m_oneSlowReadCpuMs, 0, 'f', 1);
        qInfo("%s", qPrintable(figures));
        QVERIFY2(longestCpu < bound, qPrintable(figures));
        QVERIFY2(passes > 100, qPrintable(figures)); // the loop really turned meanwhile
        for (const TileId &id : std::as_const(m_slowIds))
            QCOMPARE(provider.best(id)->image.pixelColor(8, 8), QColor(Qt::red));
    }

    // The blue pack replaces the red one while red blobs are still being read: every tile shown
    // afterwards is blue, and each arrives once.
    void switchingPacksMidReadShowsNoTileOfTheOldPack()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        QVERIFY(openPack(provider, m_slowRed));
        provider.requestTiles(m_slowIds);
        QVERIFY(ready.wait(10000));
        QVERIFY2(ready.size() < m_slowIds.size() - 2, "the red reads should still be under way");
        QVERIFY(openPack(provider, m_blue)); // red answers that come in meanwhile are dropped
        QVERIFY(provider.hasSource());
        ready.clear();
        provider.requestTiles(m_slowIds);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), m_slowIds.size(), 30000);
        QTest::qWait(300);
        QCOMPARE(ready.size(), m_slowIds.size());
        for (const TileId &id : std::as_const(m_slowIds)) {
            const auto piece = provider.best(id);
            QVERIFY(piece.has_value() && piece->exact);
            QCOMPARE(piece->image.pixelColor(8, 8), QColor(Qt::blue));
        }
    }

    // Gone with most blobs still to read: the destructor waits for the read under way, not for
    // the queue (less than half the time the rest would take), and the reader's SQL connection is
    // closed on its own thread (Qt SQL would warn about a connection used from another one) and removed.
    void destroyingTheProviderMidReadWaitsForOneReadAtMost()
    {
        auto provider = std::make_unique<TileProvider>();
        QSignalSpy ready(provider.get(), &TileProvider::tileReady);
        QVERIFY(openPack(*provider, m_slowRed));
        provider->requestTiles(m_slowIds);
        QVERIFY(ready.wait(10000));
        const qsizetype left = m_slowIds.size() - ready.size();
        QVERIFY2(left > 6, "the reads should still be under way");
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QSql|database")));
        QElapsedTimer clock;
        clock.start();
        provider.reset();
        const double ms = clock.nsecsElapsed() / 1e6;
        const double bound = left * m_oneSlowReadMs / 2;
        QVERIFY2(ms < bound, qPrintable(QStringLiteral("destroyed in %1 ms (bound %2 ms)").arg(ms).arg(bound)));
        const QStringList connections = QSqlDatabase::connectionNames();
        QVERIFY2(std::none_of(connections.cbegin(), connections.cend(),
                              [](const QString &name) { return name.startsWith(QLatin1String("et-mbtiles-")); }),
                 qPrintable(connections.join(u' ')));
        QTest::qWait(200); // answers posted before the end are never delivered
    }
};

QTEST_MAIN(TestTileProvider)
#include "tst_tileprovider.moc"
