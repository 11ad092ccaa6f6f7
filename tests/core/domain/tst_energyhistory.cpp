// SPDX-License-Identifier: MIT
// The energy history's value types: the page codec (good pages round-trip, every kind of bad page
// is refused naming the field), the steps' KST buckets and range limits, the aggregator's means
// against sums worked out by hand here, and the compact BLOB the stores keep values in.
#include "domain/asset.h"
#include "domain/energybalance.h"
#include "domain/energyhistoryaggregator.h"
#include "domain/energyhistoryrow.h"
#include "domain/energyhistorypage.h"

#include "jsonfixture.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace et::domain;
using et::test::jsonObject;

namespace {

const char *kPage = R"({"from":"2024-04-13T03:00:00.000Z","to":"2024-04-13T03:03:00.000Z","step":"1m","has_more":false,
 "hvdc_link_ids":["hvdc-1","hvdc-3"],"asset_ids":["thermal-jeju","wind-tamra","sub-jeju"],
 "points":[
  {"timestamp":"2024-04-13T03:00:00.000Z","minutes":1,"demand_mw":700,"thermal_mw":238,"wind_mw":150.5,"solar_mw":250,
   "truck_discharge_mw":0,"curtailment_mw":0,"smp_krw_per_kwh":40,"hvdc_mw":[150,-88.5],"asset_mw":[76,12.25,-148.3]},
  {"timestamp":"2024-04-13T03:01:00.000Z","minutes":1,"demand_mw":710,"thermal_mw":238,"wind_mw":160,"solar_mw":260,
   "truck_discharge_mw":1.5,"curtailment_mw":30,"smp_krw_per_kwh":-11,"carbon_g_per_kwh":212.37,"hvdc_mw":[150,-90],"asset_mw":[76,null,-150.1]}]})";

QJsonObject pageWith(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = jsonObject(kPage);
    edit(o);
    return o;
}

QJsonObject editPoint(QJsonObject page, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray points = page.value(QStringLiteral("points")).toArray();
    QJsonObject p = points.at(index).toObject();
    if (value.isUndefined())
        p.remove(key);
    else
        p.insert(key, value);
    points[index] = p;
    page.insert(QStringLiteral("points"), points);
    return page;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

EnergyHistoryPoint point(const QDateTime &t, int minutes, double demand, double smp, std::optional<double> asset)
{
    EnergyHistoryPoint p;
    p.timestamp = t;
    p.minutes = minutes;
    p.demandMw = demand;
    p.thermalMw = demand / 2;
    p.curtailmentMw = demand / 10;
    p.smpKrwPerKwh = smp;
    p.hvdcFlowMw = {demand / 4};
    p.assetOutputMw = {asset};
    return p;
}

} // namespace

class TestEnergyHistory : public QObject
{
    Q_OBJECT

private slots:
    void pageRoundTripsAndDecodes()
    {
        const auto page = EnergyHistoryPage::fromJson(jsonObject(kPage));
        QVERIFY2(page.ok(), qPrintable(page.error().toString()));
        const EnergyHistoryPage &p = page.value();
        QVERIFY(p.step == HistoryStep::Minute);
        QCOMPARE(p.from, utc(2024, 4, 13, 3, 0));
        QCOMPARE(p.columns.assetIds, (QStringList{QStringLiteral("thermal-jeju"), QStringLiteral("wind-tamra"), QStringLiteral("sub-jeju")}));
        QCOMPARE(p.points.size(), 2);
        QCOMPARE(p.points[1].smpKrwPerKwh, -11.0);
        QVERIFY(!p.points[0].carbonGPerKwh); // written before history kept it
        QCOMPARE(p.points[1].carbonGPerKwh, std::optional<double>(212.37));
        QCOMPARE(p.points[0].hvdcFlowMw, (HistoryValues{150.0, -88.5}));
        QCOMPARE(p.points[1].assetOutputMw, (HistoryValues{76.0, std::nullopt, -150.1}));
        QCOMPARE(p.points[1].curtailedMwh(), 0.5); // 30 MW for one minute
        const QByteArray text = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
        const auto again = EnergyHistoryPage::fromJson(parseJsonObject(text).value());
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        QCOMPARE(again.value(), p);
        QVERIFY(text.contains(R"("asset_mw":[76,null,-150.1])"));
        QCOMPARE(text.count("carbon_g_per_kwh"), 1); // absent stays absent, not 0
    }

    void badPages_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QJsonValue nan(std::nan(""));
        QTest::addRow("from a number") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("from"), 5); }) << "from" << "expected a string";
        QTest::addRow("from without zone") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("from"), QStringLiteral("2024-04-13T03:00:00")); })
                                           << "from" << "zone";
        QTest::addRow("step not allowed") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("step"), QStringLiteral("2m")); })
                                          << "step" << "1m, 5m, 15m, 1h, 1d";
        QTest::addRow("has_more a string") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("has_more"), QStringLiteral("no")); })
                                           << "has_more" << "expected a boolean";
        QTest::addRow("points an object") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("points"), QJsonObject()); })
                                          << "points" << "expected an array";
        QTest::addRow("to before from") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("to"), QStringLiteral("2024-04-13T02:00:00Z")); })
                                        << "to" << "not after from";
        QTest::addRow("range over the limit") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("to"), QStringLiteral("2024-04-20T03:01:00Z")); })
                                              << "to" << "7 days";
        QTest::addRow("from off the step") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("step"), QStringLiteral("15m"));
                                                                             o.insert(QStringLiteral("from"), QStringLiteral("2024-04-13T03:05:00Z")); })
                                           << "from" << "15m boundary";
        QTest::addRow("asset named twice") << pageWith([](QJsonObject &o) {
            o.insert(QStringLiteral("asset_ids"), QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}); })
                                           << "asset_ids[2]" << "named twice";
        QTest::addRow("empty link id") << pageWith([](QJsonObject &o) { o.insert(QStringLiteral("hvdc_link_ids"), QJsonArray{QStringLiteral(""), QStringLiteral("x")}); })
                                       << "hvdc_link_ids[0]" << "empty";
        const QJsonObject page = jsonObject(kPage);
        QTest::addRow("demand a string") << editPoint(page, 0, QStringLiteral("demand_mw"), QStringLiteral("700")) << "points[0].demand_mw" << "expected a number";
        QTest::addRow("demand NaN") << editPoint(page, 0, QStringLiteral("demand_mw"), nan) << "points[0].demand_mw" << "finite";
        QTest::addRow("smp missing") << editPoint(page, 1, QStringLiteral("smp_krw_per_kwh"), QJsonValue::Undefined) << "points[1].smp_krw_per_kwh" << "missing";
        QTest::addRow("carbon negative") << editPoint(page, 1, QStringLiteral("carbon_g_per_kwh"), -3) << "points[1].carbon_g_per_kwh" << "out of range";
        QTest::addRow("carbon a string") << editPoint(page, 1, QStringLiteral("carbon_g_per_kwh"), QStringLiteral("212")) << "points[1].carbon_g_per_kwh" << "expected a number";
        QTest::addRow("negative wind") << editPoint(page, 0, QStringLiteral("wind_mw"), -1) << "points[0].wind_mw" << "out of range";
        QTest::addRow("asset value NaN") << editPoint(page, 0, QStringLiteral("asset_mw"), QJsonArray{76, nan, 1}) << "points[0].asset_mw[1]" << "finite";
        QTest::addRow("asset value a string") << editPoint(page, 0, QStringLiteral("asset_mw"), QJsonArray{76, QStringLiteral("1"), 1})
                                              << "points[0].asset_mw[1]" << "a number or null";
        QTest::addRow("one asset value short") << editPoint(page, 1, QStringLiteral("asset_mw"), QJsonArray{76, 1}) << "points[1].asset_mw" << "asset_ids names 3";
        QTest::addRow("one link value long") << editPoint(page, 0, QStringLiteral("hvdc_mw"), QJsonArray{1, 2, 3}) << "points[0].hvdc_mw" << "hvdc_link_ids names 2";
        QTest::addRow("timestamps repeat") << editPoint(page, 1, QStringLiteral("timestamp"), QStringLiteral("2024-04-13T03:00:00Z"))
                                           << "points[1].timestamp" << "does not come after";
        QTest::addRow("timestamps go back") << editPoint(editPoint(page, 0, QStringLiteral("timestamp"), QStringLiteral("2024-04-13T03:02:00Z")), 1,
                                                         QStringLiteral("timestamp"), QStringLiteral("2024-04-13T03:01:00Z"))
                                            << "points[1].timestamp" << "does not come after";
        QTest::addRow("point outside the range") << editPoint(page, 1, QStringLiteral("timestamp"), QStringLiteral("2024-04-13T03:03:00Z"))
                                                 << "points[1].timestamp" << "outside";
        QTest::addRow("point off the minute") << editPoint(page, 1, QStringLiteral("timestamp"), QStringLiteral("2024-04-13T03:01:30Z"))
                                              << "points[1].timestamp" << "boundary";
        QTest::addRow("more minutes than the step") << editPoint(page, 0, QStringLiteral("minutes"), 2) << "points[0].minutes" << "more than a 1m bucket";
        QTest::addRow("fractional minutes") << editPoint(page, 0, QStringLiteral("minutes"), 0.5) << "points[0].minutes" << "out of range";
    }
    void badPages()
    {
        QFETCH(QJsonObject, input);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto r = EnergyHistoryPage::fromJson(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().toString()));
    }

    void nanInJsonTextIsNotJson()
    {
        const auto r = parseJsonObject(QByteArray(kPage).replace("\"demand_mw\":700", "\"demand_mw\":NaN"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("malformed JSON")));
    }

    void stepsAreJejuBuckets()
    {
        // 2024-04-13 00:00 KST is 2024-04-12 15:00 UTC.
        QVERIFY(isHistoryBucketStart(utc(2024, 4, 12, 15, 0), HistoryStep::Day));
        QVERIFY(!isHistoryBucketStart(utc(2024, 4, 13, 0, 0), HistoryStep::Day));
        QVERIFY(isHistoryBucketStart(utc(2024, 4, 13, 0, 0), HistoryStep::Hour));
        QVERIFY(isHistoryBucketStart(utc(2024, 4, 13, 0, 45), HistoryStep::QuarterHour));
        QVERIFY(!isHistoryBucketStart(utc(2024, 4, 13, 0, 50), HistoryStep::QuarterHour));
        QVERIFY(!isHistoryBucketStart(utc(2024, 4, 13, 0, 0).addMSecs(500), HistoryStep::Minute));
        QCOMPARE(historyBucketStart(utc(2024, 4, 13, 14, 59).toSecsSinceEpoch(), HistoryStep::Day), utc(2024, 4, 12, 15, 0).toSecsSinceEpoch());
        QCOMPARE(historyBucketStart(utc(1969, 12, 31, 23, 59).toSecsSinceEpoch(), HistoryStep::FiveMinutes),
                 utc(1969, 12, 31, 23, 55).toSecsSinceEpoch());
        QCOMPARE(historyStepMaxRangeSeconds(HistoryStep::Minute), 7 * 86400);
        QCOMPARE(historyStepMaxRangeSeconds(HistoryStep::QuarterHour), 90 * 86400);
        QCOMPARE(historyStepNames(), (QStringList{QStringLiteral("1m"), QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("1h"), QStringLiteral("1d")}));
    }

    void aggregatesAreWeightedMeans()
    {
        const QDateTime t0 = utc(2024, 4, 13, 3, 0);
        // Worked by hand: a 1-minute point at 100 MW and a 3-minute mean at 200 MW.
        const QList<EnergyHistoryPoint> points{point(t0, 1, 100, 10, 4.0), point(t0.addSecs(60), 3, 200, 20, std::nullopt)};
        const auto c = EnergyHistoryAggregator::combine(points, t0);
        QVERIFY(c.has_value());
        QCOMPARE(c->minutes, 4);
        QCOMPARE(c->demandMw, 175.0);                     // (100·1 + 200·3) / 4
        QCOMPARE(c->curtailmentMw, 17.5);
        QCOMPARE(c->curtailedMwh(), 17.5 * 4 / 60);       // = 10/60 + 60/60 MWh
        QVERIFY(std::abs(c->smpKrwPerKwh - 13000.0 / 700.0) < 1e-12); // (10·100·1 + 20·200·3) / (100 + 600)
        QCOMPARE(c->hvdcFlowMw, (HistoryValues{43.75}));
        QCOMPARE(c->assetOutputMw, (HistoryValues{4.0})); // only the point that has a value
        QVERIFY(!c->carbonGPerKwh);                       // neither point has carbon
        QVERIFY(!EnergyHistoryAggregator::combine({}, t0).has_value());

        // Carbon is emissions over consumption: 300 g at 100 MW for 1 min, 150 g at 200 MW for
        // 3 min → (300·100 + 150·600) / 700 g/kWh; a third point without carbon does not count.
        QList<EnergyHistoryPoint> carbon = points;
        carbon[0].carbonGPerKwh = 300.0;
        carbon[1].carbonGPerKwh = 150.0;
        carbon << point(t0.addSecs(240), 1, 500, 10, std::nullopt);
        const auto withCarbon = EnergyHistoryAggregator::combine(carbon, t0);
        QVERIFY(withCarbon->carbonGPerKwh.has_value());
        QVERIFY(std::abs(*withCarbon->carbonGPerKwh - 120000.0 / 700.0) < 1e-9);
    }

    void meansOfQuarterHoursEqualTheHour()
    {
        QList<EnergyHistoryPoint> minutes;
        const QDateTime t0 = utc(2024, 4, 13, 3, 0);
        double demandSum = 0, smpEnergy = 0;
        for (int i = 0; i < 60; ++i) {
            const double demand = 600 + 7 * i, smp = i % 7 == 0 ? -5.0 : 90.0 + i;
            minutes << point(t0.addSecs(60 * i), 1, demand, smp, double(i));
            demandSum += demand;
            smpEnergy += smp * demand;
        }
        const auto quarters = EnergyHistoryAggregator::aggregate(minutes, HistoryStep::QuarterHour);
        QCOMPARE(quarters.size(), 4);
        QCOMPARE(quarters[2].timestamp, t0.addSecs(1800));
        const auto fromQuarters = EnergyHistoryAggregator::aggregate(quarters, HistoryStep::Hour);
        const auto fromMinutes = EnergyHistoryAggregator::aggregate(minutes, HistoryStep::Hour);
        QCOMPARE(fromQuarters.size(), 1);
        QCOMPARE(fromMinutes.size(), 1);
        QVERIFY(std::abs(fromMinutes[0].demandMw - demandSum / 60) < 1e-9);
        QVERIFY(std::abs(fromMinutes[0].smpKrwPerKwh - smpEnergy / demandSum) < 1e-9);
        QVERIFY(std::abs(fromQuarters[0].demandMw - demandSum / 60) < 1e-9);
        QVERIFY(std::abs(fromQuarters[0].smpKrwPerKwh - smpEnergy / demandSum) < 1e-9);
        QVERIFY(std::abs(*fromQuarters[0].assetOutputMw[0] - 29.5) < 1e-9); // the mean of 0, 1, …, 59
        QCOMPARE(fromQuarters[0].minutes, 60);
    }

    void minuteFromBalance()
    {
        EnergyBalance b;
        b.timestamp = utc(2024, 4, 13, 3, 0);
        b.demandMw = 700;
        b.smpKrwPerKwh = 40.5;
        b.carbonGPerKwh = 287.5;
        b.hvdcLinks = {{QStringLiteral("hvdc-1"), QStringLiteral("#1"), QStringLiteral("Haenam"), QStringLiteral("conv"), 300, 150, false}};
        Asset a;
        a.id = QStringLiteral("thermal-jeju");
        a.outputMw = 76.25;
        const auto p = EnergyHistoryPoint::fromBalance(b, {a});
        QCOMPARE(EnergyHistoryColumns::of(b, {a}), (EnergyHistoryColumns{{QStringLiteral("hvdc-1")}, {QStringLiteral("thermal-jeju")}}));
        QCOMPARE(p.timestamp, b.timestamp);
        QCOMPARE(p.minutes, 1);
        QCOMPARE(p.hvdcFlowMw, (HistoryValues{150.0}));
        QCOMPARE(p.assetOutputMw, (HistoryValues{76.25}));
        QCOMPARE(p.smpKrwPerKwh, 40.5);
        QCOMPARE(p.carbonGPerKwh, std::optional<double>(287.5));
        b.carbonGPerKwh = 0.0; // a server that does not work it out
        QVERIFY(!EnergyHistoryPoint::fromBalance(b, {a}).carbonGPerKwh);
    }

    void minuteBackToABalance()
    {
        EnergyBalance b;
        b.timestamp = utc(2024, 4, 13, 3, 0);
        b.demandMw = 700;
        b.thermalMw = 238;
        b.windMw = 120.55;
        b.solarMw = 311.45;
        b.truckDischargeMw = 1.5;
        b.curtailmentMw = 12.25;
        b.smpKrwPerKwh = -12.5;
        b.carbonGPerKwh = 233.1;
        b.hvdcLinks = {{QStringLiteral("hvdc-1"), QStringLiteral("#1"), QStringLiteral("Haenam"), QStringLiteral("conv-1"), 300, 150, false},
                       {QStringLiteral("hvdc-3"), QStringLiteral("#3"), QStringLiteral("Wando"), QStringLiteral("conv-3"), 200, -40.5, true}};
        const EnergyHistoryColumns columns = EnergyHistoryColumns::of(b, {});
        const EnergyHistoryPoint p = EnergyHistoryPoint::fromBalance(b, {});
        // The live links with different flows: only the names, terminals and ratings are taken.
        QList<HvdcLinkFlow> live = b.hvdcLinks;
        live[0].flowMw = 0;
        live[1].flowMw = 99;
        const EnergyBalance back = p.toBalance(columns, live);
        QVERIFY(qFuzzyCompare(back.renewableShare, 432.0 / 700.0)); // (120.55 + 311.45) / 700
        EnergyBalance expected = b;
        expected.renewableShare = back.renewableShare;
        QCOMPARE(back, expected);
        // Columns in another order, a link history has no flow for and one it never named.
        const EnergyHistoryColumns reordered{{QStringLiteral("hvdc-3"), QStringLiteral("hvdc-1")}, {}};
        EnergyHistoryPoint q = p;
        q.hvdcFlowMw = {std::nullopt, 150.0};
        live << HvdcLinkFlow{QStringLiteral("hvdc-9"), QStringLiteral("#9"), QStringLiteral("Nowhere"), QStringLiteral("conv-9"), 100, 10, false};
        const EnergyBalance partial = q.toBalance(reordered, live);
        QCOMPARE(partial.hvdcLinks.size(), 1);
        QCOMPARE(partial.hvdcLinks[0].id, QStringLiteral("hvdc-1"));
        QCOMPARE(partial.hvdcLinks[0].flowMw, 150.0);
        // No demand, no share; the share never leaves 0..1.
        EnergyHistoryPoint dark = p;
        dark.demandMw = 0;
        QCOMPARE(dark.toBalance(columns, live).renewableShare, 0.0);
        dark.demandMw = 100;
        QCOMPARE(dark.toBalance(columns, live).renewableShare, 1.0);
    }

    void remapKeepsValuesWithTheirIds()
    {
        const QStringList from{QStringLiteral("a"), QStringLiteral("b")}, to{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
        QCOMPARE(EnergyHistoryColumns::remap({1.0, 2.0}, from, to), (HistoryValues{2.0, std::nullopt, 1.0}));
        const EnergyHistoryColumns x{{QStringLiteral("l1")}, from}, y{{QStringLiteral("l2"), QStringLiteral("l1")}, to};
        QCOMPARE(x.united(y), (EnergyHistoryColumns{{QStringLiteral("l1"), QStringLiteral("l2")}, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}}));
    }

    void blobKeepsHundredthsAndGaps()
    {
        const HistoryValues values{148.8, std::nullopt, -150.13, 0.0, 4999.99, -0.004};
        const QByteArray blob = EnergyHistoryRow::pack(values);
        QCOMPARE(blob.size(), 24);
        const auto back = EnergyHistoryRow::unpack(blob, 6);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), (HistoryValues{148.8, std::nullopt, -150.13, 0.0, 4999.99, 0.0}));
        // 148.8 is stored as 14880: little-endian bytes 0x20 0x3a 0x00 0x00.
        QCOMPARE(blob.left(4), QByteArray("\x20\x3a\x00\x00", 4));
        const auto wrong = EnergyHistoryRow::unpack(blob, 5);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QStringLiteral("24 bytes")));
    }

    void rowsDecodeAndUnite()
    {
        const EnergyHistoryColumns a{{QStringLiteral("l1")}, {QStringLiteral("x"), QStringLiteral("y")}};
        const EnergyHistoryColumns b{{QStringLiteral("l1")}, {QStringLiteral("y"), QStringLiteral("z")}};
        EnergyHistoryRow::Scalars scalars{70012, 23800, 1, 2, 3, 4, -1250, 29134};
        const auto p = EnergyHistoryRow::decode(1712977200, 1, scalars, EnergyHistoryRow::pack({150.0}),
                                                EnergyHistoryRow::pack({1.5, -2.25}), a);
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QCOMPARE(p.value().timestamp, utc(2024, 4, 13, 3, 0));
        QCOMPARE(p.value().demandMw, 700.12);
        QCOMPARE(p.value().smpKrwPerKwh, -12.5);
        QCOMPARE(p.value().carbonGPerKwh, std::optional<double>(291.34));
        const auto back = EnergyHistoryRow::scalars(p.value());
        for (size_t i = 0; i < back.size(); ++i)
            QCOMPARE(back[i].toLongLong(), scalars[i].toLongLong());
        const auto wrong = EnergyHistoryRow::decode(1712977200, 1, scalars, EnergyHistoryRow::pack({150.0}), EnergyHistoryRow::pack({1.5}), a);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().field, QStringLiteral("assets"));
        // A row kept before carbon was: NULL, and the point has none (and binds NULL again).
        EnergyHistoryRow::Scalars noCarbon = scalars;
        noCarbon.back() = QVariant();
        const auto old = EnergyHistoryRow::decode(1712977200, 1, noCarbon, EnergyHistoryRow::pack({150.0}),
                                                  EnergyHistoryRow::pack({1.5, -2.25}), a);
        QVERIFY2(old.ok(), qPrintable(old.error().toString()));
        QVERIFY(!old.value().carbonGPerKwh);
        QVERIFY(EnergyHistoryRow::scalars(old.value()).back().isNull());
        // Any other NULL is a damaged row, named.
        noCarbon[2] = QVariant();
        const auto damaged = EnergyHistoryRow::decode(1712977200, 1, noCarbon, EnergyHistoryRow::pack({150.0}),
                                                      EnergyHistoryRow::pack({1.5, -2.25}), a);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().field, QStringLiteral("wind"));

        QList<EnergyHistoryPoint> points{p.value(), p.value()};
        points[1].assetOutputMw = {7.0, 8.0}; // written under b: y = 7, z = 8
        const QHash<int, EnergyHistoryColumns> byId{{1, a}, {2, b}};
        const EnergyHistoryColumns all = EnergyHistoryRow::unite(points, {1, 2}, byId);
        QCOMPARE(all.assetIds, (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(points[0].assetOutputMw, (HistoryValues{1.5, -2.25, std::nullopt}));
        QCOMPARE(points[1].assetOutputMw, (HistoryValues{std::nullopt, 7.0, 8.0}));
    }
};

QTEST_APPLESS_MAIN(TestEnergyHistory)
#include "tst_energyhistory.moc"
