// SPDX-License-Identifier: MIT
// HvdcFlowModel: built from the balance and assets the real backend serves (through the sync
// engine into a real Store) it has the three links with the mainland ends from the data file, the
// Jeju converters' coordinates and the balance's MW with its sign; a balance update announces only
// the mw of the links that changed, and the Energy panel's numbers agree with it. The model runs
// under QAbstractItemModelTester.
#include "client/syncengine.h"
#include "fixedtokens.h"
#include "hvdcflowmodel.h"
#include "modeltesthelpers.h"
#include "serverprocess.h"
#include "liveenergy.h"
#include "storefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;

namespace {

// The data file read here independently of the model: link id → its JSON.
QHash<QString, QJsonObject> dataFileLinks()
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value("hvdc_links").toArray())
        out.insert(v.toObject().value("id").toString(), v.toObject());
    return out;
}

QVariant value(const models::HvdcFlowModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row), model.roleOf(role));
}

} // namespace

class TestHvdcFlowModel : public QObject
{
    Q_OBJECT
private slots:
    void threeLinksFromTheRealBackend();
    void balanceUpdateChangesOnlyMw();
    void unknownEndsHaveNoCoordinate();
};

void TestHvdcFlowModel::threeLinksFromTheRealBackend()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    QTemporaryDir serverDir;
    test::ServerProcess server;
    QVERIFY2(server.startWithTestAccounts(serverDir.filePath("server.sqlite"), {"--seed", "7"}), qPrintable(server.errorString()));
    test::FixedTokens tokens;
    QVERIFY(tokens.signIn(server));
    test::LiveEnergy energy(fixture.store());
    models::HvdcFlowModel model(&energy.instant);
    const auto tester = test::contractTester(&model); // sees the rows arrive from the sync engine
    QCOMPARE(model.rowCount(), 0);
    client::SyncEngine engine(&fixture.store());
    engine.setAccessTokenSource(&tokens);
    engine.setServerUrl(server.url());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 3 && fixture.store().assets().size() > 3, 15000);
    engine.stop();

    const auto balance = fixture.store().balance();
    QVERIFY(balance);
    const QHash<QString, QJsonObject> file = dataFileLinks();
    QCOMPARE(file.size(), 3);
    QHash<QString, domain::Asset> assets;
    for (const domain::Asset &a : fixture.store().assets())
        assets.insert(a.id, a);
    double importMw = 0.0;
    QSet<QString> ids;
    for (int row = 0; row < 3; ++row) {
        const domain::HvdcLinkFlow &link = balance->hvdcLinks.at(row);
        const QString id = value(model, row, "linkId").toString();
        QCOMPARE(id, link.id);
        ids.insert(id);
        // From: the mainland converter in the data file, ~80–130 km north of Jeju.
        QCOMPARE(value(model, row, "fromLatitude").toDouble(), file.value(id).value("mainland_lat").toDouble());
        QCOMPARE(value(model, row, "fromLongitude").toDouble(), file.value(id).value("mainland_lon").toDouble());
        QVERIFY(value(model, row, "fromLatitude").toDouble() > 34.2);
        // To: the Jeju converter asset the link names, on the island's north coast.
        const domain::Asset &jeju = assets.value(link.jejuTerminalAssetId);
        QVERIFY(jeju.kind == domain::AssetKind::HvdcConverter);
        QCOMPARE(value(model, row, "toLatitude").toDouble(), jeju.lat);
        QCOMPARE(value(model, row, "toLongitude").toDouble(), jeju.lon);
        QVERIFY(jeju.lat > 33.3 && jeju.lat < 33.6);
        // MW and sign as the balance has them, and as the Energy panel shows them.
        QCOMPARE(value(model, row, "mw").toDouble(), link.flowMw);
        QCOMPARE(value(model, row, "capacityMw").toDouble(), link.capacityMw);
        QCOMPARE(value(model, row, "name").toString(), link.name);
        importMw += value(model, row, "mw").toDouble();
    }
    QCOMPARE(ids, (QSet<QString>{"hvdc-1", "hvdc-2", "hvdc-3"}));
    // Positive mw is import into Jeju: the balance only closes with the flows counted as supply.
    const double supply = balance->thermalMw + balance->windMw + balance->solarMw + balance->truckDischargeMw;
    QVERIFY2(std::abs(supply + importMw - balance->demandMw) < 0.1,
             qPrintable(QStringLiteral("%1 + %2 vs %3").arg(supply).arg(importMw).arg(balance->demandMw)));
}

void TestHvdcFlowModel::balanceUpdateChangesOnlyMw()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    QVERIFY(fixture.applySnapshot().ok());
    test::LiveEnergy energy(fixture.store());
    models::HvdcFlowModel model(&energy.instant);
    const auto tester = test::contractTester(&model);
    QCOMPARE(model.rowCount(), 3);
    // The snapshot's #3 (reversible) exports 20 MW.
    QCOMPARE(value(model, 2, "linkId").toString(), QStringLiteral("hvdc-3"));
    QCOMPARE(value(model, 2, "mw").toDouble(), -20.0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
    QJsonArray links = balance.value("hvdc_links").toArray();
    QJsonObject second = links.at(1).toObject();
    second["flow_mw"] = 120.0;
    links[1] = second;
    balance["hvdc_links"] = links;
    balance["demand_mw"] = balance.value("demand_mw").toDouble() + 72.0;
    QVERIFY(fixture.upsert("balance", balance).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{model.roleOf("mw")});
    QCOMPARE(value(model, 1, "mw").toDouble(), 120.0);
    QCOMPARE(reset.count() + inserted.count() + removed.count(), 0);

    // An asset update that leaves the converters where they are announces nothing.
    QJsonObject converter = test::StoreFixture::snapshotEntity("asset", "hvdc-conv-jeju");
    converter["output_mw"] = 55.0;
    QVERIFY(fixture.upsert("asset", converter).ok());
    QCOMPARE(changed.count(), 1);
}

void TestHvdcFlowModel::unknownEndsHaveNoCoordinate()
{
    test::StoreFixture fixture;
    QString error;
    QVERIFY2(fixture.open(&error), qPrintable(error));
    QVERIFY(fixture.applySnapshot().ok());
    test::LiveEnergy energy(fixture.store());
    models::HvdcFlowModel model(&energy.instant);
    const auto tester = test::contractTester(&model);
    QJsonObject balance = test::StoreFixture::snapshotEntity("balance", "current");
    QJsonArray links = balance.value("hvdc_links").toArray();
    QJsonObject extra = links.at(0).toObject();
    extra["id"] = "hvdc-9";
    extra["jeju_terminal_asset_id"] = "no-such-asset";
    extra["flow_mw"] = 0.0;
    links.append(extra);
    balance["hvdc_links"] = links;
    QVERIFY(fixture.upsert("balance", balance).ok());
    QCOMPARE(model.rowCount(), 4);
    // Not (0, 0): an invalid value, which the map reports and skips.
    QVERIFY(!value(model, 3, "fromLatitude").isValid());
    QVERIFY(!value(model, 3, "toLongitude").isValid());
    QVERIFY(value(model, 0, "fromLatitude").isValid());
}

QTEST_GUILESS_MAIN(TestHvdcFlowModel)
#include "tst_hvdcflowmodel.moc"
