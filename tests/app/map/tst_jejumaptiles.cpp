// SPDX-License-Identifier: MIT
// Raster tiles under JejuMap, from a real MBTiles pack written by the test (solid PNG tiles, each
// in its own known colour): the grabbed frame shows the pack's tile colours on land and sea with
// the boundaries and markers still on top, past the pack's maxzoom the parent's colour, and a
// bad pack gives a clear tileError while the vector map is drawn as before. TileLayer's stand-ins
// (a parent's quarter, four children) are checked without a window. A pack opens on the
// provider's reader thread, so the tests wait for tilesActive (or tileError) after setting one.
// Runs offscreen (software scene graph) and as tst_jejumaptiles_xvfb on OpenGL.
#include "jejumap.h"
#include "mapwindowfixture.h"
#include "mappalette.h"
#include "mbtilesfixture.h"
#include "tileimagecache.h"
#include "tilelayer.h"
#include "tileprovider.h"
#include "tiles/tilediskcache.h"

#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(EnergyTruck_MapPlugin)

using et::domain::geo::MapViewport;
using et::domain::geo::TileId;
using et::domain::geo::TileMath;
using et::map::JejuMap;
using et::map::MapPalette;
using et::map::TileLayer;

namespace {

enum Roles { Lat = Qt::UserRole + 1, Lon, Kind, Status };

const QPoint kOffset(100, 50);           // where the map sits in the window
const QColor kBoundary(0, 0, 255);       // no fixture tile is pure blue (their red is 144..224)
const QGeoCoordinate kInland(33.44, 126.70); // Jocheon-eup, away from boundaries
const QGeoCoordinate kSea(33.60, 126.20);    // north-west of the island, inside the pack
const QGeoCoordinate kWind(33.33, 126.19);   // the one marker

using et::test::sameColor;

double share(const QImage &image, QPointF p, QColor c, int r = 2)
{
    return et::test::colorShare(image, p, c, r);
}

// The colour the fixture gave the pack's tile under a coordinate at zoom z (deepest stored: 12).
QColor packColour(const QGeoCoordinate &c, int z)
{
    const TileId t = TileMath::tileAt(c.latitude(), c.longitude(), std::min(z, 12));
    return et::test::fixtureColour(t.z, t.x, t.y);
}

} // namespace

class TestJejuMapTiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void drawsThePackUnderTheVectorLayers();
    void sharperZoomShowsFinerTiles();
    void overzoomShowsTheParentsColour();
    void standInsWhileTilesLoad();
    void serverTilesShowOfflineFromTheDiskCache();
    void badPackSetsAClearErrorAndKeepsTheVectorMap_data();
    void badPackSetsAClearErrorAndKeepsTheVectorMap();

private:
    QImage grab(const QString &name);
    bool openPack(const QString &fileOrUrl);
    QString writePack(const QString &name, const QList<std::pair<QString, QString>> &metadata,
                      const QList<et::test::FixtureTile> &tiles, bool withTilesTable = true);

    QTemporaryDir m_dir;
    QString m_pack;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QStandardItemModel m_markers;
    JejuMap *m_map = nullptr;
};

QString TestJejuMapTiles::writePack(const QString &name, const QList<std::pair<QString, QString>> &metadata,
                                    const QList<et::test::FixtureTile> &tiles, bool withTilesTable)
{
    const QString path = m_dir.filePath(name);
    const QString error = et::test::writeMbtiles(path, metadata, tiles, withTilesTable);
    return error.isEmpty() ? path : QString();
}

void TestJejuMapTiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pack = writePack(QStringLiteral("jeju.mbtiles"), et::test::jejuMetadata(), et::test::jejuTiles());
    QVERIFY(!m_pack.isEmpty());

    m_markers.setItemRoleNames({{Lat, "latitude"}, {Lon, "longitude"}, {Kind, "kind"}, {Status, "status"}});
    auto *item = new QStandardItem;
    item->setData(kWind.latitude(), Lat);
    item->setData(kWind.longitude(), Lon);
    item->setData(QStringLiteral("wind"), Kind);
    item->setData(QStringLiteral("online"), Status);
    m_markers.appendRow(item);

    m_engine = std::make_unique<QQmlEngine>();
    const QString error = et::test::openMapWindow(*m_engine, R"(
        import QtQuick
        import QtQuick.Window
        import EnergyTruck.Map
        Window {
            width: 940; height: 690; visible: true
            color: "magenta"
            JejuMap { objectName: "map"; x: 100; y: 50; width: 800; height: 600
                      markers: markerModel; labelsVisible: false; boundaryColor: "#0000ff" }
        })",
                                                  {{QStringLiteral("markerModel"), &m_markers}}, m_window, m_map);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_map->tilesActive());
    QVERIFY(m_map->tileError().isEmpty());
}

void TestJejuMapTiles::init()
{
    m_map->setTilesFile(QString());
    m_map->setTileUrlTemplate(QString());
    QVERIFY(!m_map->tilesActive());
    QVERIFY(m_map->tileError().isEmpty());
    m_map->setZoomLevel(10.4);
    m_map->setCenter(QGeoCoordinate(33.40, 126.50));
}

void TestJejuMapTiles::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

// Sets the pack and waits until it is open or has failed to open.
bool TestJejuMapTiles::openPack(const QString &fileOrUrl)
{
    m_map->setTilesFile(fileOrUrl);
    return QTest::qWaitFor([this] { return !m_map->tileLayer()->provider()->isOpening(); }, 10000);
}

QImage TestJejuMapTiles::grab(const QString &name)
{
    QTest::qWait(30);
    const QImage image = m_window->grabWindow();
    image.save(QDir::temp().filePath(
        QStringLiteral("tst_jejumaptiles-%1-%2.png").arg(QGuiApplication::platformName(), name)));
    const qreal dpr = m_window->devicePixelRatio();
    return image.copy(QRect(kOffset * dpr, (QSizeF(800, 600) * dpr).toSize())).convertToFormat(QImage::Format_RGB32);
}

void TestJejuMapTiles::drawsThePackUnderTheVectorLayers()
{
    // A file: URL, as the file dialog hands it over.
    QVERIFY(openPack(QUrl::fromLocalFile(m_pack).toString()));
    QVERIFY2(m_map->tilesActive(), qPrintable(m_map->tileError()));
    QCOMPARE(m_map->tileAttribution(), QStringLiteral("test tiles"));
    QCOMPARE(m_map->tileLayer()->tileZoom(m_map->zoomLevel()), 10);

    const QPointF inland = m_map->fromCoordinate(kInland);
    const QPointF sea = m_map->fromCoordinate(kSea);
    QImage image;
    QTRY_VERIFY_WITH_TIMEOUT(share(image = grab(QStringLiteral("z10")), inland, packColour(kInland, 10)) > 0.9, 5000);
    QVERIFY2(share(image, sea, packColour(kSea, 10)) > 0.9, qPrintable(image.pixelColor(sea.toPoint()).name()));
    QVERIFY(packColour(kInland, 10) != packColour(kSea, 10)); // two different tiles, each in place

    // The vector layers stay on top: the marker's fill and the (blue) boundaries.
    const QPointF wind = m_map->fromCoordinate(kWind);
    QVERIFY2(share(image, wind, MapPalette::markerColor(u"wind"), 1) > 0.9,
             qPrintable(image.pixelColor(wind.toPoint()).name()));
    int boundary = 0, land = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            boundary += sameColor(image.pixelColor(x, y), kBoundary, 40) ? 1 : 0;
            land += sameColor(image.pixelColor(x, y), MapPalette::defaultLandColor()) ? 1 : 0;
        }
    }
    QVERIFY2(boundary > 500, qPrintable(QString::number(boundary)));
    // The land fill no longer hides the tiles.
    QVERIFY2(land < 50, qPrintable(QString::number(land)));
    // Most of the frame is pack colour: every pixel on a 20-px grid that is not boundary or marker.
    int fromPack = 0, total = 0;
    for (int y = 10; y < image.height(); y += 20) {
        for (int x = 10; x < image.width(); x += 20) {
            ++total;
            fromPack += sameColor(image.pixelColor(x, y), packColour(m_map->toCoordinate(QPointF(x, y)), 10)) ? 1 : 0;
        }
    }
    QVERIFY2(fromPack > total * 0.9, qPrintable(QStringLiteral("%1 of %2").arg(fromPack).arg(total)));
}

void TestJejuMapTiles::sharperZoomShowsFinerTiles()
{
    QVERIFY(openPack(m_pack));
    m_map->setZoomLevel(11.2);
    m_map->setCenter(kInland);
    QCOMPARE(m_map->tileLayer()->tileZoom(m_map->zoomLevel()), 11);
    const QPointF inland = m_map->fromCoordinate(kInland);
    QTRY_VERIFY_WITH_TIMEOUT(share(grab(QStringLiteral("z11")), inland, packColour(kInland, 11)) > 0.9, 5000);
    QVERIFY(packColour(kInland, 11) != packColour(kInland, 10));
}

void TestJejuMapTiles::overzoomShowsTheParentsColour()
{
    QVERIFY(openPack(m_pack));
    m_map->setZoomLevel(14.0); // two levels past the pack's maxzoom 12
    m_map->setCenter(kInland);
    QCOMPARE(m_map->tileLayer()->tileZoom(m_map->zoomLevel()), 14);
    const QPointF centre(400, 300);
    QImage image;
    QTRY_VERIFY_WITH_TIMEOUT(share(image = grab(QStringLiteral("z14")), centre, packColour(kInland, 12), 5) > 0.9, 5000);
    QVERIFY(m_map->tileError().isEmpty());
}

void TestJejuMapTiles::standInsWhileTilesLoad()
{
    // Draw lists are asked for without a request, so the exact tiles are certainly not there.
    TileLayer layer;
    layer.setFile(m_pack);
    QTRY_VERIFY_WITH_TIMEOUT(layer.isActive(), 5000);
    // 256 px around Jocheon: zoom-10 tiles 871..872 × 410..411, all in the pack.
    const MapViewport z10(kInland, 10.0, QSizeF(256, 256));
    const MapViewport z11 = z10.withZoom(11.0);
    const MapViewport z12 = z10.withZoom(12.0);
    layer.setViewport(z10);
    QTRY_COMPARE_WITH_TIMEOUT(layer.drawList(z10).size(), TileMath::tilesCovering(z10, 10).size(), 5000);
    // Zooming in: quarter-tiles of the zoom-10 images stand in for the zoom-11 tiles.
    const QList<et::map::TileDraw> parents = layer.drawList(z11);
    QCOMPARE(parents.size(), TileMath::tilesCovering(z11, 11).size());
    for (const auto &piece : parents) {
        QCOMPARE(piece.source.size(), QSizeF(128, 128));
        const QGeoCoordinate c = z11.toCoordinate(piece.target.center());
        QCOMPARE(piece.image.pixelColor(piece.source.center().toPoint()), packColour(c, 10));
    }
    // Zooming out: four zoom-11 tiles stand in for a zoom-10 tile once all four are here. A 512-px
    // view at zoom 11 holds all four children of 10/872/410.
    et::map::TileImageCache *cache = layer.provider()->imageCache();
    cache->clear(); // forget zoom 10, then load zoom 11
    layer.setViewport(z11.withSize(QSizeF(512, 512)));
    QTRY_VERIFY_WITH_TIMEOUT(cache->childrenCover(TileMath::tileAt(kInland.latitude(), kInland.longitude(), 10)), 5000);
    const QList<et::map::TileDraw> children = layer.drawList(z10);
    int fine = 0;
    for (const auto &piece : children) {
        if (piece.source.size() != QSizeF(256, 256) || std::abs(piece.target.width() - 128) > 1)
            continue;
        ++fine;
        const QGeoCoordinate c = z10.toCoordinate(piece.target.center());
        QCOMPARE(piece.image.pixelColor(128, 128), packColour(c, 11));
    }
    QVERIFY2(fine >= 4, qPrintable(QString::number(fine)));
    // Past maxzoom: a quarter of a quarter of the zoom-12 tile (the zoom-11 ones stand in until it
    // is decoded), and no request for a zoom-14 tile the pack cannot have.
    const MapViewport z14 = z12.withZoom(14.0);
    layer.setViewport(z14);
    const auto allFromZoom12 = [&] {
        const QList<et::map::TileDraw> pieces = layer.drawList(z14);
        return !pieces.isEmpty() && std::all_of(pieces.cbegin(), pieces.cend(), [](const et::map::TileDraw &p) {
            return p.source.size() == QSizeF(64, 64);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFromZoom12(), 5000);
    QVERIFY(!cache->contains(TileMath::tileAt(kInland.latitude(), kInland.longitude(), 14)));
    QVERIFY(cache->contains(TileMath::tileAt(kInland.latitude(), kInland.longitude(), 12)));
    QVERIFY(layer.error().isEmpty());
}

// A tile server that cannot be reached (a closed port): the tiles fetched earlier still show from
// the disk cache, the missing ones give one message, and the frame is drawn regardless.
void TestJejuMapTiles::serverTilesShowOfflineFromTheDiskCache()
{
    QTemporaryDir cacheDir;
    const QString url = QStringLiteral("http://127.0.0.1:1/{z}/{x}/{y}.png");
    et::client::TileDiskCache disk(cacheDir.path(), url);
    for (const auto &t : et::test::jejuTiles()) {
        if (t.z == 10)
            QVERIFY(disk.write(TileId{t.z, t.x, t.y}, t.bytes).ok());
    }
    QSignalSpy changes(m_map, &JejuMap::tilesChanged);
    m_map->setTileCacheDirectory(cacheDir.path());
    m_map->setTileUrlTemplate(url);
    QVERIFY2(m_map->tilesActive(), qPrintable(m_map->tileError()));
    const QPointF inland = m_map->fromCoordinate(kInland);
    QTRY_VERIFY_WITH_TIMEOUT(share(grab(QStringLiteral("xyz-cached")), inland, packColour(kInland, 10)) > 0.9, 5000);

    // Zoom 11 is not cached: the fetch fails, the zoom-10 tiles stand in, one message says so.
    m_map->setZoomLevel(11.2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->tileError().isEmpty(), 10000);
    QVERIFY2(m_map->tileError().contains(QLatin1String("tile 11/")), qPrintable(m_map->tileError()));
    const QImage image = grab(QStringLiteral("xyz-offline"));
    const QPointF moved = m_map->fromCoordinate(kInland);
    QVERIFY(share(image, moved, packColour(kInland, 10)) > 0.9);
    const qsizetype signalled = changes.size();
    for (int i = 0; i < 10; ++i) { // more views, more failures: no new message
        m_map->pan(i % 2 ? 40 : -40, 0);
        QTest::qWait(100);
    }
    QCOMPARE(changes.size(), signalled);
}

void TestJejuMapTiles::badPackSetsAClearErrorAndKeepsTheVectorMap_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("opens");
    QVERIFY(m_dir.isValid());
    QFile text(m_dir.filePath(QStringLiteral("notes.mbtiles")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are not map tiles\n");
    text.close();
    QList<et::test::FixtureTile> garbage, undecodable;
    for (const auto &t : et::test::jejuTiles()) {
        garbage.append({t.z, t.x, t.y, QByteArray("not an image")});
        // The PNG signature passes the pack's format check; the decoder finds the rest broken.
        undecodable.append({t.z, t.x, t.y, t.bytes.left(40)});
    }
    auto vector = et::test::jejuMetadata();
    for (auto &[key, value] : vector)
        if (key == u"format")
            value = QStringLiteral("pbf");

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("gone.mbtiles")) << "does not exist" << false;
    QTest::newRow("not SQLite") << text.fileName() << "not an SQLite" << false;
    QTest::newRow("no tiles table")
        << writePack(QStringLiteral("notiles.mbtiles"), et::test::jejuMetadata(), {}, false) << "\"tiles\"" << false;
    QTest::newRow("vector tiles") << writePack(QStringLiteral("vector.mbtiles"), vector, et::test::jejuTiles())
                                  << "pbf" << false;
    QTest::newRow("corrupt blobs") << writePack(QStringLiteral("garbage.mbtiles"), et::test::jejuMetadata(), garbage)
                                   << "corrupt" << true;
    QTest::newRow("truncated PNGs")
        << writePack(QStringLiteral("truncated.mbtiles"), et::test::jejuMetadata(), undecodable) << "decoded" << true;
}

void TestJejuMapTiles::badPackSetsAClearErrorAndKeepsTheVectorMap()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    QFETCH(bool, opens);
    QVERIFY(!file.isEmpty());
    QVERIFY(openPack(file));
    QCOMPARE(m_map->tilesActive(), opens);
    QTRY_VERIFY_WITH_TIMEOUT(!m_map->tileError().isEmpty(), 5000);
    QVERIFY2(m_map->tileError().contains(mentions), qPrintable(m_map->tileError()));
    // The vector map as without tiles: land in its fill colour, sea, the marker.
    const QImage image = grab(QStringLiteral("bad-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    const QPointF inland = m_map->fromCoordinate(kInland);
    QVERIFY2(share(image, inland, MapPalette::defaultLandColor()) > 0.9, qPrintable(image.pixelColor(inland.toPoint()).name()));
    QVERIFY(share(image, m_map->fromCoordinate(kSea), MapPalette::defaultSeaColor()) > 0.9);
    QVERIFY(share(image, m_map->fromCoordinate(kWind), MapPalette::markerColor(u"wind"), 1) > 0.9);
    // Closing the pack clears the message.
    m_map->setTilesFile(QString());
    QVERIFY(m_map->tileError().isEmpty());
}

QTEST_MAIN(TestJejuMapTiles)
#include "tst_jejumaptiles.moc"
