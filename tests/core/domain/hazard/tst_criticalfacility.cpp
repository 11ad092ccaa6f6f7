// SPDX-License-Identifier: MIT
// The bundled critical facilities on the bundled base map: every one lies inside the
// eup/myeon/dong it names (its approximate position is that region's centroid), the life-critical
// ones come first in priority, the centroid of a square is its middle, and a bad file is refused
// with the entry named.
#include "domain/geo/geojsonreader.h"
#include "domain/hazard/criticalfacility.h"

#include <QFile>
#include <QTest>

using namespace et::domain;
using namespace et::domain::hazard;

namespace {
QByteArray bundled(const char *name)
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Even-odd test on the outer rings of a region.
bool inside(const geo::GeoRegion &region, double lat, double lon)
{
    for (const geo::GeoPolygon &polygon : region.polygons) {
        bool in = false;
        const geo::GeoRing &ring = polygon.first();
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            if ((ring[i].y() > lat) != (ring[j].y() > lat)
                && lon < (ring[j].x() - ring[i].x()) * (lat - ring[i].y()) / (ring[j].y() - ring[i].y()) + ring[i].x())
                in = !in;
        }
        if (in)
            return true;
    }
    return false;
}
} // namespace

class TestCriticalFacility : public QObject
{
    Q_OBJECT
private slots:
    void theBundledFacilitiesLieInTheirRegions()
    {
        const auto regions = geo::GeoJsonReader::read(bundled("jeju-emd-2018.geojson"));
        QVERIFY(regions.ok());
        const auto facilities = CriticalFacilities::fromJson(bundled("jeju-critical-facilities.json"), regions.value());
        QVERIFY2(facilities.ok(), qPrintable(facilities.ok() ? QString() : facilities.error().toString()));
        QVERIFY(facilities.value().size() >= 10);
        int hospitals = 0;
        for (const CriticalFacility &f : facilities.value()) {
            QVERIFY(f.approximate); // no position in the file is surveyed
            const auto region = std::find_if(regions.value().cbegin(), regions.value().cend(), [&](const geo::GeoRegion &g) { return g.name == f.region; });
            QVERIFY(region != regions.value().cend());
            QVERIFY2(inside(*region, f.lat, f.lon), qPrintable(f.id + QStringLiteral(" in ") + f.region));
            hospitals += f.kind == CriticalFacility::Kind::Hospital;
            if (f.lifeCritical)
                QVERIFY(f.priority <= 2);
        }
        QVERIFY(hospitals >= 4);
    }

    void centroidOfASquareIsItsMiddle()
    {
        geo::GeoRegion square;
        square.polygons = {{{QPointF(126.0, 33.0), QPointF(126.2, 33.0), QPointF(126.2, 33.2), QPointF(126.0, 33.2)}}};
        const QPointF c = CriticalFacilities::centroidOf(square);
        QVERIFY(std::abs(c.x() - 126.1) < 1e-12 && std::abs(c.y() - 33.1) < 1e-12);
    }

    void refusesABadFile()
    {
        geo::GeoRegion hallim;
        hallim.name = QStringLiteral("한림읍");
        hallim.polygons = {{{QPointF(126.2, 33.4), QPointF(126.3, 33.4), QPointF(126.3, 33.5), QPointF(126.2, 33.5)}}};
        const auto error = [&](const QByteArray &json) {
            const auto r = CriticalFacilities::fromJson(json, {hallim});
            return r.ok() ? QString() : r.error().toString();
        };
        const QByteArray good = R"({"facilities":[{"id":"a","name":"A","kind":"shelter","life_critical":false,"priority":4,"backup_hours":0,"region":"한림읍"}]})";
        QVERIFY(error(good).isEmpty());
        QVERIFY(error(QByteArray(good).replace("shelter", "castle")).startsWith(QStringLiteral("facilities[0].kind")));
        QVERIFY(error(QByteArray(good).replace("한림읍", "서울시")).startsWith(QStringLiteral("facilities[0].region")));
        QVERIFY(error(QByteArray(good).replace("\"priority\":4", "\"priority\":9")).startsWith(QStringLiteral("facilities[0].priority")));
        QVERIFY(error(R"({"facilities":[{"id":"a","name":"A","kind":"water","life_critical":true,"priority":2,"backup_hours":8,"region":"한림읍"},
                                         {"id":"a","name":"B","kind":"water","life_critical":true,"priority":2,"backup_hours":8,"region":"한림읍"}]})")
                    .startsWith(QStringLiteral("facilities[1].id")));
        QVERIFY(!error("{not json").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCriticalFacility)
#include "tst_criticalfacility.moc"
