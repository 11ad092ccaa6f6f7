// SPDX-License-Identifier: MIT
// The centers' ranking, its parts worked out by hand: three of Jeju's real centers (their kinds
// and services as published) put 1, 2 and 5 km due north of the origin, 17:45 KST on a
// Wednesday, a needs profile of addiction 1.0 and mood 0.5, the default weights:
//   제주시정신건강복지센터  0.35·0.9 + 0.25·0.5 (closes in 15 min) + 0.20·(0.5/1.5) + 0.20·0   = 0.50667
//   제주중독관리통합지원센터 0.35·0.5 + 0.25·1.0 (open to 20:00)   + 0.20·(1.5/1.5) + 0.20·(1/1.5) = 0.75833
//   동부보건소 시민건강증진센터 0.35·0.8 + 0.25·0.5                + 0.20·0         + 0.20·0       = 0.40500
// so the addiction center comes first although it is farthest. Also: without a profile the two
// need parts are 0 and say so; a center past the radius is left out; equal scores go by
// distance; weights that do not sum to 1, a bad origin and a bad radius are refused; and the
// needs file refuses a need it does not list.
#include "domain/centers/centerranking.h"

#include <QFile>
#include <QTest>

using namespace et::domain;
using namespace et::domain::centers;

namespace {
constexpr double kLat = 33.45, kLon = 126.55;
// Degrees of latitude per km on Geodesy's sphere (radius 6371.0072 km).
constexpr double kDegPerKm = 180.0 / (M_PI * 6371.0072);

Center at(const QString &name, const QString &kind, const QString &services, double kmNorth, QTime closes = QTime(18, 0))
{
    Center c;
    c.id = name;
    c.name = name;
    c.category = kind;
    c.services = services;
    c.roadAddress = QStringLiteral("제주특별자치도 제주시");
    c.lat = kLat + kmNorth * kDegPerKm;
    c.lon = kLon;
    c.opensAt = QTime(9, 0);
    c.closesAt = closes;
    c.closedDays = QStringLiteral("토+일+공휴일");
    return c;
}

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-09-23T17:45:00+09:00"), Qt::ISODate);
} // namespace

class TestCenterRanking : public QObject
{
    Q_OBJECT
    et::domain::energy::KoreanHolidays m_holidays;
    std::optional<CenterNeeds> m_needs;
    QList<Center> m_centers;

private slots:
    void initTestCase()
    {
        QFile holidays(QStringLiteral(ET_SOURCE_DIR "/resources/data/holidays/hyunbinseo_2026.json"));
        QVERIFY(holidays.open(QIODevice::ReadOnly));
        m_holidays.add(et::domain::energy::KoreanHolidays::parseHyunbinseoJson(holidays.readAll()).value());
        QFile needs(QStringLiteral(ET_SOURCE_DIR "/resources/data/center-needs.json"));
        QVERIFY(needs.open(QIODevice::ReadOnly));
        const auto read = CenterNeeds::read(needs.readAll());
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        m_needs = read.value();
        m_centers = {at(QStringLiteral("제주시정신건강복지센터"), QStringLiteral("정신보건"),
                        QStringLiteral("고위험군 등록 및 사례관리. 재활프로그램 운영. 자살유가족 서비스. 상담 및 교육 홍보 등"), 1.0),
                     at(QStringLiteral("제주중독관리통합지원센터"), QStringLiteral("정신보건"),
                        QStringLiteral("중독조기발견 및 개입서비스. 중독질환 관리.  중독폐혜 예방교육 및 홍보 등"), 5.0, QTime(20, 0)),
                     at(QStringLiteral("동부보건소 시민건강증진센터"), QStringLiteral("건강증진"), QStringLiteral("체력단련실+체지방측정+건강상담"), 2.0),
                     at(QStringLiteral("먼 센터"), QStringLiteral("정신보건"), QStringLiteral("상담"), 12.0)};
    }

    void partsWorkedOutByHand()
    {
        const QHash<QString, double> profile{{QStringLiteral("addiction"), 1.0}, {QStringLiteral("mood"), 0.5}};
        const auto ranked = CenterRanking::rank(m_centers, kLat, kLon, 10.0, profile, {}, OpenNow(m_holidays), *m_needs, kNow);
        QVERIFY2(ranked.ok(), qPrintable(ranked.error().toString()));
        const QList<RankedCenter> &r = ranked.value();
        QCOMPARE(r.size(), 3); // the one 12 km away is outside the radius
        QCOMPARE(r.at(0).center.name, QStringLiteral("제주중독관리통합지원센터"));
        QCOMPARE(r.at(1).center.name, QStringLiteral("제주시정신건강복지센터"));
        QCOMPARE(r.at(2).center.name, QStringLiteral("동부보건소 시민건강증진센터"));

        const RankedCenter &addiction = r.at(0);
        QVERIFY(std::abs(addiction.distance.value - 0.5) < 1e-6);
        QCOMPARE(addiction.openNow.value, 1.0);
        QCOMPARE(addiction.openNow.why, QStringLiteral("open"));
        QCOMPARE(addiction.expertise.value, 1.0);
        QCOMPARE(addiction.expertise.detail, (QStringList{QStringLiteral("addiction"), QStringLiteral("mood")}));
        QVERIFY(std::abs(addiction.program.value - 1.0 / 1.5) < 1e-12);
        QCOMPARE(addiction.program.detail, QStringList{QStringLiteral("addiction")});
        QVERIFY(std::abs(addiction.score - 0.758333) < 1e-5);

        const RankedCenter &mental = r.at(1);
        QVERIFY(std::abs(mental.distance.value - 0.9) < 1e-6);
        QCOMPARE(mental.openNow.value, 0.5);
        QCOMPARE(mental.openNow.why, QStringLiteral("closes_soon"));
        QCOMPARE(mental.openNow.detail, QStringList{QStringLiteral("15")});
        QVERIFY(std::abs(mental.expertise.value - 0.5 / 1.5) < 1e-12);
        QCOMPARE(mental.expertise.detail, QStringList{QStringLiteral("mood")});
        QCOMPARE(mental.program.value, 0.0);
        QCOMPARE(mental.program.why, QStringLiteral("none"));
        QVERIFY(std::abs(mental.score - 0.506667) < 1e-5);

        const RankedCenter &fitness = r.at(2);
        QVERIFY(std::abs(fitness.distance.value - 0.8) < 1e-6);
        QCOMPARE(fitness.expertise.why, QStringLiteral("none"));
        QVERIFY(std::abs(fitness.score - 0.405) < 1e-5);
    }

    void withoutAProfileOrByDistanceOnly()
    {
        const auto ranked = CenterRanking::rank(m_centers, kLat, kLon, 10.0, {}, {}, OpenNow(m_holidays), *m_needs, kNow);
        QVERIFY(ranked.ok());
        for (const RankedCenter &r : ranked.value()) {
            QCOMPARE(r.expertise.why, QStringLiteral("no_profile"));
            QCOMPARE(r.program.value, 0.0);
        }
        // All weight on open-now: the two that close at 18:00 tie at 0.5 and go by distance.
        const RankingWeights openOnly{0.0, 1.0, 0.0, 0.0};
        const auto tied = CenterRanking::rank(m_centers, kLat, kLon, 10.0, {}, openOnly, OpenNow(m_holidays), *m_needs, kNow);
        QVERIFY(tied.ok());
        QCOMPARE(tied.value().at(1).center.name, QStringLiteral("제주시정신건강복지센터")); // 1 km
        QCOMPARE(tied.value().at(2).center.name, QStringLiteral("동부보건소 시민건강증진센터")); // 2 km
    }

    void badInputIsRefused()
    {
        const OpenNow open(m_holidays);
        QVERIFY(!CenterRanking::rank(m_centers, kLat, kLon, 10.0, {}, RankingWeights{0.5, 0.5, 0.5, 0.0}, open, *m_needs, kNow).ok());
        QVERIFY(!CenterRanking::rank(m_centers, kLat, kLon, 10.0, {}, RankingWeights{1.2, -0.2, 0.0, 0.0}, open, *m_needs, kNow).ok());
        QVERIFY(!CenterRanking::rank(m_centers, qQNaN(), kLon, 10.0, {}, {}, open, *m_needs, kNow).ok());
        QVERIFY(!CenterRanking::rank(m_centers, kLat, kLon, 0.0, {}, {}, open, *m_needs, kNow).ok());
        QVERIFY(!CenterNeeds::read(R"({"needs":["mood"],"programs":[{"need":"sleep","keywords":["수면"]}]})").ok());
        QVERIFY(!CenterNeeds::read("{not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestCenterRanking)
#include "tst_centerranking.moc"
