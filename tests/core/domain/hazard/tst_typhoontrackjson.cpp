// SPDX-License-Identifier: MIT
// A typhoon track's JSON: every bundled JMA track goes out and comes back equal, and the codec
// refuses what a track cannot be, naming the field.
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/typhoontrackjson.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace et::domain::hazard;

class TestTyphoonTrackJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsTheBundledTracks()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/hazards/jma-besttrack-jeju-2015-2021.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<TyphoonTrack> tracks = JmaBestTrack::parse(f.readAll()).value();
        QCOMPARE(tracks.size(), 17);
        for (const TyphoonTrack &t : tracks) {
            const auto back = TyphoonTrackJson::fromJson(TyphoonTrackJson::toJson(t));
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
            QCOMPARE(back.value().points, t.points);
            QCOMPARE(back.value().name, t.name);
        }
    }

    void refusesNonsense()
    {
        const auto error = [](const QJsonObject &o) {
            const auto r = TyphoonTrackJson::fromJson(o);
            return r.ok() ? QString() : r.error().toString();
        };
        const QJsonObject fix{{"time", "2018-08-22T12:00:00Z"}, {"lat", 31.9}, {"lon", 126.2}, {"pressure_hpa", 960}};
        QVERIFY(error(QJsonObject{{"points", QJsonArray{fix}}}).isEmpty());
        QVERIFY(error(QJsonObject{{"points", QJsonArray{}}}).contains(QStringLiteral("1 to")));
        QJsonObject bad = fix;
        bad["lat"] = 95;
        QVERIFY(error(QJsonObject{{"points", QJsonArray{bad}}}).startsWith(QStringLiteral("points[0].lat")));
        bad = fix;
        bad["pressure_hpa"] = 500;
        QVERIFY(error(QJsonObject{{"points", QJsonArray{bad}}}).startsWith(QStringLiteral("points[0].pressure_hpa")));
        bad = fix;
        bad["r15_km"] = QJsonArray{100, 100, 100};
        QVERIFY(error(QJsonObject{{"points", QJsonArray{bad}}}).startsWith(QStringLiteral("points[0].r15_km")));
        QVERIFY(error(QJsonObject{{"points", QJsonArray{fix, fix}}}).startsWith(QStringLiteral("points[1].time")));
        QVERIFY(!TyphoonTrackJson::fromJson(QJsonValue(3)).ok());
    }
};

QTEST_GUILESS_MAIN(TestTyphoonTrackJson)
#include "tst_typhoontrackjson.moc"
