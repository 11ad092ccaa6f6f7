// SPDX-License-Identifier: MIT
// MbtilesLoader against real MBTiles files written by the test: the pack is opened and its blobs
// read on the loader's thread, answers come back on this one, and a pack replaced while its slow
// blobs (16-MiB ones) are still being read delivers nothing more, even for tiles the new pack is
// asked for at once, before it has finished opening.
#include "mbtilesfixture.h"
#include "tiles/mbtilesloader.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using et::client::MbtilesLoader;
using et::client::MbtilesMetadata;
using et::domain::geo::TileId;

namespace {
QColor centreColour(const QByteArray &bytes)
{
    const QImage image = QImage::fromData(bytes);
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}
} // namespace

class TestMbtilesLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good, m_slowRed, m_blue;
    QList<TileId> m_ids;

    // Opens the slow red pack and asks for all its tiles; returns once the first has arrived and
    // more have been read and posted, but not delivered (this thread ran no event loop meanwhile).
    bool readSlowRedPartly(MbtilesLoader &loader, QSignalSpy &loaded)
    {
        QSignalSpy opened(&loader, &MbtilesLoader::opened);
        loader.open(m_slowRed);
        if (!opened.wait(5000))
            return false;
        loader.request(m_ids);
        if (!loaded.wait(10000) || loaded.size() >= m_ids.size() - 2)
            return false; // the red reads should still be under way
        QThread::msleep(30);
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("jeju.mbtiles"));
        QVERIFY(et::test::writeMbtiles(m_good, et::test::jejuMetadata(), et::test::jejuTiles()).isEmpty());
        // A PNG decoder stops at the image's end, so the padding only makes the blob slow to read.
        const QByteArray red = et::test::solidPng(Qt::red, 16) + QByteArray(16 * 1024 * 1024, '\0');
        const QByteArray blue = et::test::solidPng(Qt::blue, 16);
        QList<et::test::FixtureTile> redTiles, blueTiles;
        for (int x = 3482; x < 3490; ++x) {
            m_ids.append(TileId{12, x, 1643});
            redTiles.append({12, x, 1643, red});
            blueTiles.append({12, x, 1643, blue});
        }
        m_slowRed = m_dir.filePath(QStringLiteral("slow-red.mbtiles"));
        m_blue = m_dir.filePath(QStringLiteral("blue.mbtiles"));
        QVERIFY(et::test::writeMbtiles(m_slowRed, et::test::jejuMetadata(), redTiles).isEmpty());
        QVERIFY(et::test::writeMbtiles(m_blue, et::test::jejuMetadata(), blueTiles).isEmpty());
    }

    void opensAndReadsOnItsOwnThread()
    {
        MbtilesLoader loader;
        QSignalSpy opened(&loader, &MbtilesLoader::opened);
        QSignalSpy loaded(&loader, &MbtilesLoader::tileLoaded);
        loader.open(m_good);
        QCOMPARE(opened.size(), 0); // not before this thread's event loop runs again
        QVERIFY(opened.wait(5000));
        const auto meta = opened.at(0).at(0).value<MbtilesMetadata>();
        QCOMPARE(meta.minZoom, 10);
        QCOMPARE(meta.maxZoom, 12);
        QCOMPARE(meta.attribution, QStringLiteral("test tiles"));
        const QList<TileId> view{{11, 1743, 821}, {11, 1744, 821}, {14, 13950, 6572}};
        loader.request(view);
        QVERIFY(loader.isLoading(view.at(0)));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 5000);
        for (int i = 0; i < 3; ++i) { // in the order asked for
            const TileId id = loaded.at(i).at(0).value<TileId>();
            QCOMPARE(id, view.at(i));
            const TileId stored = id.z > 12 ? TileId{12, 3487, 1643} : id; // overzoom: the zoom-12 ancestor
            QCOMPARE(centreColour(loaded.at(i).at(1).toByteArray()), et::test::fixtureColour(stored.z, stored.x, stored.y));
            QVERIFY(!loader.isLoading(id));
        }
        QVERIFY(loader.lastReadThread() != nullptr);
        QVERIFY(loader.lastReadThread() != QThread::currentThreadId());
    }

    void badPackAndMissingTileAreReported()
    {
        MbtilesLoader loader;
        QSignalSpy failed(&loader, &MbtilesLoader::openFailed);
        loader.open(m_dir.filePath(QStringLiteral("gone.mbtiles")));
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("does not exist")),
                 qPrintable(failed.at(0).at(0).toString()));
        QSignalSpy opened(&loader, &MbtilesLoader::opened);
        QSignalSpy tileFailed(&loader, &MbtilesLoader::tileFailed);
        loader.open(m_good);
        QVERIFY(opened.wait(5000));
        loader.request({TileId{10, 0, 0}});
        QVERIFY(tileFailed.wait(5000));
        QCOMPARE(tileFailed.at(0).at(1).value<et::domain::Error>().field,
                 QLatin1String(et::client::MbtilesReader::kMissingTileField));
    }

    // Red blobs are being read when the blue pack replaces the red one and is asked for the same
    // tiles at once: only blue tiles arrive, each once. The red answers on their way name tiles
    // wanted again, so only the pack generation tells them apart.
    void newPackMidReadGetsNoTileOfTheOldOne()
    {
        MbtilesLoader loader;
        QSignalSpy loaded(&loader, &MbtilesLoader::tileLoaded);
        QVERIFY(readSlowRedPartly(loader, loaded));
        loader.open(m_blue);
        loader.request(m_ids); // before blue is open: served after it
        loaded.clear();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), m_ids.size(), 10000);
        QTest::qWait(300);
        QCOMPARE(loaded.size(), m_ids.size());
        for (const QList<QVariant> &signal : std::as_const(loaded))
            QCOMPARE(centreColour(signal.at(1).toByteArray()), QColor(Qt::blue));
    }

    void closeDropsTheReadsInFlight()
    {
        MbtilesLoader loader;
        QSignalSpy loaded(&loader, &MbtilesLoader::tileLoaded);
        QVERIFY(readSlowRedPartly(loader, loaded));
        loader.close();
        const qsizetype seen = loaded.size();
        QTest::qWait(500);
        QCOMPARE(loaded.size(), seen);
        QVERIFY(!loader.isLoading(m_ids.last()));
    }
};

QTEST_GUILESS_MAIN(TestMbtilesLoader)
#include "tst_mbtilesloader.moc"
