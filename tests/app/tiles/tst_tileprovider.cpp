// SPDX-License-Identifier: MIT
// TileProvider over a real MBTiles pack written by the test: the pixels it hands the map are the
// pack's tiles, overzoom shows the right part of the deepest tile, bad packs give a clear error.
#include "mbtilesfixture.h"
#include "tileimagecache.h"
#include "tileprovider.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using et::domain::geo::TileId;
using et::map::TileProvider;

class TestTileProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pack;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pack = m_dir.filePath(QStringLiteral("jeju.mbtiles"));
        QVERIFY(et::test::writeMbtiles(m_pack, et::test::jejuMetadata(), et::test::jejuTiles()).isEmpty());
    }

    void drawsThePacksTiles()
    {
        TileProvider provider;
        QVERIFY(!provider.hasSource());
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        provider.setMbtilesFile(m_pack);
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
        provider.setMbtilesFile(m_pack);
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
        QSignalSpy errors(&provider, &TileProvider::errorOccurred);
        provider.setMbtilesFile(bad);
        QVERIFY(!provider.hasSource());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(provider.errorString().contains(QLatin1String("pbf")), qPrintable(provider.errorString()));
        provider.requestTiles({TileId{11, 1743, 821}});
        QVERIFY(!provider.best(TileId{11, 1743, 821}).has_value());
        // A good pack afterwards replaces the error.
        provider.setMbtilesFile(m_pack);
        QVERIFY(provider.hasSource());
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
        provider.setMbtilesFile(file);
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

    // Pack reads happen in small slices after requestTiles returns, so a screenful never blocks
    // the GUI thread at once, and a newer view drops what an older one still wanted.
    void packReadsAreSlicedAndStaleOnesDropped()
    {
        TileProvider provider;
        QSignalSpy ready(&provider, &TileProvider::tileReady);
        provider.setMbtilesFile(m_pack);
        QList<TileId> screenful;
        for (int x = 3482; x <= 3489; ++x)
            for (int y = 1641; y <= 1645; ++y)
                screenful.append({12, x, y});
        provider.requestTiles(screenful);
        for (const TileId &id : std::as_const(screenful))
            QVERIFY(!provider.imageCache()->isPending(id) && !provider.imageCache()->contains(id));
        const QList<TileId> newer{{10, 871, 410}, {10, 872, 410}};
        provider.requestTiles(newer);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 5000);
        QTest::qWait(200);
        QCOMPARE(ready.size(), 2);
        for (const TileId &id : std::as_const(screenful))
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
        provider.setMbtilesFile(file);
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
};

QTEST_MAIN(TestTileProvider)
#include "tst_tileprovider.moc"
