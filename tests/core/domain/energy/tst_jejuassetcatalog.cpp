// SPDX-License-Identifier: MIT
// JejuAssetCatalog on the bundled jeju-assets.json (its published totals) and on broken input:
// each problem is an error naming the field, never a default.
#include "domain/energy/jejuassetcatalog.h"
#include "energytestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace et::domain::energy;

namespace {
QJsonObject bundled()
{
    return QJsonDocument::fromJson(et::test::resourceBytes(QStringLiteral("jeju-assets.json"))).object();
}

/// The bundled file with asset `index`'s `field` set to `value` (or removed when undefined).
QByteArray withAssetField(int index, const QString &field, const QJsonValue &value)
{
    QJsonObject root = bundled();
    QJsonArray assets = root.value(QStringLiteral("assets")).toArray();
    QJsonObject a = assets.at(index).toObject();
    if (value.isUndefined())
        a.remove(field);
    else
        a.insert(field, value);
    assets.replace(index, a);
    root.insert(QStringLiteral("assets"), assets);
    return QJsonDocument(root).toJson();
}

int firstOfKind(const QString &kind)
{
    const QJsonArray assets = bundled().value(QStringLiteral("assets")).toArray();
    for (int i = 0; i < assets.size(); ++i)
        if (assets.at(i).toObject().value(QStringLiteral("kind")).toString() == kind)
            return i;
    return -1;
}
} // namespace

class TestJejuAssetCatalog : public QObject
{
    Q_OBJECT
private slots:
    void readsTheBundledFile()
    {
        PvSite prototype;
        prototype.tiltDeg = 15.0;
        auto r = JejuAssetCatalog::read(et::test::resourceBytes(QStringLiteral("jeju-assets.json")), prototype, 150.0);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const auto &a = r.value();
        QCOMPARE(a.solar.size(), 14);
        QVERIFY(std::abs(a.solarMw() - 538.552) < 1e-6); // jejunews idxno=2208857, end-2023
        for (const SolarPlant &p : a.solar) {
            QCOMPARE(p.site.tiltDeg, 15.0);
            QCOMPARE(p.site.inverterKw, p.site.kWp);
        }
        QCOMPARE(a.thermal.size(), 3);
        double minimum = 0.0;
        for (const ThermalUnit &u : a.thermal) {
            minimum += u.minStableMw;
            QCOMPARE(u.marginalCostKrwPerKwh, 150.0);
        }
        QCOMPARE(minimum, 238.0);
        QCOMPARE(a.links.size(), 3);
        QCOMPARE(a.links.at(2).inService, QDate(2024, 11, 1));
        QVERIFY(a.links.at(2).link.reversible);
        // #3 is not on the grid of May 2024, and is in December.
        QCOMPARE(a.gridOn(QDate(2024, 5, 31)).links.size(), 2);
        QCOMPARE(a.gridOn(QDate(2024, 12, 1)).links.size(), 3);
        QCOMPARE(a.gridOn(QDate(2010, 1, 1)).links.size(), 1);
        double share = 0.0;
        for (double s : a.loadShare)
            share += s;
        QVERIFY(std::abs(share - 1.0) < 1e-9);
    }

    void badInputIsNamed()
    {
        const int solar = firstOfKind(QStringLiteral("solar")), thermal = firstOfKind(QStringLiteral("thermal"));
        const auto error = [](const QByteArray &json) { return JejuAssetCatalog::read(json).error().toString(); };
        QVERIFY(error(withAssetField(solar, QStringLiteral("lat"), QJsonValue::Undefined)).startsWith(QStringLiteral("assets[%1].lat").arg(solar)));
        QVERIFY(error(withAssetField(solar, QStringLiteral("capacity_mw"), QStringLiteral("a lot")))
                    .startsWith(QStringLiteral("assets[%1].capacity_mw").arg(solar)));
        QVERIFY(error(withAssetField(solar, QStringLiteral("lon"), 500)).startsWith(QStringLiteral("assets[%1].lon").arg(solar)));
        QVERIFY(error(withAssetField(thermal, QStringLiteral("min_stable_mw"), 5000))
                    .startsWith(QStringLiteral("assets[%1].min_stable_mw").arg(thermal)));
        QJsonObject root = bundled();
        QJsonArray links = root.value(QStringLiteral("hvdc_links")).toArray();
        QJsonObject l = links.at(1).toObject();
        l.insert(QStringLiteral("in_service"), QStringLiteral("April 2014"));
        links.replace(1, l);
        root.insert(QStringLiteral("hvdc_links"), links);
        QVERIFY(error(QJsonDocument(root).toJson()).startsWith(QStringLiteral("hvdc_links[1].in_service")));
        QVERIFY(!JejuAssetCatalog::read("{").ok());
        QVERIFY(error("{\"hvdc_links\": [], \"assets\": 3}").startsWith(QStringLiteral("assets")));
    }
};

QTEST_GUILESS_MAIN(TestJejuAssetCatalog)
#include "tst_jejuassetcatalog.moc"
