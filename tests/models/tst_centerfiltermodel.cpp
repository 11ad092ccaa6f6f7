// SPDX-License-Identifier: MIT
// CenterListModel + CenterFilterModel over a real Store holding five real Jeju centers from the
// published standard data: text, category and distance filters, nearest-first order, and a
// selection that survives filtering. Both models run under QAbstractItemModelTester.
#include "approxdistance.h"
#include "centerfiltermodel.h"
#include "centerlistmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QJsonObject>
#include <QTest>
#include <QtMath>
#include <cmath>

using namespace et;

namespace {
// Jeju City Hall and Seogwipo public health center (published coordinates).
constexpr double kJejuCityHallLat = 33.4996, kJejuCityHallLon = 126.5312;
constexpr double kSeogwipoLat = 33.2534258, kSeogwipoLon = 126.5553625;

} // namespace

class TestCenterFilterModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyCenterWithoutFilter();
    void rolesMatchTheSnapshot();
    void textQuery();
    void textQueryIgnoresCase();
    void categoryFilter();
    void distanceFromAPoint();
    void nearestFirst();
    void invalidOriginIsRejected();
    void selectionSurvivesFiltering();
    void openNowEveningsAndWeekends();
    void rankedWithReasonsAndWeights();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::CenterListModel> m_source;
    std::unique_ptr<models::CenterFilterModel> m_model;
    // Both the list and the proxy over it are watched: the proxy's filter and sort signals are
    // only as sound as the source's.
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCenterFilterModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    QVERIFY(m_fixture->applySnapshot().ok());
    m_source = std::make_unique<models::CenterListModel>(&m_fixture->store());
    m_sourceTester = test::contractTester(m_source.get());
    m_model = std::make_unique<models::CenterFilterModel>(m_source.get());
    m_tester = test::contractTester(m_model.get());
}

void TestCenterFilterModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_sourceTester.reset();
    m_source.reset();
    m_fixture.reset();
}

void TestCenterFilterModel::everyCenterWithoutFilter()
{
    QCOMPARE(m_source->rowCount(), 5);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->categories(), QStringList({QStringLiteral("건강증진"), QStringLiteral("정신보건")}));
}

void TestCenterFilterModel::rolesMatchTheSnapshot()
{
    const QJsonObject j = test::StoreFixture::snapshotEntity("center", "center-3");
    const int row = test::rowOf(*m_model, "centerId", QStringLiteral("center-3"));
    QVERIFY(row >= 0);
    QCOMPARE(test::value(*m_model, row, "name").toString(), j.value("name").toString());
    QCOMPARE(test::value(*m_model, row, "address").toString(), j.value("road_address").toString());
    QCOMPARE(test::value(*m_model, row, "phone").toString(), j.value("phone").toString());
    QCOMPARE(test::value(*m_model, row, "hours").toString(), QStringLiteral("09:00–18:00"));
    QCOMPARE(test::value(*m_model, row, "kind").toString(), QStringLiteral("center"));
    QCOMPARE(test::value(*m_model, row, "latitude").toDouble(), j.value("lat").toDouble());
    QVERIFY(!test::value(*m_model, row, "distanceKm").isValid()); // no point chosen yet
}

void TestCenterFilterModel::textQuery()
{
    QSignalSpy count(m_model.get(), &models::CenterFilterModel::countChanged);
    m_model->setQuery(QStringLiteral("중독"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(test::value(*m_model, 0, "centerId").toString(), QStringLiteral("center-2"));
    QVERIFY(count.count() >= 1);
    // Address text matches too: two centers share the Seogwipo health center's address.
    m_model->setQuery(QStringLiteral("중앙로101번길"));
    QCOMPARE(m_model->rowCount(), 2);
    // Services text: only center-3 mentions 자살유가족.
    m_model->setQuery(QStringLiteral("자살유가족"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setQuery(QStringLiteral("없는센터"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setQuery({});
    QCOMPARE(m_model->rowCount(), 5);
}

void TestCenterFilterModel::textQueryIgnoresCase()
{
    QJsonObject c = test::StoreFixture::snapshotEntity("center", "center-5");
    c["id"] = "center-en";
    c["name"] = "Jeju Mind Care Center";
    QVERIFY(m_fixture->upsert("center", c).ok());
    m_model->setQuery(QStringLiteral("mind CARE"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(test::value(*m_model, 0, "centerId").toString(), QStringLiteral("center-en"));
}

void TestCenterFilterModel::openNowEveningsAndWeekends()
{
    // The snapshot's five centers: 09:00–18:00, closed "토+일+공휴일". One more closes at 20:00 and
    // is closed only on Sundays and holidays.
    QJsonObject late = test::StoreFixture::snapshotEntity(QStringLiteral("center"), QStringLiteral("center-1"));
    late[QStringLiteral("id")] = QStringLiteral("center-late");
    late[QStringLiteral("closes_at")] = QStringLiteral("20:00");
    late[QStringLiteral("closed_days")] = QStringLiteral("일+공휴일");
    QVERIFY(m_fixture->upsert(QStringLiteral("center"), late).ok());
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-09-23T19:00:00+09:00"), Qt::ISODate); // a Wednesday evening
    m_source->setClock([&now] { return now; });
    QCOMPARE(m_model->rowCount(), 6);
    m_model->setOpenNowOnly(true);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(test::value(*m_model, 0, "centerId").toString(), QStringLiteral("center-late"));
    now = QDateTime::fromString(QStringLiteral("2026-09-23T10:00:00+09:00"), Qt::ISODate);
    m_source->reload();
    QCOMPARE(m_model->rowCount(), 6); // every one is open on Wednesday morning
    m_model->setOpenNowOnly(false);
    m_model->setEveningsOnly(true);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->setEveningsOnly(false);
    m_model->setWeekendsOnly(true);
    QCOMPARE(m_model->rowCount(), 1); // open on Saturdays
    QCOMPARE(test::value(*m_model, 0, "centerId").toString(), QStringLiteral("center-late"));
    m_model->setWeekendsOnly(false);
    QCOMPARE(m_model->rowCount(), 6);
}

void TestCenterFilterModel::categoryFilter()
{
    m_model->setCategory(QStringLiteral("건강증진"));
    QCOMPARE(m_model->rowCount(), 2);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(test::value(*m_model, r, "category").toString(), QStringLiteral("건강증진"));
    m_model->setCategory(QStringLiteral("정신보건"));
    m_model->setQuery(QStringLiteral("서귀포"));
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setCategory({});
    m_model->setQuery({});
    QCOMPARE(m_model->rowCount(), 5);
}

void TestCenterFilterModel::distanceFromAPoint()
{
    QVERIFY(m_model->setOrigin(kJejuCityHallLat, kJejuCityHallLon));
    m_model->setRadiusKm(5.0);
    QCOMPARE(m_model->rowCount(), 1);
    const QJsonObject j = test::StoreFixture::snapshotEntity("center", "center-3");
    QCOMPARE(test::value(*m_model, 0, "centerId").toString(), QStringLiteral("center-3"));
    const double expected = test::approxKm(kJejuCityHallLat, kJejuCityHallLon, j.value("lat").toDouble(), j.value("lon").toDouble());
    const double got = test::value(*m_model, 0, "distanceKm").toDouble();
    QVERIFY2(std::abs(got - expected) < 0.01 * expected, qPrintable(QStringLiteral("%1 vs %2").arg(got).arg(expected)));
    m_model->setRadiusKm(0.0); // no limit
    QCOMPARE(m_model->rowCount(), 5);
    m_model->clearOrigin();
    QVERIFY(!test::value(*m_model, 0, "distanceKm").isValid());
}

void TestCenterFilterModel::nearestFirst()
{
    QVERIFY(m_model->setOrigin(kSeogwipoLat, kSeogwipoLon));
    QCOMPARE(m_model->rowCount(), 5);
    double previous = -1.0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const double d = test::value(*m_model, r, "distanceKm").toDouble();
        QVERIFY(d >= previous);
        previous = d;
    }
    // The two centers in the Seogwipo health center building come first (0 km); Seongsan, on the
    // far east coast, is the farthest of the five.
    QVERIFY(test::value(*m_model, 0, "distanceKm").toDouble() < 0.001);
    QVERIFY(test::value(*m_model, 1, "distanceKm").toDouble() < 0.001);
    QCOMPARE(test::value(*m_model, 4, "centerId").toString(), QStringLiteral("center-4"));
}

void TestCenterFilterModel::invalidOriginIsRejected()
{
    QVERIFY(!m_model->setOrigin(std::nan(""), 126.5));
    QVERIFY(!m_model->setOrigin(91.0, 126.5));
    QVERIFY(!m_model->setOrigin(33.5, 181.0));
    QVERIFY(!m_model->hasOrigin());
    m_model->setRadiusKm(-3.0);
    QCOMPARE(m_model->radiusKm(), 0.0);
}

void TestCenterFilterModel::selectionSurvivesFiltering()
{
    m_model->setQuery(QStringLiteral("제주시"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->select(0);
    QCOMPARE(m_source->selectedId(), QStringLiteral("center-3"));
    QCOMPARE(m_model->selectedRow(), 0);
    QCOMPARE(test::value(*m_model, 0, "selected").toBool(), true);
    m_model->setQuery(QStringLiteral("서귀포"));
    QCOMPARE(m_model->selectedRow(), -1);
    m_model->setQuery({});
    const int row = m_model->selectedRow();
    QVERIFY(row >= 0);
    QCOMPARE(test::value(*m_model, row, "centerId").toString(), QStringLiteral("center-3"));
}

void TestCenterFilterModel::rankedWithReasonsAndWeights()
{
    // Wednesday 10:00 on Jeju's clock: every snapshot center is open. From Jeju City Hall, with
    // all the weight on distance, the ranking is nearest first and each score is 1 − d / radius.
    QDateTime now = QDateTime::fromString(QStringLiteral("2026-09-23T10:00:00+09:00"), Qt::ISODate);
    m_source->setClock([&now] { return now; });
    QVERIFY(m_model->setOrigin(kJejuCityHallLat, kJejuCityHallLon));
    m_model->setRadiusKm(60.0);
    QVERIFY(!m_model->setWeights(0.5, 0.5, 0.5, 0.0));
    QVERIFY(!m_model->weightsError(0.5, 0.5, 0.5, 0.0).isEmpty());
    QVERIFY(!m_model->setWeights(-0.1, 0.5, 0.3, 0.3));
    QVERIFY(m_model->setWeights(1.0, 0.0, 0.0, 0.0));
    QVERIFY(m_model->rowCount() >= 2);
    double previous = -1.0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QVariantMap c = m_model->get(row);
        const double km = test::approxKm(kJejuCityHallLat, kJejuCityHallLon, c.value("latitude").toDouble(), c.value("longitude").toDouble());
        QVERIFY(km >= previous - 0.05);
        previous = km;
        QVERIFY(qAbs(c.value("score").toDouble() - (1.0 - km / 60.0)) < 0.002);
        const QVariantList reasons = c.value("reasons").toList();
        QCOMPARE(reasons.size(), 4);
        QCOMPARE(reasons.at(1).toMap().value("part").toString(), QStringLiteral("openNow"));
        QCOMPARE(reasons.at(1).toMap().value("value").toDouble(), 1.0);
        QCOMPARE(reasons.at(1).toMap().value("points").toDouble(), 0.0); // weighed 0
        QVERIFY(!c.value("rankSummary").toString().isEmpty());
    }
    // All on open-now at 17:45, when every snapshot center closes at 18:00: each scores 0.5.
    QVERIFY(m_model->setWeights(0.0, 1.0, 0.0, 0.0));
    now = QDateTime::fromString(QStringLiteral("2026-09-23T17:45:00+09:00"), Qt::ISODate);
    m_source->reload();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->get(row).value("closedDays").toString() == u"토+일+공휴일")
            QCOMPARE(m_model->get(row).value("score").toDouble(), 0.5);
    }
    // Kept in the user's settings for the next run.
    QCOMPARE(models::CenterFilterModel(m_source.get()).weights().value("openNow").toDouble(), 1.0);
    m_model->resetWeights();
    QCOMPARE(m_model->weights().value("distance").toDouble(), 0.35);
}

QTEST_GUILESS_MAIN(TestCenterFilterModel)
#include "tst_centerfiltermodel.moc"
