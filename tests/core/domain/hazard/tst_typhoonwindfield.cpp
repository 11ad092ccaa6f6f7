// SPDX-License-Identifier: MIT
// A typhoon fix's surface wind field on real fixes of SOULIK (1819): the fitted Rmax gives 15 m/s
// at the fix's own mean 30-kt radius, the 50-kt radius (not fitted) comes out close to 25 m/s,
// the strongest surface wind is the fix's maximum, and severity and GDACS colour follow their
// stated thresholds. JTWC's CSV is read too.
#include "domain/hazard/hazardseverity.h"
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/jtwcbesttrack.h"
#include "domain/hazard/typhoonwindfield.h"
#include "domain/geo/geodesy.h"

#include <QFile>
#include <QTest>

using namespace et::domain::hazard;

namespace {
QByteArray bundled(const char *name)
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TrackPoint soulikAt(const QDateTime &time)
{
    const QList<TyphoonTrack> tracks = JmaBestTrack::parse(bundled("jma-besttrack-jeju-2015-2021.txt")).value();
    for (const TyphoonTrack &t : tracks) {
        if (t.name == u"SOULIK")
            return *t.at(time);
    }
    return {};
}
} // namespace

class TestTyphoonWindField : public QObject
{
    Q_OBJECT
private slots:
    void fitsTheFixRadii()
    {
        // 22 Aug 2018 12 UTC: 960 hPa, 75 kt, 50-kt radius 80 nm and 30-kt radius 150 nm all round.
        const TrackPoint fix = soulikAt(QDateTime(QDate(2018, 8, 22), QTime(12, 0), Qt::UTC));
        const auto profile = TyphoonWindField::profileOf(fix);
        QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
        // 150 nm due east of the centre.
        const auto east30 = et::domain::geo::Geodesy::destination(fix.lat, fix.lon, 150 * 1.852, 90.0);
        QVERIFY(std::abs(TyphoonWindField::surfaceWindMs(fix, profile.value(), east30.latitude(), east30.longitude()) - 15.0) < 0.05);
        // The 50-kt radius is not fitted: the symmetric profile gives it within 15 %.
        const auto east50 = et::domain::geo::Geodesy::destination(fix.lat, fix.lon, 80 * 1.852, 90.0);
        const double at50 = TyphoonWindField::surfaceWindMs(fix, profile.value(), east50.latitude(), east50.longitude());
        QVERIFY2(std::abs(at50 - 25.7) / 25.7 < 0.15, qPrintable(QString::number(at50)));
        qInfo("SOULIK 22 Aug 12 UTC: Rmax %.0f km, B %.2f; the 50-kt (25.7 m/s) radius gets %.1f m/s", profile.value().rmaxKm(),
              profile.value().b(), at50);
        // The strongest surface wind is the fix's 75 kt less what Coriolis takes near Rmax: at
        // Rmax the gradient wind is sqrt(Vm² + (r f/2)²) − r f/2 with Vm = 75 kt / 0.8.
        double strongest = 0.0;
        for (double r = 5.0; r < 300.0; r += 0.5)
            strongest = std::max(strongest, TyphoonWindField::kSurfaceFactor * profile.value().gradientWindMs(r));
        const double vm = 75 * 0.514444 / 0.8;
        const double half = profile.value().rmaxKm() * 1000.0 * 2.0 * 7.292e-5 * std::sin(fix.lat * M_PI / 180.0) / 2.0;
        const double atRmax = 0.8 * (std::sqrt(vm * vm + half * half) - half);
        QVERIFY2(strongest >= atRmax - 1e-9 && strongest < atRmax * 1.01, qPrintable(QStringLiteral("%1 vs %2").arg(strongest).arg(atRmax)));
        QVERIFY(strongest < 75 * 0.514444);
    }

    void aFixNeedsPressureOrWind()
    {
        TrackPoint bare;
        bare.time = QDateTime(QDate(2018, 8, 22), QTime(12, 0), Qt::UTC);
        QVERIFY(!TyphoonWindField::profileOf(bare).ok());
        bare.maxWindMs = 30.0;
        QVERIFY(TyphoonWindField::profileOf(bare).ok());
        bare.pressureHpa = 1015.0; // above the ambient: no storm
        QVERIFY(!TyphoonWindField::profileOf(bare).ok());
    }

    void severityAndAlertFollowTheirThresholds()
    {
        QCOMPARE(HazardSeverity::ofTyphoonWind(16.9), 1);
        QCOMPARE(HazardSeverity::ofTyphoonWind(17.0), 2);
        QCOMPARE(HazardSeverity::ofTyphoonWind(25.0), 3);
        QCOMPARE(HazardSeverity::ofTyphoonWind(75 * 0.514444), 4); // SOULIK near Jeju: 38.6 m/s, 강
        QCOMPARE(HazardSeverity::ofTyphoonWind(44.0), 5);
        QVERIFY(HazardSeverity::typhoonAlert(25.5) == AlertLevel::Green);  // 91.8 km/h
        QVERIFY(HazardSeverity::typhoonAlert(25.6) == AlertLevel::Orange); // 92.2 km/h
        QVERIFY(HazardSeverity::typhoonAlert(49.4) == AlertLevel::Orange); // 177.8 km/h
        QVERIFY(HazardSeverity::typhoonAlert(49.5) == AlertLevel::Red);
        QCOMPARE(HazardSeverity::ofEarthquakeIntensity(5.0), 2);
        QVERIFY(HazardSeverity::earthquakeAlert(6.0) == AlertLevel::Orange);
        QCOMPARE(HazardSeverity::toString(AlertLevel::Red), QStringLiteral("red"));
    }

    void readsJtwc()
    {
        const auto tracks = JtwcBestTrack::parse(bundled("jtwc-besttrack-jeju-2000-2021.csv"));
        QVERIFY2(tracks.ok(), qPrintable(tracks.ok() ? QString() : tracks.error().toString()));
        QCOMPARE(tracks.value().size(), 33);
        const auto soulik = std::find_if(tracks.value().cbegin(), tracks.value().cend(), [](const TyphoonTrack &t) { return t.id == u"201822"; });
        QVERIFY(soulik != tracks.value().cend());
        QCOMPARE(soulik->points.size(), 43);
        // "22,2018,8,18,6,24.8,140.1,105.0,943.0,201822,Cat3"
        const auto fix = soulik->at(QDateTime(QDate(2018, 8, 18), QTime(6, 0), Qt::UTC));
        QVERIFY(fix);
        QCOMPARE(fix->lat, 24.8);
        QCOMPARE(*fix->pressureHpa, 943.0);
        QVERIFY(std::abs(*fix->maxWindMs - 105 * 0.514444) < 1e-9);
        QVERIFY(!fix->r15.known);
        // Its first fix has no pressure (MSLP 0 in the file).
        QVERIFY(!JtwcBestTrack::parse("Year,Month,Day,Hour,Lat,Lon,VMax,MSLP,SN\n2018,8,15,0,11.4,145.1,15,0,201822\n").value().first().points.first().pressureHpa);
        QVERIFY(JtwcBestTrack::parse("Year,Month,Day,Hour,Lat,Lon,VMax,SN\n").error().toString().contains(QStringLiteral("MSLP")));
        QVERIFY(JtwcBestTrack::parse("Year,Month,Day,Hour,Lat,Lon,VMax,MSLP,SN\n2018,8,15,0,north,145.1,15,0,201822\n").error().toString().startsWith(QStringLiteral("line 2")));
    }
};

QTEST_GUILESS_MAIN(TestTyphoonWindField)
#include "tst_typhoonwindfield.moc"
