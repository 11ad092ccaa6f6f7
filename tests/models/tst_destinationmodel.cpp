// SPDX-License-Identifier: MIT
// DestinationModel over a real Store filled from the snapshot, under QAbstractItemModelTester and
// without a window: charge orders may go to the wind and solar sites only, deliver orders to every
// other asset, quickest first by road; each drive agrees with its own point-to-point search and is
// never shorter than the haversine distance written here; a
// moving truck does not reorder the list (the operator's choice stays), a new asset does.
#include "destinationmodel.h"
#include "domain/dispatch/congestionprofile.h"
#include "jejudata/bundledroads.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QtMath>

using namespace et;

namespace {
/// Great-circle distance on QtPositioning's sphere (6371.0072 km), written from the haversine
/// formula rather than through the code under test.
double haversineKm(double lat1, double lon1, double lat2, double lon2)
{
    const double p1 = qDegreesToRadians(lat1), p2 = qDegreesToRadians(lat2);
    const double dp = p2 - p1, dl = qDegreesToRadians(lon2 - lon1);
    const double a = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * 6371.0072 * std::asin(std::sqrt(a));
}

struct Place
{
    QString id;
    QString kind;
    double lat;
    double lon;
};

QList<Place> snapshotOf(const QString &entity)
{
    QList<Place> out;
    const auto snapshot = test::StoreFixture::snapshot();
    for (const auto &change : snapshot.value().changes) {
        const QJsonObject d = change.data;
        if (domain::toString(change.entity) == entity)
            out.append({d.value(QStringLiteral("id")).toString(), d.value(QStringLiteral("kind")).toString(),
                        d.value(QStringLiteral("lat")).toDouble(), d.value(QStringLiteral("lon")).toDouble()});
    }
    return out;
}
} // namespace

class TestDestinationModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        const QString error = m_fixture->openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = std::make_unique<models::DestinationModel>(&m_fixture->store());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void nearestFirstByKind_data()
    {
        QTest::addColumn<QString>("truck");
        QTest::addColumn<QString>("kind");
        for (const Place &t : snapshotOf(QStringLiteral("truck"))) {
            QTest::addRow("%s charge", qPrintable(t.id)) << t.id << "charge";
            QTest::addRow("%s deliver", qPrintable(t.id)) << t.id << "deliver";
        }
    }
    void nearestFirstByKind()
    {
        QFETCH(QString, truck);
        QFETCH(QString, kind);
        m_model->setKind(kind);
        m_model->setTruckId(truck);
        const auto trucks = snapshotOf(QStringLiteral("truck"));
        const Place at = *std::find_if(trucks.cbegin(), trucks.cend(), [&](const Place &p) { return p.id == truck; });

        // What it should be, worked out here: the rule spelled out, each drive by its own
        // point-to-point search (the model makes one search to all of them), quickest first.
        domain::dispatch::RoadTravel travel(jejudata::BundledRoads::graph().value());
        const auto balance = m_fixture->store().balance();
        travel.setConditions({models::DestinationModel::kSpeedCapKmh, domain::dispatch::CongestionProfile::factorAt(balance->timestamp)});
        struct Expected
        {
            double minutes;
            QString id;
            double km;
            double straightKm;
            bool operator<(const Expected &o) const { return minutes != o.minutes ? minutes < o.minutes : id < o.id; }
        };
        QList<Expected> expected;
        for (const Place &a : snapshotOf(QStringLiteral("asset"))) {
            const bool renewable = a.kind == u"wind" || a.kind == u"solar";
            if (renewable != (kind == u"charge"))
                continue;
            const auto drive = travel.between(at.lat, at.lon, a.lat, a.lon).value();
            expected.append({drive.seconds / 60.0, a.id, drive.metres / 1000.0, haversineKm(at.lat, at.lon, a.lat, a.lon)});
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(m_model->rowCount(), int(expected.size()));
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(test::value(*m_model, row, "assetId").toString(), expected.at(row).id);
            QVERIFY(qAbs(test::value(*m_model, row, "minutes").toDouble() - expected.at(row).minutes) < 1e-6);
            QVERIFY(qAbs(test::value(*m_model, row, "distanceKm").toDouble() - expected.at(row).km) < 1e-6);
            // A road is never shorter than the straight line.
            QVERIFY(expected.at(row).km >= expected.at(row).straightKm * 0.999);
            const QString label = test::value(*m_model, row, "label").toString();
            QVERIFY2(label.contains(test::value(*m_model, row, "name").toString()) && label.endsWith(u" min"), qPrintable(label));
        }
    }

    void aMovingTruckKeepsTheChoice()
    {
        m_model->setKind(QStringLiteral("charge"));
        m_model->setTruckId(QStringLiteral("truck-01"));
        const QString first = test::value(*m_model, 0, "assetId").toString();
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        // Drive truck-01 next to the solar site: the list must not reorder under the operator.
        QJsonObject moved = test::StoreFixture::snapshotEntity(QStringLiteral("truck"), QStringLiteral("truck-01"));
        moved[QStringLiteral("lat")] = 33.5199;
        moved[QStringLiteral("lon")] = 126.8499;
        QVERIFY(m_fixture->upsert(QStringLiteral("truck"), moved).ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(test::value(*m_model, 0, "assetId").toString(), first);
        // Choosing the truck again (or another kind) works it out anew, from where it is now.
        m_model->setTruckId(QString());
        m_model->setTruckId(QStringLiteral("truck-01"));
        QCOMPARE(test::value(*m_model, 0, "assetId").toString(), QStringLiteral("solar-gujwa"));
    }

    void aNewAssetIsOffered()
    {
        m_model->setKind(QStringLiteral("charge"));
        m_model->setTruckId(QStringLiteral("truck-02"));
        const int before = m_model->rowCount();
        QJsonObject farm = test::StoreFixture::snapshotEntity(QStringLiteral("asset"), QStringLiteral("wind-gasiri"));
        farm[QStringLiteral("id")] = QStringLiteral("wind-test-new");
        farm[QStringLiteral("name")] = QStringLiteral("시험 풍력");
        QVERIFY(m_fixture->upsert(QStringLiteral("asset"), farm).ok());
        QCOMPARE(m_model->rowCount(), before + 1);
        // As far as the farm it copies; equal distances go by id, so it comes right after it.
        const int gasiri = test::rowOf(*m_model, "assetId", QStringLiteral("wind-gasiri"));
        QVERIFY(gasiri >= 0);
        QCOMPARE(test::value(*m_model, gasiri + 1, "assetId").toString(), QStringLiteral("wind-test-new"));
    }

    void unknownTruckOrKind()
    {
        m_model->setTruckId(QStringLiteral("truck-99"));
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setTruckId(QStringLiteral("truck-03"));
        m_model->setKind(QStringLiteral("deliver"));
        const int delivering = m_model->rowCount();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown order kind")));
        m_model->setKind(QStringLiteral("teleport"));
        QCOMPARE(m_model->kind(), QStringLiteral("deliver"));
        QCOMPARE(m_model->rowCount(), delivering);
    }

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::DestinationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDestinationModel)
#include "tst_destinationmodel.moc"
