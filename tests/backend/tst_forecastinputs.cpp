// SPDX-License-Identifier: MIT
// The forecast the real server issues carries its inputs, and they are enough to redo it: the
// console's recompute (OfflineForecast) from the served inputs and the served assets, at the
// served issue time, gives the served forecast to the tenth the server rounds to. The inputs say
// what the bundled data files say (read here on their own), and their outlook is the server's
// weather process's outlook for its seed at each hour, to the stated resolution.
#include "httptestclient.h"
#include "serverprocess.h"

#include "domain/asset.h"
#include "domain/energy/forecastjson.h"
#include "domain/energy/offlineforecast.h"
#include "domain/energy/weatherprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using namespace et::domain::energy;
using domain::UserRole;

namespace {
constexpr quint64 kSeed = 7;
// Spring, when Jeju curtails: the server starts at 09:00 KST and its clock hardly moves.
const QStringList kStill = {QStringLiteral("--seed"), QString::number(kSeed), QStringLiteral("--speed"), QStringLiteral("0.001"),
                            QStringLiteral("--tick-ms"), QStringLiteral("60000"), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                            QStringLiteral("--start"), QStringLiteral("2025-04-12T00:00:00Z")};

QJsonObject dataFile(const QString &name)
{
    QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// The rows of `array` by their `key`.
QHash<QString, QJsonObject> byId(const QJsonArray &array, const QString &key)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : array)
        out.insert(v.toObject().value(key).toString(), v.toObject());
    return out;
}

/// Every band of two forecasts side by side: the largest difference, and the first place where
/// they differ by more than `tolerance` (empty when none does).
struct Difference
{
    double largest = 0.0;
    QString first;
    qsizetype values = 0;
    qsizetype unequal = 0;
};

void compareBand(const Band &a, const Band &b, const QString &where, double tolerance, Difference &d)
{
    const double pairs[3][2] = {{a.p10, b.p10}, {a.p50, b.p50}, {a.p90, b.p90}};
    for (const auto &p : pairs) {
        const double diff = std::abs(p[0] - p[1]);
        ++d.values;
        d.unequal += diff > 0.0 ? 1 : 0;
        d.largest = std::max(d.largest, diff);
        if (diff > tolerance && d.first.isEmpty())
            d.first = QStringLiteral("%1: %2 vs %3").arg(where).arg(p[0]).arg(p[1]);
    }
}

Difference compare(const EnergyForecastResult &a, const EnergyForecastResult &b, double tolerance)
{
    Difference d;
    if (a.issued != b.issued || a.quarterHours.size() != b.quarterHours.size() || a.hours.size() != b.hours.size()
        || a.assets.size() != b.assets.size() || a.windows.size() != b.windows.size()) {
        d.first = QStringLiteral("shapes differ: %1 windows vs %2").arg(a.windows.size()).arg(b.windows.size());
        return d;
    }
    const QList<QPair<const QList<ForecastStep> *, const QList<ForecastStep> *>> horizons = {{&a.quarterHours, &b.quarterHours},
                                                                                           {&a.hours, &b.hours}};
    for (const auto &[sa, sb] : horizons) {
        for (qsizetype i = 0; i < sa->size(); ++i) {
            const ForecastStep &x = sa->at(i), &y = sb->at(i);
            if (x.time != y.time)
                d.first = QStringLiteral("step %1 starts at different times").arg(i);
            const QString at = QStringLiteral("step %1 ").arg(i);
            compareBand(x.demandMw, y.demandMw, at + QStringLiteral("demand"), tolerance, d);
            compareBand(x.windMw, y.windMw, at + QStringLiteral("wind"), tolerance, d);
            compareBand(x.solarMw, y.solarMw, at + QStringLiteral("solar"), tolerance, d);
            compareBand(x.thermalMw, y.thermalMw, at + QStringLiteral("thermal"), tolerance, d);
            compareBand(x.importMw, y.importMw, at + QStringLiteral("import"), tolerance, d);
            compareBand(x.exportMw, y.exportMw, at + QStringLiteral("export"), tolerance, d);
            compareBand(x.curtailmentMw, y.curtailmentMw, at + QStringLiteral("curtailment"), tolerance, d);
            compareBand(x.smpKrwPerKwh, y.smpKrwPerKwh, at + QStringLiteral("smp"), tolerance, d);
            compareBand(x.carbonGPerKwh, y.carbonGPerKwh, at + QStringLiteral("carbon"), tolerance, d);
            for (qsizetype l = 0; l < x.linkFlowMw.size() && l < y.linkFlowMw.size(); ++l)
                compareBand(x.linkFlowMw.at(l), y.linkFlowMw.at(l), at + QStringLiteral("link %1").arg(l), tolerance, d);
        }
    }
    for (qsizetype i = 0; i < a.assets.size(); ++i) {
        const AssetForecast &x = a.assets.at(i), &y = b.assets.at(i);
        if (x.assetId != y.assetId)
            d.first = QStringLiteral("asset %1 is %2 vs %3").arg(i).arg(x.assetId, y.assetId);
        for (qsizetype s = 0; s < x.quarterHourMw.size(); ++s)
            compareBand(x.quarterHourMw.at(s), y.quarterHourMw.at(s), x.assetId + QStringLiteral(" quarter %1").arg(s), tolerance, d);
        for (qsizetype s = 0; s < x.hourMw.size(); ++s)
            compareBand(x.hourMw.at(s), y.hourMw.at(s), x.assetId + QStringLiteral(" hour %1").arg(s), tolerance, d);
    }
    for (qsizetype i = 0; i < a.windows.size(); ++i) {
        if (a.windows.at(i).start != b.windows.at(i).start || a.windows.at(i).end != b.windows.at(i).end)
            d.first = QStringLiteral("window %1 is at another time").arg(i);
        compareBand(a.windows.at(i).energyMwh, b.windows.at(i).energyMwh, QStringLiteral("window %1").arg(i), tolerance, d);
    }
    return d;
}
} // namespace

class TestForecastInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QJsonObject m_served;
    EnergyForecastResult m_forecast;
    QList<domain::Asset> m_assets;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.sqlite")), kStill), qPrintable(m_server.errorString()));
        test::HttpTestClient http(m_server.url(), m_server.signIn(UserRole::Viewer));
        const test::HttpReply forecast = http.get(QStringLiteral("/api/v1/energy/forecast"));
        QCOMPARE(forecast.status, 200);
        m_served = forecast.json;
        auto decoded = ForecastJson::fromJson(m_served);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().toString()));
        m_forecast = decoded.value();
        const test::HttpReply assets = http.get(QStringLiteral("/api/v1/assets"));
        QCOMPARE(assets.status, 200);
        for (const QJsonValue &v : assets.json.value(QStringLiteral("items")).toArray()) {
            auto a = domain::Asset::fromJson(v);
            QVERIFY2(a.ok(), qPrintable(a.error().toString()));
            m_assets << a.value();
        }
        const auto size = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).size(); };
        QJsonObject without = m_served;
        without.remove(QStringLiteral("inputs"));
        qInfo("served forecast %.1f KB, of which inputs %.1f KB", size(m_served) / 1024.0,
              (size(m_served) - size(without)) / 1024.0);
    }

    void theForecastCarriesItsInputs()
    {
        QVERIFY(m_forecast.inputs.has_value());
        const ForecastInputs &in = *m_forecast.inputs;
        QCOMPARE(in.outlook.issued(), m_forecast.issued);
        QCOMPARE(in.outlook.points().size(), HourlyOutlook::kPoints);
        // The last hourly step lies within the outlook.
        QVERIFY(m_forecast.hours.last().time <= in.outlook.end());
        QCOMPARE(in.outlook.start().secsTo(m_forecast.issued) / 3600, 0);
    }

    void theOutlookIsTheServersWeather()
    {
        // The server's weather process for its seed, each hour, to the resolution docs/api.md states.
        const WeatherProcess weather(kSeed);
        const ForecastInputs &in = *m_forecast.inputs;
        for (qsizetype i = 0; i < in.outlook.points().size(); ++i) {
            const QDateTime t = in.outlook.start().addSecs(3600 * i);
            const WeatherOutlook expected = weather.forecast(m_forecast.issued, t);
            const WeatherOutlook &got = in.outlook.points().at(i);
            const auto near = [&](double a, double b, double resolution, const char *what) {
                if (std::abs(a - b) <= resolution / 2 + 1e-9)
                    return true;
                qWarning("hour %lld %s: %.6f published, %.6f from the weather process", qlonglong(i), what, a, b);
                return false;
            };
            QVERIFY(near(got.expected.windSpeedMs, expected.expected.windSpeedMs, 0.01, "wind"));
            QVERIFY(near(got.expected.cloudCover, expected.expected.cloudCover, 1e-4, "cloud"));
            QVERIFY(near(got.expected.temperatureC, expected.expected.temperatureC, 0.01, "temperature"));
            QVERIFY(near(got.windLogSigma, expected.windLogSigma, 1e-4, "wind sigma"));
            QVERIFY(near(got.cloudLogitSigma, expected.cloudLogitSigma, 1e-4, "cloud sigma"));
            QVERIFY(near(got.temperatureSigmaC, expected.temperatureSigmaC, 1e-4, "temperature sigma"));
        }
    }

    void theInputsSayWhatTheDataFilesSay()
    {
        const ForecastInputs &in = *m_forecast.inputs;
        const QJsonObject assetsFile = dataFile(QStringLiteral("jeju-assets.json"));
        const auto assets = byId(assetsFile.value(QStringLiteral("assets")).toArray(), QStringLiteral("id"));
        QCOMPARE(in.thermal.size(), 3);
        for (const auto &t : in.thermal) {
            const QJsonObject row = assets.value(t.assetId);
            QCOMPARE(t.minStableMw, row.value(QStringLiteral("min_stable_mw")).toDouble());
            QCOMPARE(t.marginalCostKrwPerKwh, row.value(QStringLiteral("marginal_cost_krw_per_kwh")).toDouble());
            QCOMPARE(fuelName(t.fuel), row.value(QStringLiteral("fuel")).toString());
        }
        const auto links = byId(assetsFile.value(QStringLiteral("hvdc_links")).toArray(), QStringLiteral("id"));
        QCOMPARE(in.links.size(), links.size());
        for (const auto &l : in.links) {
            QCOMPARE(l.minMw, links.value(l.id).value(QStringLiteral("min_mw")).toDouble());
            QCOMPARE(l.maxOperatingMw, links.value(l.id).value(QStringLiteral("max_operating_mw")).toDouble());
            QCOMPARE(l.reversible, links.value(l.id).value(QStringLiteral("reversible")).toBool());
        }
        const auto farms = byId(dataFile(QStringLiteral("jeju-wind-farms.json")).value(QStringLiteral("farms")).toArray(), QStringLiteral("asset_id"));
        QCOMPARE(in.wind.size(), 12);
        for (const auto &w : in.wind) {
            const QJsonObject row = farms.value(w.assetId);
            QCOMPARE(w.turbineType, row.value(QStringLiteral("turbine_type")).toString());
            QCOMPARE(w.turbineCount, row.value(QStringLiteral("turbine_count")).toInt());
            QCOMPARE(w.hubHeightM, row.value(QStringLiteral("hub_height_m")).toDouble());
            QCOMPARE(w.availability, row.value(QStringLiteral("availability")).toDouble());
            QCOMPARE(w.losses, row.value(QStringLiteral("losses")).toDouble());
            QCOMPARE(w.offshore, row.value(QStringLiteral("offshore")).toBool());
        }
        QCOMPARE(in.solar.size(), 14);
        for (const auto &s : in.solar) {
            QCOMPARE(s.dcAcRatio, 1.2); // IslandModel's stated DC/AC ratio
            QCOMPARE(s.tiltDeg, 30.0);
            QCOMPARE(s.azimuthDeg, 180.0);
        }
        QCOMPARE(in.demand.shape, QStringLiteral("jeju-kpx-2025"));
        QVERIFY(in.demand.holidays.contains(QDate(2025, 5, 5))); // 어린이날
        QVERIFY(in.demand.holidays.contains(QDate(2026, 1, 1)));
    }

    void recomputingAtTheIssueTimeGivesTheServedForecast()
    {
        auto again = OfflineForecast::recompute(*m_forecast.inputs, m_assets, m_forecast.issued);
        QVERIFY2(again.ok(), qPrintable(again.error().toString()));
        // Only the rounding to tenths may differ (a value on a rounding boundary, in the last bit).
        const Difference d = compare(again.value(), m_forecast, ForecastJson::kResolution + 1e-9);
        qInfo("%lld values compared, %lld not identical, largest difference %g", qlonglong(d.values), qlonglong(d.unequal), d.largest);
        QVERIFY2(d.first.isEmpty(), qPrintable(d.first));
        // Every band was compared: 96 + 168 steps of 9 figures and 3 links, 26 assets, the windows.
        const qsizetype steps = m_forecast.quarterHours.size() + m_forecast.hours.size();
        QCOMPARE(d.values, 3 * (steps * (9 + 3) + steps * qsizetype(m_forecast.assets.size()) + m_forecast.windows.size()));
        // Spring at 09:00 KST: the served forecast does see curtailment, so the windows are compared too.
        QVERIFY(!m_forecast.windows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForecastInputs)
#include "tst_forecastinputs.moc"
