// SPDX-License-Identifier: MIT
// GeoJsonReader on the real Jeju boundaries and on broken input: every failure must name the
// feature (by index) and the field.
#include "domain/geo/geojsonreader.h"

#include <QFile>
#include <QJsonArray>
#include <QtTest>

using namespace et::domain::geo;

namespace {

QByteArray featureCollection(const QByteArray &geometry, const QByteArray &properties
                                                         = R"({"name":"한림읍","name_eng":"Hallim-eup","code":"3901011"})")
{
    const QByteArray good = R"({"type":"Feature","properties":{"name":"애월읍","code":"3901012"},
        "geometry":{"type":"Polygon","coordinates":[[[126.3,33.4],[126.4,33.4],[126.4,33.5],[126.3,33.4]]]}})";
    return R"({"type":"FeatureCollection","features":[)" + good + R"(,{"type":"Feature","properties":)" + properties
        + R"(,"geometry":)" + geometry + "}]}";
}

} // namespace

class TestGeoJsonReader : public QObject
{
    Q_OBJECT
private slots:
    void readsRealJejuBoundaries()
    {
        QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/geo/jeju-emd-2018.geojson"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        GeoJsonReader::Stats stats;
        auto regions = GeoJsonReader::read(file.readAll(), &stats);
        QVERIFY2(regions.ok(), qPrintable(regions.ok() ? QString() : regions.error().toString()));
        QCOMPARE(regions.value().size(), 43);
        // Counted with python3: 9 rings of the file have fewer than 3 distinct positions, all of
        // them outer rings.
        QCOMPARE(stats.droppedRings, 9);
        QCOMPARE(stats.droppedPolygons, 9);
        const GeoRegion &first = regions.value().first();
        QCOMPARE(first.name, QStringLiteral("한림읍"));
        QCOMPARE(first.nameEng, QStringLiteral("Hallim-eup"));
        QCOMPARE(first.code, QStringLiteral("3901011"));
        // Its first polygon in the file starts at 126.2273610591042, 33.41245759723182 and has 7
        // positions including the closing repeat, which the reader drops.
        QCOMPARE(first.polygons.first().first().size(), 6);
        QCOMPARE(first.polygons.first().first().first(), QPointF(126.2273610591042, 33.41245759723182));
        QStringList names;
        for (const auto &r : regions.value())
            names << r.name;
        QVERIFY(names.contains(QStringLiteral("우도면")));
        QVERIFY(names.contains(QStringLiteral("추자면")));
    }

    void readsPolygonAndMultiPolygon()
    {
        auto poly = GeoJsonReader::read(featureCollection(
            R"({"type":"MultiPolygon","coordinates":[[[[126,33],[127,33],[127,34],[126,33]]],[[[126.1,33.1],[126.2,33.1],[126.2,33.2],[126.1,33.1]],[[126.12,33.11],[126.15,33.11],[126.15,33.15],[126.12,33.11]]]]})"));
        QVERIFY2(poly.ok(), qPrintable(poly.ok() ? QString() : poly.error().toString()));
        QCOMPARE(poly.value().size(), 2);
        QCOMPARE(poly.value().at(0).polygons.size(), 1);
        QCOMPARE(poly.value().at(1).polygons.size(), 2);
        QCOMPARE(poly.value().at(1).polygons.at(1).size(), 2); // outer + hole
        QCOMPARE(poly.value().at(0).nameEng, QString()); // optional
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // a part of the error text
        QTest::newRow("malformed json") << QByteArray(R"({"type":"FeatureCollection","features":[)") << QString();
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
        QTest::newRow("wrong top type") << QByteArray(R"({"type":"Feature","features":[]})")
                                        << QStringLiteral("type: expected \"FeatureCollection\"");
        QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection"})") << QStringLiteral("features: is missing");
        QTest::newRow("point geometry")
            << featureCollection(R"({"type":"Point","coordinates":[126.5,33.4]})")
            << QStringLiteral("features[1].geometry.type: unsupported geometry \"Point\"");
        QTest::newRow("latitude out of range")
            << featureCollection(R"({"type":"Polygon","coordinates":[[[126,33],[127,33],[127,94],[126,33]]]})")
            << QStringLiteral("features[1].geometry.coordinates[0][2]: coordinate out of range");
        QTest::newRow("longitude out of range")
            << featureCollection(R"({"type":"MultiPolygon","coordinates":[[[[126,33],[127,33],[127,34],[126,33]]],[[[190,33],[127,33],[127,34],[190,33]]]]})")
            << QStringLiteral("features[1].geometry.coordinates[1][0][0]: coordinate out of range");
        QTest::newRow("string coordinate")
            << featureCollection(R"({"type":"Polygon","coordinates":[[[126,33],["127",33],[127,34],[126,33]]]})")
            << QStringLiteral("features[1].geometry.coordinates[0][1]: longitude and latitude must be numbers");
        QTest::newRow("one-position ring")
            << featureCollection(R"({"type":"Polygon","coordinates":[[[126,33]]]})")
            << QStringLiteral("features[1].geometry.coordinates[0]: a ring needs its first position repeated");
        QTest::newRow("unclosed ring")
            << featureCollection(R"({"type":"Polygon","coordinates":[[[126,33],[127,33],[127,34],[126,34]]]})")
            << QStringLiteral("features[1].geometry.coordinates[0]: ring is not closed");
        QTest::newRow("missing name")
            << featureCollection(R"({"type":"Polygon","coordinates":[[[126,33],[127,33],[127,34],[126,33]]]})",
                                 R"({"code":"1"})")
            << QStringLiteral("features[1].properties.name: is missing");
        QTest::newRow("missing geometry")
            << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a","code":"1"}}]})")
            << QStringLiteral("features[0].geometry: is missing");
        QTest::newRow("feature not an object")
            << QByteArray(R"({"type":"FeatureCollection","features":[42]})") << QStringLiteral("features[0]: a feature must be an object");
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto r = GeoJsonReader::read(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().toString().isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(r.error().toString().startsWith(expected), qPrintable(r.error().toString()));
    }

    void dropsRingsWithoutArea()
    {
        // As in the published data (구좌읍, 추자면, 성산읍): islets collapsed to a point or a line.
        GeoJsonReader::Stats stats;
        auto r = GeoJsonReader::read(featureCollection(
                                         R"({"type":"MultiPolygon","coordinates":[[[[126.9,33.5],[126.9,33.5]]],[[[126,33],[127,33],[127,34],[126,33]],[[126.5,33.5],[126.6,33.5],[126.5,33.5]]]]})"),
                                     &stats);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().at(1).polygons.size(), 1);
        QCOMPARE(r.value().at(1).polygons.first().size(), 1); // the line-shaped hole is gone
        QCOMPARE(r.value().at(1).polygons.first().first().size(), 3);
        QCOMPARE(stats.droppedRings, 2);
        QCOMPARE(stats.droppedPolygons, 1);
    }

    void rejectsNaNCoordinates()
    {
        // JSON text cannot carry NaN, but a QJsonObject built in code can.
        QJsonArray ring{QJsonArray{126.0, 33.0}, QJsonArray{qQNaN(), 33.0}, QJsonArray{127.0, 34.0},
                        QJsonArray{126.0, 33.0}};
        QJsonObject geometry{{QStringLiteral("type"), QStringLiteral("Polygon")},
                             {QStringLiteral("coordinates"), QJsonArray{ring}}};
        QJsonObject feature{{QStringLiteral("type"), QStringLiteral("Feature")},
                            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                       {QStringLiteral("code"), QStringLiteral("1")}}},
                            {QStringLiteral("geometry"), geometry}};
        QJsonObject fc{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                       {QStringLiteral("features"), QJsonArray{feature}}};
        auto r = GeoJsonReader::read(fc);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().startsWith(QLatin1String("features[0].geometry.coordinates[0][1]")),
                 qPrintable(r.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonReader)
#include "tst_geojsonreader.moc"
