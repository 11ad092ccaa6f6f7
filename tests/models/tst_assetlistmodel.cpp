// SPDX-License-Identifier: MIT
// AssetListModel over a real Store: rows and roles match the JSON that filled the store, and a
// change updates the one row in place (no reset), so the map can move a marker. Each test runs
// under QAbstractItemModelTester.
#include "assetlistmodel.h"
#include "liveenergy.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestAssetListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void exposesTheMapRoleNames();
    void rowsMatchTheSnapshot();
    void outputChangeUpdatesOneRowInPlace();
    void newAndDeletedAssetsInsertAndRemoveRows();
    void selectionMarksOneRow();
    void rejectedChangeLeavesTheModelAlone();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<test::LiveEnergy> m_energy;
    std::unique_ptr<models::AssetListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester; ///< watches m_model through each test function
};

void TestAssetListModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QString error;
    QVERIFY2(m_fixture->open(&error), qPrintable(error));
    const auto status = m_fixture->applySnapshot();
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    m_energy = std::make_unique<test::LiveEnergy>(m_fixture->store());
    m_model = std::make_unique<models::AssetListModel>(&m_energy->instant);
    m_tester = test::contractTester(m_model.get());
}

void TestAssetListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_energy.reset();
    m_fixture.reset();
}

void TestAssetListModel::exposesTheMapRoleNames()
{
    const auto names = m_model->roleNames().values();
    for (const char *n : {"latitude", "longitude", "kind", "status", "name", "selected"})
        QVERIFY2(names.contains(QByteArray(n)), n);
}

void TestAssetListModel::rowsMatchTheSnapshot()
{
    const auto batch = test::StoreFixture::snapshot();
    QVERIFY(batch.ok());
    int expected = 0;
    for (const auto &change : batch.value().changes) {
        if (change.entity != domain::EntityKind::Asset)
            continue;
        ++expected;
        const int row = test::rowOf(*m_model, "assetId", change.id);
        QVERIFY2(row >= 0, qPrintable(change.id));
        const QJsonObject &j = change.data;
        QCOMPARE(test::value(*m_model, row, "name").toString(), j.value("name").toString());
        QCOMPARE(test::value(*m_model, row, "kind").toString(), j.value("kind").toString());
        QCOMPARE(test::value(*m_model, row, "status").toString(), j.value("status").toString());
        QCOMPARE(test::value(*m_model, row, "latitude").toDouble(), j.value("lat").toDouble());
        QCOMPARE(test::value(*m_model, row, "longitude").toDouble(), j.value("lon").toDouble());
        QCOMPARE(test::value(*m_model, row, "outputMw").toDouble(), j.value("output_mw").toDouble());
        QCOMPARE(test::value(*m_model, row, "capacityMw").toDouble(), j.value("capacity_mw").toDouble());
        QCOMPARE(test::value(*m_model, row, "selected").toBool(), false);
    }
    QVERIFY(expected > 0);
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(m_model->property("count").toInt(), expected);
}

void TestAssetListModel::outputChangeUpdatesOneRowInPlace()
{
    const int row = test::rowOf(*m_model, "assetId", QStringLiteral("wind-gasiri"));
    QVERIFY(row >= 0);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    QJsonObject gasiri = test::StoreFixture::snapshotEntity("asset", "wind-gasiri");
    gasiri["output_mw"] = 4.5;
    gasiri["status"] = "emergency";
    QVERIFY(m_fixture->upsert("asset", gasiri).ok());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto args = changed.first();
    QCOMPARE(args.at(0).toModelIndex().row(), row);
    QCOMPARE(args.at(1).toModelIndex().row(), row);
    const auto roles = args.at(2).value<QList<int>>();
    QVERIFY(roles.contains(test::role(*m_model, "outputMw")));
    QVERIFY(roles.contains(test::role(*m_model, "status")));
    QVERIFY(!roles.contains(test::role(*m_model, "latitude")));
    QCOMPARE(test::value(*m_model, row, "outputMw").toDouble(), 4.5);
    QCOMPARE(test::value(*m_model, row, "status").toString(), QStringLiteral("emergency"));
}

void TestAssetListModel::newAndDeletedAssetsInsertAndRemoveRows()
{
    const int before = m_model->rowCount();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QJsonObject extra = test::StoreFixture::snapshotEntity("asset", "wind-haengwon");
    extra["id"] = "wind-test-new";
    extra["name"] = "시험풍력";
    QVERIFY(m_fixture->upsert("asset", extra).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(test::value(*m_model, before, "name").toString(), QStringLiteral("시험풍력"));

    QVERIFY(m_fixture->remove("asset", "wind-haengwon").ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(test::rowOf(*m_model, "assetId", QStringLiteral("wind-haengwon")), -1);
    QVERIFY(test::rowOf(*m_model, "assetId", QStringLiteral("wind-test-new")) >= 0);
    QCOMPARE(reset.count(), 0);
}

void TestAssetListModel::selectionMarksOneRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->select(2);
    const QString id = test::value(*m_model, 2, "assetId").toString();
    QCOMPARE(m_model->selectedId(), id);
    QCOMPARE(m_model->selectedRow(), 2);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(test::value(*m_model, r, "selected").toBool(), r == 2);
    QCOMPARE(changed.count(), 1); // only the newly selected row
    m_model->setSelectedId(test::value(*m_model, 0, "assetId").toString());
    QCOMPARE(changed.count(), 3); // old row off, new row on
    QCOMPARE(test::value(*m_model, 2, "selected").toBool(), false);

    QVERIFY(m_fixture->remove("asset", m_model->selectedId()).ok());
    QCOMPARE(m_model->selectedRow(), -1);
    QVERIFY(m_model->selectedId().isEmpty());
}

void TestAssetListModel::rejectedChangeLeavesTheModelAlone()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QJsonObject bad = test::StoreFixture::snapshotEntity("asset", "wind-gasiri");
    bad["lat"] = "33.4";
    QVERIFY(!m_fixture->upsert("asset", bad).ok());
    QCOMPARE(changed.count(), 0);
    const int row = test::rowOf(*m_model, "assetId", QStringLiteral("wind-gasiri"));
    QCOMPARE(test::value(*m_model, row, "latitude").toDouble(), 33.393);
}

QTEST_GUILESS_MAIN(TestAssetListModel)
#include "tst_assetlistmodel.moc"
