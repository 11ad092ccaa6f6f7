// SPDX-License-Identifier: MIT
// DisasterListModel over a real Store: it feeds the map's markers and circles, so the circle roles
// (radiusKm, severity) must match the JSON, and a new disaster appears as one inserted row. Each
// test runs under QAbstractItemModelTester.
#include "disasterlistmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestDisasterListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exposesTheCircleRoleNames();
    void rowsMatchTheSnapshot();
    void newDisasterIsAppended();
    void resolvingUpdatesStatusInPlace();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::DisasterListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; ///< watches m_model through each test function
};

void TestDisasterListModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    QVERIFY(m_fixture->applySnapshot().ok());
    m_model = std::make_unique<models::DisasterListModel>(&m_fixture->store());
    m_tester = test::contractTester(m_model.get());
}

void TestDisasterListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestDisasterListModel::exposesTheCircleRoleNames()
{
    const auto names = m_model->roleNames().values();
    for (const char *n : {"latitude", "longitude", "radiusKm", "severity", "kind", "status", "name"})
        QVERIFY2(names.contains(QByteArray(n)), n);
}

void TestDisasterListModel::rowsMatchTheSnapshot()
{
    const auto batch = test::StoreFixture::snapshot();
    QVERIFY(batch.ok());
    int expected = 0;
    for (const auto &change : batch.value().changes) {
        if (change.entity != domain::EntityKind::Disaster)
            continue;
        ++expected;
        const int row = test::rowOf(*m_model, "disasterId", change.id);
        QVERIFY(row >= 0);
        const QJsonObject &j = change.data;
        QCOMPARE(test::value(*m_model, row, "type").toString(), j.value("type").toString());
        QCOMPARE(test::value(*m_model, row, "severity").toInt(), j.value("severity").toInt());
        QCOMPARE(test::value(*m_model, row, "radiusKm").toDouble(), j.value("radius_km").toDouble());
        QCOMPARE(test::value(*m_model, row, "name").toString(), j.value("title").toString());
        QCOMPARE(test::value(*m_model, row, "kind").toString(), QStringLiteral("disaster"));
        QCOMPARE(test::value(*m_model, row, "startedAt").toDateTime(),
                 QDateTime::fromString(j.value("started_at").toString(), Qt::ISODateWithMs));
        QVERIFY(!test::value(*m_model, row, "endedAt").isValid());
    }
    QCOMPARE(m_model->rowCount(), expected);
}

void TestDisasterListModel::newDisasterIsAppended()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int before = m_model->rowCount();
    QJsonObject quake = test::StoreFixture::snapshotEntity("disaster", "dis-outage-1");
    quake["id"] = "dis-quake-9";
    quake["type"] = "earthquake";
    quake["severity"] = 5;
    quake["radius_km"] = 12.5;
    QVERIFY(m_fixture->upsert("disaster", quake).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(test::value(*m_model, before, "severity").toInt(), 5);
    QCOMPARE(test::value(*m_model, before, "radiusKm").toDouble(), 12.5);
}

void TestDisasterListModel::resolvingUpdatesStatusInPlace()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QJsonObject typhoon = test::StoreFixture::snapshotEntity("disaster", "dis-typhoon-1");
    typhoon["status"] = "resolved";
    typhoon["ended_at"] = "2026-11-23T09:30:00.000Z";
    QVERIFY(m_fixture->upsert("disaster", typhoon).ok());
    QCOMPARE(changed.count(), 1);
    const int row = test::rowOf(*m_model, "disasterId", QStringLiteral("dis-typhoon-1"));
    QCOMPARE(test::value(*m_model, row, "status").toString(), QStringLiteral("resolved"));
    QCOMPARE(test::value(*m_model, row, "endedAt").toDateTime(), QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestDisasterListModel)
#include "tst_disasterlistmodel.moc"
