// SPDX-License-Identifier: MIT
// WindProfile (power and log law), WindFarm output, and WindFarmCatalog on the bundled Jeju farm
// table, cross-checked against jeju-assets.json. Expected figures are computed by hand below.
#include "domain/energy/windfarmcatalog.h"
#include "domain/energy/windprofile.h"
#include "energytestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
using et::test::bundledTurbineLibrary;
using et::test::resourceBytes;

QByteArray oneFarm(const QByteArray &fields)
{
    return "{\"farms\": [{" + fields + "}]}";
}
} // namespace

class TestWindFarm : public QObject
{
    Q_OBJECT
private slots:
    void powerLaw()
    {
        // 6 m/s at 10 m to 80 m over land: 6 · 8^(1/7) = 6 · e^(ln 8 / 7) = 6 · e^0.297063 = 8.0754.
        QVERIFY(std::abs(WindProfile::powerLaw(6.0, 10.0, 80.0, WindProfile::kShearOnshore) - 8.0754) < 1e-4);
        // Offshore, α = 0.11: 6 · 8^0.11 = 6 · e^0.228739 = 7.5421.
        QVERIFY(std::abs(WindProfile::powerLaw(6.0, 10.0, 80.0, WindProfile::kShearOffshore) - 7.5421) < 1e-4);
        QCOMPARE(WindProfile::powerLaw(6.0, 80.0, 80.0, 0.3), 6.0);
        QCOMPARE(WindProfile::powerLaw(0.0, 10.0, 80.0, 0.2), 0.0);
        for (double bad : {WindProfile::powerLaw(-1.0, 10, 80, 0.14), WindProfile::powerLaw(6.0, 0.0, 80, 0.14),
                           WindProfile::powerLaw(6.0, 10, -80, 0.14), WindProfile::powerLaw(std::nan(""), 10, 80, 0.14),
                           WindProfile::powerLaw(6.0, 10, 80, std::nan(""))})
            QVERIFY(std::isnan(bad));
    }

    void logLaw()
    {
        // 6 m/s at 10 m to 80 m over open farmland (z0 = 0.03 m):
        // 6 · ln(80/0.03) / ln(10/0.03) = 6 · 7.88858 / 5.80914 = 8.1478.
        QVERIFY(std::abs(WindProfile::logLaw(6.0, 10.0, 80.0, WindProfile::kRoughnessOpenFarmlandM) - 8.1478) < 1e-4);
        // Over water (z0 = 0.0002 m): 6 · ln(400000) / ln(50000) = 6 · 12.89922 / 10.81978 = 7.1531.
        QVERIFY(std::abs(WindProfile::logLaw(6.0, 10.0, 80.0, WindProfile::kRoughnessWaterM) - 7.1531) < 1e-4);
        QVERIFY(std::isnan(WindProfile::logLaw(6.0, 0.02, 80.0, 0.03))); // reference below z0
        QVERIFY(std::isnan(WindProfile::logLaw(6.0, 10.0, 80.0, 0.0)));
    }

    void farmOutput()
    {
        WindFarm tamra;
        tamra.turbine = bundledTurbineLibrary().model(QStringLiteral("V90/3000")).value();
        tamra.turbineCount = 10;
        tamra.hubHeightM = 80.0;
        tamra.availability = 0.95;
        tamra.losses = 0.08;
        tamra.offshore = true;
        QCOMPARE(tamra.installedMw(), 30.0);
        // V90/3000 at 10 m/s: 1,710,000 W (published). 10 × 1.71 MW × 0.95 × 0.92 = 14.9454 MW.
        QVERIFY(std::abs(tamra.outputMw(10.0) - 14.9454) < 1e-9);
        // Above rated (3 MW from 16 m/s): 10 × 3 × 0.95 × 0.92 = 26.22 MW; past cut-out: 0.
        QVERIFY(std::abs(tamra.outputMw(20.0) - 26.22) < 1e-9);
        QCOMPARE(tamra.outputMw(26.0), 0.0);
        QCOMPARE(tamra.outputMw(2.0), 0.0);
        // 10 m/s at hub height is 10 / 8^0.11 = 7.9554 m/s at 10 m offshore.
        QVERIFY(std::abs(tamra.outputMwFromReference(10.0 / std::pow(8.0, 0.11), 10.0) - 14.9454) < 1e-9);
        QVERIFY(std::isnan(tamra.outputMw(std::nan(""))));
        QCOMPARE(tamra.shearExponent(), 0.11);
        tamra.offshore = false;
        QCOMPARE(tamra.shearExponent(), 1.0 / 7.0);
    }

    void jejuFarmsMatchTheAssets()
    {
        auto farms = WindFarmCatalog::read(resourceBytes(QStringLiteral("jeju-wind-farms.json")), bundledTurbineLibrary());
        QVERIFY2(farms.ok(), qPrintable(farms.error().toString()));

        // The wind assets the backend seeds, read independently of the catalog.
        QHash<QString, double> listed;
        const QJsonArray assets = QJsonDocument::fromJson(resourceBytes(QStringLiteral("jeju-assets.json"))).object().value(u"assets").toArray();
        for (const QJsonValue &a : assets) {
            if (a[u"kind"].toString() == QLatin1String("wind"))
                listed.insert(a[u"id"].toString(), a[u"capacity_mw"].toDouble());
        }
        QCOMPARE(listed.size(), 12);
        QCOMPARE(farms.value().size(), listed.size());
        double modelled = 0.0, total = 0.0;
        for (const WindFarm &f : farms.value()) {
            QVERIFY2(listed.contains(f.assetId), qPrintable(f.assetId));
            const double turbineMw = f.turbine.nominalPowerW() / 1e6;
            // Within one turbine of the listed capacity.
            QVERIFY2(std::abs(f.installedMw() - listed.value(f.assetId)) < turbineMw,
                     qPrintable(QStringLiteral("%1: %2 MW modelled, %3 MW listed").arg(f.assetId).arg(f.installedMw()).arg(listed.value(f.assetId))));
            QVERIFY(!f.turbineChoice.isEmpty());
            // The curve must reach the usual 25 m/s cut-out: a truncated one (V90/2000) would stop
            // the farm in a gale.
            QVERIFY2(f.turbine.cutOutMs() >= 25.0, qPrintable(f.assetId + u' ' + f.turbine.type()));
            modelled += f.installedMw();
            total += listed.value(f.assetId);
        }
        // jejunews idxno=2208857: 314.69 MW at the end of 2023.
        QVERIFY(std::abs(total - 314.69) < 0.01);
        QVERIFY2(std::abs(modelled - total) / total < 0.01, qPrintable(QString::number(modelled)));
        QCOMPARE(farms.value().front().assetId, QStringLiteral("wind-tamra"));
        QVERIFY(farms.value().front().offshore);
    }

    void catalogErrorsNameTheFarm()
    {
        const WindTurbineLibrary lib = bundledTurbineLibrary();
        const QByteArray good = "\"asset_id\": \"w\", \"turbine_type\": \"V80/2000\", \"turbine_count\": 3, \"hub_height_m\": 78, "
                                "\"offshore\": false, \"availability\": 0.97, \"losses\": 0.1, \"choice\": \"assumed\"";
        QVERIFY(WindFarmCatalog::read(oneFarm(good), lib).ok());
        struct Case { QByteArray json; const char *expected; };
        const Case cases[] = {
            {oneFarm(QByteArray(good).replace("V80/2000", "X99/1")), "farms[0].turbine_type: the turbine library has no power curve for \"X99/1\""},
            {oneFarm(QByteArray(good).replace("0.97", "1.5")), "farms[0].availability"},
            {oneFarm(QByteArray(good).replace("\"turbine_count\": 3", "\"turbine_count\": 0")), "farms[0].turbine_count"},
            {oneFarm(QByteArray(good).replace("assumed", "guessed")), "farms[0].choice"},
            {"{\"farms\": [{" + good + "}, {" + good + "}]}", "farms[1].asset_id: \"w\" appears twice"},
            {"{\"farms\": {}}", "farms: expected an array"},
            {"{\"farms\": [", ""},
        };
        for (const Case &c : cases) {
            auto r = WindFarmCatalog::read(c.json, lib);
            QVERIFY2(!r.ok(), c.json.constData());
            QVERIFY2(r.error().toString().contains(QString::fromUtf8(c.expected)), qPrintable(r.error().toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestWindFarm)
#include "tst_windfarm.moc"
