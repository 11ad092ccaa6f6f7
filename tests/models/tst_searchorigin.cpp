// SPDX-License-Identifier: MIT
// Where the center search measures from: an NMEA log written here (RMC sentences a second apart,
// replayed by QtPositioning's NMEA plugin as a GPS would send them) moves the search's origin and
// so the nearest center; a point chosen on the map and the map's centre take over when asked,
// and the view is told which one is in use. A file that does not exist is refused with a reason.
#include "centerfiltermodel.h"
#include "consolecontroller.h"
#include "searchorigin.h"
#include "storefixture.h"

#include <QGeoCoordinate>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

namespace {

/// "$GPRMC,…*CS": a fix at `lat`/`lon` at 12:00:`second` UTC on 1 Sep 2026.
QByteArray rmc(int second, double lat, double lon)
{
    auto dm = [](double deg, int width) {
        const int whole = int(deg);
        return QByteArray::number(whole).rightJustified(width, '0') + QByteArray::number((deg - whole) * 60.0, 'f', 4).rightJustified(7, '0');
    };
    const QByteArray body = "GPRMC,1200" + QByteArray::number(second).rightJustified(2, '0') + ".00,A," + dm(lat, 2) + ",N," + dm(lon, 3)
                            + ",E,0.0,0.0,010926,,,A";
    char sum = 0;
    for (const char c : body)
        sum ^= c;
    return '$' + body + '*' + QByteArray::number(uchar(sum), 16).rightJustified(2, '0').toUpper() + "\r\n";
}

constexpr double kSeogwipoLat = 33.2534, kSeogwipoLon = 126.5553; // 서귀포보건소
constexpr double kJejuCityLat = 33.4996, kJejuCityLon = 126.5312;  // 제주시청

} // namespace

class TestSearchOrigin : public QObject
{
    Q_OBJECT
private slots:
    void anNmeaLogMovesTheSearch()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::ConsoleController console(&fixture.store(), nullptr);
        models::SearchOrigin &origin = *console.searchOrigin();
        models::CenterFilterModel &centers = *console.centers();
        centers.setSortBy(QStringLiteral("distance"));
        console.setMapCenter(QGeoCoordinate(33.38, 126.55));
        QCOMPARE(origin.source(), QStringLiteral("map"));
        QTRY_VERIFY(centers.hasOrigin());
        QVERIFY(qAbs(centers.originLatitude() - 33.38) < 1e-9);

        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("drive.nmea"));
        {
            QFile f(log);
            QVERIFY(f.open(QIODevice::WriteOnly));
            // At Seogwipo's health center, then two seconds later at Jeju City Hall.
            f.write(rmc(0, kSeogwipoLat, kSeogwipoLon));
            f.write(rmc(1, kSeogwipoLat, kSeogwipoLon));
            f.write(rmc(3, kJejuCityLat, kJejuCityLon));
        }
        QVERIFY(!origin.startNmea(dir.filePath(QStringLiteral("missing.nmea")), &error));
        QVERIFY(error.contains(u"missing.nmea"));
        QVERIFY2(origin.startNmea(log, &error), qPrintable(error));
        QVERIFY(origin.gpsConfigured());

        QTRY_COMPARE_WITH_TIMEOUT(origin.source(), QStringLiteral("gps"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(centers.originLatitude() - kSeogwipoLat) < 1e-4, 5000);
        QVERIFY(qAbs(centers.originLongitude() - kSeogwipoLon) < 1e-4);
        QVERIFY(origin.description().contains(u"drive.nmea"));
        const QString nearSeogwipo = centers.get(0).value(QStringLiteral("address")).toString();
        QVERIFY2(nearSeogwipo.contains(u"서귀포"), qPrintable(nearSeogwipo));

        // The log drives on to Jeju City: the origin, and the nearest center, follow.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(centers.originLatitude() - kJejuCityLat) < 1e-4, 8000);
        const QString nearJeju = centers.get(0).value(QStringLiteral("address")).toString();
        QVERIFY2(nearJeju.contains(u"제주시"), qPrintable(nearJeju));

        // A point on the map wins over the GPS until the user goes back to it.
        QVERIFY(!origin.usePoint(QGeoCoordinate()));
        QVERIFY(origin.usePoint(QGeoCoordinate(33.30, 126.30)));
        QCOMPARE(origin.source(), QStringLiteral("point"));
        QVERIFY(qAbs(centers.originLatitude() - 33.30) < 1e-9);
        origin.useMapCentre();
        QCOMPARE(origin.source(), QStringLiteral("map"));
        QVERIFY(qAbs(centers.originLatitude() - 33.38) < 1e-9);
        origin.useGps();
        QCOMPARE(origin.source(), QStringLiteral("gps"));
        QVERIFY(qAbs(centers.originLatitude() - kJejuCityLat) < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestSearchOrigin)
#include "tst_searchorigin.moc"
