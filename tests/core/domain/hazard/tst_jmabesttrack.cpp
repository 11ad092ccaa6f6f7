// SPDX-License-Identifier: MIT
// JMA's best tracks (bst_all.txt) of the storms that passed Jeju 2015–2021: all 17 read, SOULIK
// (1819) fix by fix as the file has it, its radii per quadrant by the stated rule, interpolation
// between fixes, its closest approach to Jeju, and damaged files refused with the line named.
#include "domain/hazard/jmabesttrack.h"

#include <QFile>
#include <QTest>

using namespace et::domain::hazard;

namespace {
QByteArray bundled()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const TyphoonTrack *named(const QList<TyphoonTrack> &tracks, const QString &name)
{
    for (const TyphoonTrack &t : tracks) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}
} // namespace

class TestJmaBestTrack : public QObject
{
    Q_OBJECT
private slots:
    void readsTheBundledTracks()
    {
        const auto tracks = JmaBestTrack::parse(bundled());
        QVERIFY2(tracks.ok(), qPrintable(tracks.ok() ? QString() : tracks.error().toString()));
        QCOMPARE(tracks.value().size(), 17);
        const TyphoonTrack *soulik = named(tracks.value(), QStringLiteral("SOULIK"));
        QVERIFY(soulik);
        QCOMPARE(soulik->id, QStringLiteral("1819"));
        QCOMPARE(soulik->points.size(), 69);
        QCOMPARE(soulik->source, QStringLiteral("JMA"));
        // "18082212 002 5 319 1262  960     075     90080 0080 90150 0150"
        const auto at = std::find_if(soulik->points.cbegin(), soulik->points.cend(),
                                     [](const TrackPoint &p) { return p.time == QDateTime(QDate(2018, 8, 22), QTime(12, 0), Qt::UTC); });
        QVERIFY(at != soulik->points.cend());
        QCOMPARE(at->lat, 31.9);
        QCOMPARE(at->lon, 126.2);
        QCOMPARE(*at->pressureHpa, 960.0);
        QVERIFY(std::abs(*at->maxWindMs - 75 * 0.514444) < 1e-9);
        QVERIFY(at->r25.known && at->r15.known);
        for (const double km : at->r25.km)
            QVERIFY(std::abs(km - 80 * 1.852) < 1e-9); // direction 9: a circle
        // "18082312 002 4 343 1261  975     060     90060 0060 40150 0120": the 30-kt radius is
        // longest (150 nm) to the south, shortest (120 nm) to the north; at the quadrants'
        // middles (45° from south or north) it is 150 − 30 × 45/180 and 150 − 30 × 135/180 nm.
        const auto later = std::find_if(soulik->points.cbegin(), soulik->points.cend(),
                                        [](const TrackPoint &p) { return p.time == QDateTime(QDate(2018, 8, 23), QTime(12, 0), Qt::UTC); });
        QVERIFY(later != soulik->points.cend());
        const double south = (150.0 - 30.0 * 45.0 / 180.0) * 1.852, north = (150.0 - 30.0 * 135.0 / 180.0) * 1.852;
        QVERIFY(std::abs(later->r15.km[size_t(Quadrant::SouthEast)] - south) < 1e-9);
        QVERIFY(std::abs(later->r15.km[size_t(Quadrant::SouthWest)] - south) < 1e-9);
        QVERIFY(std::abs(later->r15.km[size_t(Quadrant::NorthEast)] - north) < 1e-9);
        QVERIFY(std::abs(later->r15.atBearing(200.0) - south) < 1e-9);
        // A depression's fix ("18081506 002 2 117 1447 1000     000") has no wind and no radii.
        QCOMPARE(soulik->points.first().time, QDateTime(QDate(2018, 8, 15), QTime(6, 0), Qt::UTC));
        QVERIFY(!soulik->points.first().maxWindMs);
        QVERIFY(!soulik->points.first().r15.known && !soulik->points.first().r25.known);
        // It passed west of Jeju: its nearest fix to Jeju City (33.50 N 126.53 E) is 23 Aug 06 UTC
        // at 33.6 N 125.7 E — by hand, 0.1° of latitude is 11.1 km and 0.83° of longitude at 33.5°
        // is 77.0 km, so 77.8 km.
        QVERIFY2(std::abs(soulik->closestApproachKm(33.50, 126.53) - 77.8) < 0.5, qPrintable(QString::number(soulik->closestApproachKm(33.50, 126.53))));
    }

    void interpolatesBetweenFixes()
    {
        const auto tracks = JmaBestTrack::parse(bundled()).value();
        const TyphoonTrack *soulik = named(tracks, QStringLiteral("SOULIK"));
        QVERIFY(soulik);
        // Halfway between 22 Aug 12 UTC (31.9, 126.2, 960 hPa) and 18 UTC (32.6, 125.7, 965 hPa).
        const auto mid = soulik->at(QDateTime(QDate(2018, 8, 22), QTime(15, 0), Qt::UTC));
        QVERIFY(mid);
        QVERIFY(std::abs(mid->lat - 32.25) < 1e-9);
        QVERIFY(std::abs(mid->lon - 125.95) < 1e-9);
        QVERIFY(std::abs(*mid->pressureHpa - 962.5) < 1e-9);
        QVERIFY(!soulik->at(QDateTime(QDate(2018, 9, 30), QTime(0, 0), Qt::UTC)));
    }

    void refusesDamagedFiles()
    {
        const QByteArray good = "66666 1819  002 0024 1819 1 0               SOULIK              20181005\r\n"
                                "18082212 002 5 319 1262  960     075     90080 0080 90150 0150\r\n"
                                "18082218 002 5 326 1257  965     070     90060 0060 90150 0150\r\n";
        QVERIFY(JmaBestTrack::parse(good).ok());
        const auto error = [](const QByteArray &text) {
            const auto r = JmaBestTrack::parse(text);
            return r.ok() ? QString() : r.error().toString();
        };
        QVERIFY(error(QByteArray(good).replace("002 0024", "003 0024")).startsWith(QStringLiteral("line 1: announces 3 data lines")));
        QVERIFY(error(QByteArray(good).replace("319 1262", "9x9 1262")).startsWith(QStringLiteral("line 2:")));
        QVERIFY(error(QByteArray(good).replace("18082218", "18082212")).contains(QStringLiteral("not after")));
        QVERIFY(error(QByteArray(good).replace(" 960 ", " 060 ")).contains(QStringLiteral("hPa")));
        QVERIFY(error(QByteArray(good).replace("90080 0080", "90080 0090")).contains(QStringLiteral("wind radii")));
        QVERIFY(error("18082212 002 5 319 1262  960\n").contains(QStringLiteral("66666")));
    }
};

QTEST_GUILESS_MAIN(TestJmaBestTrack)
#include "tst_jmabesttrack.moc"
