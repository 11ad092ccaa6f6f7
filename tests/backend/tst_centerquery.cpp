// SPDX-License-Identifier: MIT
// CenterQuery: parameter validation and filtering on hand-made centers with known distances.
#include "api/centerquery.h"

#include <QTest>

using et::backend::CenterQuery;
using et::domain::Center;

class TestCenterQuery : public QObject
{
    Q_OBJECT

    static Center center(const QString &id, const QString &name, const QString &category, double lat, double lon)
    {
        Center c;
        c.id = id;
        c.name = name;
        c.category = category;
        c.lat = lat;
        c.lon = lon;
        c.roadAddress = QStringLiteral("제주특별자치도 제주시 ") + name;
        return c;
    }

private slots:
    void rejectsBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a number") << "lat=abc&lon=126.5" << "lat";
        QTest::newRow("NaN") << "lat=NaN&lon=126.5" << "lat";
        QTest::newRow("infinity") << "lat=33.5&lon=inf" << "lon";
        QTest::newRow("lat out of range") << "lat=91&lon=126.5" << "lat";
        QTest::newRow("lon out of range") << "lat=33&lon=-181" << "lon";
        QTest::newRow("lat without lon") << "lat=33.5" << "lon";
        QTest::newRow("radius without point") << "radius_km=5" << "radius_km";
        QTest::newRow("negative radius") << "lat=33.5&lon=126.5&radius_km=-1" << "radius_km";
        QTest::newRow("zero radius") << "lat=33.5&lon=126.5&radius_km=0" << "radius_km";
        QTest::newRow("empty number") << "lat=&lon=126.5" << "lat";
    }
    void rejectsBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const auto q = CenterQuery::parse(QUrlQuery(query));
        QVERIFY(!q.ok());
        QCOMPARE(q.error().field, field);
    }

    void filtersAndSortsByDistance()
    {
        // One degree of latitude is 111.195 km on the 6371.0088 km sphere.
        const QList<Center> all = {
            center(QStringLiteral("far"), QStringLiteral("정신건강복지센터"), QStringLiteral("정신보건"), 33.60, 126.5),
            center(QStringLiteral("near"), QStringLiteral("중독관리센터"), QStringLiteral("정신보건"), 33.51, 126.5),
            center(QStringLiteral("mid"), QStringLiteral("건강증진센터"), QStringLiteral("건강증진"), 33.53, 126.5),
        };
        auto q = CenterQuery::parse(QUrlQuery(QStringLiteral("lat=33.5&lon=126.5&radius_km=5")));
        QVERIFY(q.ok());
        const auto found = q.value().apply(all);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].id, QStringLiteral("near"));
        QCOMPARE(found[1].id, QStringLiteral("mid"));
        QVERIFY(std::abs(*found[0].distanceKm - 1.112) < 0.002);
        QVERIFY(std::abs(*found[1].distanceKm - 3.336) < 0.002);

        auto byText = CenterQuery::parse(QUrlQuery(QStringLiteral("q=%EC%A4%91%EB%8F%85"))); // q=중독
        QVERIFY(byText.ok());
        const auto textHits = byText.value().apply(all);
        QCOMPARE(textHits.size(), 1);
        QCOMPARE(textHits[0].id, QStringLiteral("near"));
        QVERIFY(!textHits[0].distanceKm.has_value());

        CenterQuery cat;
        cat.category = QStringLiteral("정신보건");
        QCOMPARE(cat.apply(all).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCenterQuery)
#include "tst_centerquery.moc"
