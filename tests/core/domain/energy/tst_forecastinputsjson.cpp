// SPDX-License-Identifier: MIT
// A forecast's inputs on the wire: what ForecastInputs::describe() makes of an island goes
// through JSON unchanged, inside a forecast too, and a forecast without inputs (an older server)
// still decodes. Damaged inputs — NaN, out of range, wrong type, a short outlook, an outlook of
// another hour, unknown names, duplicates, a curve no turbine could have — are refused whole with
// the field's path, and so is the forecast carrying them.
#include "smallisland.h"

#include "domain/energy/forecastinputsjson.h"
#include "domain/energy/forecastjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace et;
using namespace et::domain::energy;

Q_DECLARE_METATYPE(QJsonValue)

namespace {
const QDateTime kIssued(QDate(2025, 4, 12), QTime(0, 15), Qt::UTC);

ForecastInputs inputs()
{
    const test::SmallIsland island;
    const IslandModel model = island.model();
    auto in = ForecastInputs::describe(island.spec, island.demand, HourlyOutlook::issue(model.weather(), kIssued));
    if (!in)
        qFatal("describe: %s", qPrintable(in.error().toString()));
    return in.value();
}

/// `root` with the value at `path` ("outlook/wind_ms/5") replaced by `value`, or removed when
/// `value` is undefined.
QJsonValue replaced(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    if (root.isArray()) {
        QJsonArray a = root.toArray();
        const int i = head.toInt();
        a[i] = path.isEmpty() ? value : replaced(a.at(i), path, value);
        return a;
    }
    QJsonObject o = root.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o[head] = path.isEmpty() ? value : replaced(o.value(head), path, value);
    return o;
}
} // namespace

class TestForecastInputsJson : public QObject
{
    Q_OBJECT
private slots:
    void describedInputsGoThroughJsonUnchanged()
    {
        const ForecastInputs in = inputs();
        QCOMPARE(in.wind.size(), 2);
        QCOMPARE(in.turbines.size(), 2);
        QCOMPARE(in.solar.size(), 2);
        QCOMPARE(in.solar.first().dcAcRatio, 1.2);
        QCOMPARE(in.demand.shape, QStringLiteral("jeju-kpx-2025"));
        // The holidays of 2025 and 2026 (the issue year and the next), as the bundled files list them.
        QVERIFY(in.demand.holidays.contains(QDate(2025, 10, 6)));
        QVERIFY(in.demand.holidays.contains(QDate(2026, 2, 17)));
        QVERIFY(!in.demand.holidays.contains(QDate(2024, 12, 25)));
        const QByteArray text = QJsonDocument(ForecastInputsJson::toJson(in)).toJson(QJsonDocument::Compact);
        qInfo("inputs of a two-farm, two-site island: %.1f KB", text.size() / 1024.0);
        auto back = ForecastInputsJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(back.value() == in);
    }

    void aForecastCarriesItsInputsOrNone()
    {
        EnergyForecastResult f = test::SmallIsland().model().forecast(kIssued, {}, inputs().outlook);
        f = ForecastJson::rounded(f, ForecastJson::kResolution);
        // Without inputs (an older server): decodes, with none.
        auto plain = ForecastJson::fromJson(ForecastJson::toJson(f));
        QVERIFY2(plain.ok(), qPrintable(plain.error().toString()));
        QVERIFY(!plain.value().inputs);
        QJsonObject withNull = ForecastJson::toJson(f);
        withNull.insert(QStringLiteral("inputs"), QJsonValue::Null);
        QVERIFY(ForecastJson::fromJson(withNull).ok());
        f.inputs = inputs();
        auto with = ForecastJson::fromJson(QJsonDocument::fromJson(QJsonDocument(ForecastJson::toJson(f)).toJson()).object());
        QVERIFY2(with.ok(), qPrintable(with.error().toString()));
        QVERIFY(with.value() == f);
        // Inputs of another issue are not this forecast's.
        f.issued = f.issued.addSecs(-60);
        auto other = ForecastJson::fromJson(ForecastJson::toJson(f));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().field, QStringLiteral("inputs.outlook.issued"));
    }

    void damagedInputsAreRefusedWithTheirPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        const QJsonObject good = ForecastInputsJson::toJson(inputs());
        QJsonArray shortWind = good.value(QStringLiteral("outlook")).toObject().value(QStringLiteral("wind_ms")).toArray();
        shortWind.removeLast();
        QJsonArray decreasing = good.value(QStringLiteral("turbines")).toArray().at(0).toObject().value(QStringLiteral("curve")).toArray();
        decreasing[3] = QJsonArray{0.5, 1000.0};
        const QJsonValue gone; // undefined: the field is removed

        QTest::newRow("wind NaN") << "outlook/wind_ms/5" << QJsonValue(std::nan("")) << "outlook.wind_ms[5]";
        QTest::newRow("wind negative") << "outlook/wind_ms/0" << QJsonValue(-1.0) << "outlook.wind_ms[0]";
        QTest::newRow("cloud above 1") << "outlook/cloud_cover/7" << QJsonValue(1.5) << "outlook.cloud_cover[7]";
        QTest::newRow("temperature text") << "outlook/temperature_c/2" << QJsonValue(QStringLiteral("20")) << "outlook.temperature_c[2]";
        QTest::newRow("sigma huge") << "outlook/wind_log_sigma/9" << QJsonValue(1e9) << "outlook.wind_log_sigma[9]";
        QTest::newRow("outlook short") << "outlook/wind_ms" << QJsonValue(shortWind) << "outlook.wind_ms";
        QTest::newRow("outlook of another hour") << "outlook/start" << QJsonValue(QStringLiteral("2025-04-12T01:00:00Z")) << "outlook.start";
        QTest::newRow("quarter-hourly") << "outlook/step_s" << QJsonValue(900) << "outlook.step_s";
        QTest::newRow("no spread") << "outlook/cloud_logit_sigma" << gone << "outlook.cloud_logit_sigma";
        QTest::newRow("solar fuel") << "thermal/0/fuel" << QJsonValue(QStringLiteral("solar_pv")) << "thermal[0].fuel";
        QTest::newRow("must-run as text") << "thermal/0/min_stable_mw" << QJsonValue(QStringLiteral("90")) << "thermal[0].min_stable_mw";
        QTest::newRow("LCC exports") << "hvdc_links/0/min_mw" << QJsonValue(-10.0) << "hvdc_links[0].min_mw";
        QTest::newRow("floor above cap") << "prices/price_floor_krw_per_kwh" << QJsonValue(2000.0) << "prices.price_floor_krw_per_kwh";
        QTest::newRow("curve backwards") << "turbines/0/curve" << QJsonValue(decreasing) << "turbines[0].curve";
        QTest::newRow("curve point") << "turbines/1/curve/2" << QJsonValue(QJsonArray{4.0}) << "turbines[1].curve[2]";
        QTest::newRow("unknown turbine") << "wind_farms/1/turbine_type" << QJsonValue(QStringLiteral("X-1/1")) << "wind_farms[1].turbine_type";
        QTest::newRow("no turbines") << "wind_farms/0/turbine_count" << QJsonValue(0) << "wind_farms[0].turbine_count";
        QTest::newRow("half a turbine") << "wind_farms/0/turbine_count" << QJsonValue(2.5) << "wind_farms[0].turbine_count";
        QTest::newRow("an asset twice") << "solar_sites/1/asset_id" << QJsonValue(QStringLiteral("wind-a")) << "solar_sites[1].asset_id";
        QTest::newRow("unknown sky") << "pv_model/sky_model" << QJsonValue(QStringLiteral("perez")) << "pv_model.sky_model";
        QTest::newRow("ratio zero") << "solar_sites/0/dc_ac_ratio" << QJsonValue(0.0) << "solar_sites[0].dc_ac_ratio";
        QTest::newRow("no such day") << "demand/holidays/1" << QJsonValue(QStringLiteral("2025-13-01")) << "demand.holidays[1]";
        QTest::newRow("holidays out of order") << "demand/holidays/0" << QJsonValue(QStringLiteral("2027-01-01")) << "demand.holidays[1]";
        QTest::newRow("no demand") << "demand" << gone << "demand";
    }

    void damagedInputsAreRefusedWithTheirPath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonValue damaged = replaced(ForecastInputsJson::toJson(inputs()), path.split(u'/'), value);
        const auto r = ForecastInputsJson::fromJson(damaged);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().field == field, qPrintable(r.error().toString()));
        QVERIFY(!r.error().message.isEmpty());
        if (std::isnan(value.toDouble(0.0)))
            QCOMPARE(r.error().message, QStringLiteral("is not a number"));

        // A forecast carrying them is refused whole, naming the same field under "inputs".
        EnergyForecastResult f = ForecastJson::rounded(test::SmallIsland().model().forecast(kIssued, {}, inputs().outlook), 0.1);
        QJsonObject json = ForecastJson::toJson(f);
        json.insert(QStringLiteral("inputs"), damaged);
        const auto whole = ForecastJson::fromJson(json);
        QVERIFY(!whole.ok());
        QCOMPARE(whole.error().field, QStringLiteral("inputs.") + field);
    }
};

QTEST_GUILESS_MAIN(TestForecastInputsJson)
#include "tst_forecastinputsjson.moc"
