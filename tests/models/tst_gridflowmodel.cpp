// SPDX-License-Identifier: MIT
// GridFlowModel over a real Store, under QAbstractItemModelTester: the HVDC links come first as in
// HvdcFlowModel, then one row per connection of the topology file whose two ends are in the cache,
// from the plant to its substation with the plant's output; a plant's new output moves only its
// row; the island's connections are marked approximate and the links are not.
#include "gridflowmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace et;
using test::value;

class TestGridFlowModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        const QString error = m_fixture->openWithSnapshot();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The snapshot's Namjeju plant feeds Andeok substation (jeju-grid-topology.json); give
        // the cache that substation, where its data file puts it.
        QJsonObject andeok = test::StoreFixture::snapshotEntity(QStringLiteral("asset"), QStringLiteral("sub-sinjeju"));
        andeok[QStringLiteral("id")] = QStringLiteral("sub-andeok");
        andeok[QStringLiteral("name")] = QStringLiteral("안덕변전소");
        andeok[QStringLiteral("lat")] = 33.25;
        andeok[QStringLiteral("lon")] = 126.33;
        QVERIFY(m_fixture->upsert(QStringLiteral("asset"), andeok).ok());
        m_model = std::make_unique<models::GridFlowModel>(&m_fixture->store());
        m_tester = test::contractTester(m_model.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void linksThenConnections()
    {
        const auto balance = m_fixture->store().balance();
        QVERIFY(balance);
        const qsizetype links = balance->hvdcLinks.size();
        for (int row = 0; row < links; ++row) {
            QCOMPARE(value(*m_model, row, "linkId").toString(), balance->hvdcLinks.at(row).id);
            QCOMPARE(value(*m_model, row, "approximate").toBool(), false);
        }
        const int row = test::rowOf(*m_model, "linkId", QStringLiteral("thermal-namjeju->sub-andeok"));
        QVERIFY2(row >= links, "the Namjeju connection is missing");
        const QJsonObject plant = test::StoreFixture::snapshotEntity(QStringLiteral("asset"), QStringLiteral("thermal-namjeju"));
        QCOMPARE(value(*m_model, row, "mw").toDouble(), plant.value(QStringLiteral("output_mw")).toDouble());
        QCOMPARE(value(*m_model, row, "fromLatitude").toDouble(), plant.value(QStringLiteral("lat")).toDouble());
        QCOMPARE(value(*m_model, row, "toLongitude").toDouble(), 126.33);
        QCOMPARE(value(*m_model, row, "approximate").toBool(), true);
        // Connections whose substation is not cached are not drawn: only Namjeju's here.
        QCOMPARE(m_model->rowCount(), links + 1);
    }

    void aNewOutputMovesOnlyItsRow()
    {
        const int row = test::rowOf(*m_model, "linkId", QStringLiteral("thermal-namjeju->sub-andeok"));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QJsonObject plant = test::StoreFixture::snapshotEntity(QStringLiteral("asset"), QStringLiteral("thermal-namjeju"));
        plant[QStringLiteral("output_mw")] = 211.5;
        QVERIFY(m_fixture->upsert(QStringLiteral("asset"), plant).ok());
        QCOMPARE(value(*m_model, row, "mw").toDouble(), 211.5);
        QVERIFY(changed.count() >= 1);
        for (const auto &args : changed)
            QCOMPARE(args.at(0).toModelIndex().row(), row);
    }

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<models::GridFlowModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestGridFlowModel)
#include "tst_gridflowmodel.moc"
