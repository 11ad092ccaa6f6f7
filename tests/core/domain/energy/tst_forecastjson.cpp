// SPDX-License-Identifier: MIT
// ForecastJson: a forecast survives the wire unchanged, and a damaged one — a band out of order, a
// number that is not one, a step missing or out of line, an asset short of values, a window that
// ends before it starts — is refused whole with the place it broke named.
#include "domain/energy/forecastjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace et::domain::energy;

namespace {
const QDateTime kIssued(QDate(2025, 4, 6), QTime(2, 7, 30), Qt::UTC);

EnergyForecastResult sample()
{
    EnergyForecast::Inputs in;
    in.grid.thermal = {{QStringLiteral("gas"), 300, 100, 140}};
    in.grid.links = {{QStringLiteral("lcc"), QStringLiteral("LCC"), QStringLiteral("A"), QStringLiteral("conv"), 300, 50, 200, false}};
    in.assets = {{QStringLiteral("farm"), true, [](const StepSky &s) { return 20.0 * s.weather.windSpeedMs; }}};
    static const WeatherProcess weather(3);
    in.outlook = [](const QDateTime &t) { return weather.forecast(kIssued, t); };
    in.sky = [](const QDateTime &, const Weather &w) {
        StepSky s;
        s.weather = w;
        return s;
    };
    in.demandMw = [](const QDateTime &, const Weather &) { return 250.0; };
    return EnergyForecast(in).compute(kIssued);
}

QJsonObject wire()
{
    return ForecastJson::toJson(sample());
}

QString errorOf(const QJsonObject &o)
{
    const auto r = ForecastJson::fromJson(o);
    return r.ok() ? QString() : r.error().toString();
}
} // namespace

class TestForecastJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughText()
    {
        const EnergyForecastResult f = sample();
        const QByteArray text = QJsonDocument(ForecastJson::toJson(f)).toJson(QJsonDocument::Compact);
        const auto back = ForecastJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), f);
    }

    void refusesDamage_data()
    {
        QTest::addColumn<QJsonObject>("damaged");
        QTest::addColumn<QString>("names");
        QJsonObject o = wire();
        auto withStep = [&](const char *horizon, int i, const char *field, const QJsonValue &v) {
            QJsonObject c = o;
            QJsonArray steps = c.value(QLatin1String(horizon)).toArray();
            QJsonObject s = steps.at(i).toObject();
            if (v.isUndefined())
                s.remove(QLatin1String(field));
            else
                s.insert(QLatin1String(field), v);
            steps[i] = s;
            c.insert(QLatin1String(horizon), steps);
            return c;
        };
        QTest::newRow("unordered band") << withStep("quarter_hours", 3, "demand_mw", QJsonArray{300, 200, 400}) << "quarter_hours[3]demand_mw";
        QTest::newRow("string in a band") << withStep("hours", 0, "wind_mw", QJsonArray{1, "2", 3}) << "hours[0]wind_mw";
        QTest::newRow("two-value band") << withStep("hours", 5, "smp_krw_per_kwh", QJsonArray{1, 2}) << "hours[5]smp_krw_per_kwh";
        QTest::newRow("negative demand") << withStep("hours", 7, "demand_mw", QJsonArray{-5, 0, 5}) << "hours[7]demand_mw";
        QTest::newRow("missing field") << withStep("quarter_hours", 0, "curtailment_mw", QJsonValue::Undefined) << "curtailment_mw";
        QTest::newRow("step out of line") << withStep("quarter_hours", 10, "time", QStringLiteral("2025-04-06T05:01:00Z")) << "quarter_hours";
        QTest::newRow("bad time") << withStep("hours", 2, "time", QStringLiteral("yesterday")) << "hours[2]";
        {
            QJsonObject c = o;
            QJsonArray q = c.value(QLatin1String("quarter_hours")).toArray();
            q.removeLast();
            c.insert(QLatin1String("quarter_hours"), q);
            QTest::newRow("a step short") << c << "quarter_hours";
        }
        {
            QJsonObject c = o;
            QJsonArray assets = c.value(QLatin1String("assets")).toArray();
            QJsonObject a = assets.at(0).toObject();
            QJsonArray h = a.value(QLatin1String("hour_mw")).toArray();
            h.removeAt(100);
            a.insert(QLatin1String("hour_mw"), h);
            assets[0] = a;
            c.insert(QLatin1String("assets"), assets);
            QTest::newRow("asset short") << c << "assets[0].hour_mw";
        }
        {
            QJsonObject c = o;
            c.insert(QLatin1String("curtailment_windows"),
                     QJsonArray{QJsonObject{{"start", "2025-04-06T05:00:00Z"}, {"end", "2025-04-06T04:00:00Z"},
                                            {"energy_mwh", QJsonArray{1, 2, 3}}, {"peak_mw", 4}}});
            QTest::newRow("window ends first") << c << "curtailment_windows[0]";
        }
        {
            QJsonObject c = o;
            c.insert(QLatin1String("issued"), 12);
            QTest::newRow("issued not a time") << c << "issued";
        }
    }
    void refusesDamage()
    {
        QFETCH(QJsonObject, damaged);
        QFETCH(QString, names);
        const QString error = errorOf(damaged);
        QVERIFY2(!error.isEmpty(), "accepted");
        // Field paths are joined with or without dots depending on the level; compare without.
        QVERIFY2(QString(error).remove(u'.').contains(QString(names).remove(u'.')), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestForecastJson)
#include "tst_forecastjson.moc"
