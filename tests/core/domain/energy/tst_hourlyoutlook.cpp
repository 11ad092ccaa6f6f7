// SPDX-License-Identifier: MIT
// HourlyOutlook: the weather process's outlook sampled each hour to the stated resolution; linear
// between hours (worked out here); the first point before the start; past the end the climate
// with the wider spread. The climate outlook itself is checked against the weather process:
// thousands of seeds sampled at scattered times give the median and spreads it claims.
#include "domain/energy/hourlyoutlook.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace et::domain::energy;

namespace {
const QDateTime kIssued(QDate(2025, 8, 14), QTime(2, 37, 10), Qt::UTC);

double meanOf(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

double sdOf(const std::vector<double> &v)
{
    const double m = meanOf(v);
    double s = 0.0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(v.size() - 1));
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

struct Kst
{
    int dayOfYear;
    double hour;
};

Kst kstOf(const QDateTime &utc)
{
    const QDateTime kst = utc.addSecs(9 * 3600);
    return {kst.date().dayOfYear(), kst.time().msecsSinceStartOfDay() / 3600000.0};
}
} // namespace

class TestHourlyOutlook : public QObject
{
    Q_OBJECT

    const WeatherProcess m_weather{21};

private slots:
    void itSamplesTheProcessEveryHourFromTheIssueHour()
    {
        const HourlyOutlook o = HourlyOutlook::issue(m_weather, kIssued);
        QCOMPARE(o.issued(), kIssued);
        QCOMPARE(o.start(), QDateTime(QDate(2025, 8, 14), QTime(2, 0), Qt::UTC));
        QCOMPARE(o.points().size(), 7 * 24 + 1);
        QCOMPARE(o.end(), o.start().addDays(7));
        for (qsizetype i = 0; i < o.points().size(); ++i) {
            const WeatherOutlook p = m_weather.forecast(kIssued, o.start().addSecs(3600 * i));
            const WeatherOutlook &got = o.points().at(i);
            QVERIFY(std::abs(got.expected.windSpeedMs - p.expected.windSpeedMs) <= 0.005 + 1e-12);
            QVERIFY(std::abs(got.expected.cloudCover - p.expected.cloudCover) <= 0.00005 + 1e-12);
            QVERIFY(std::abs(got.expected.temperatureC - p.expected.temperatureC) <= 0.005 + 1e-12);
            QVERIFY(std::abs(got.windLogSigma - p.windLogSigma) <= 0.00005 + 1e-12);
            QVERIFY(std::abs(got.cloudLogitSigma - p.cloudLogitSigma) <= 0.00005 + 1e-12);
            QVERIFY(std::abs(got.temperatureSigmaC - p.temperatureSigmaC) <= 0.00005 + 1e-12);
            // On the grid: the decimal the JSON shows is the double (7.23, not 7.2300000000000004).
            QCOMPARE(got.expected.windSpeedMs, QString::number(got.expected.windSpeedMs, 'f', 2).toDouble());
        }
    }

    void atTheHourItIsThePointAndBetweenItIsLinear()
    {
        const HourlyOutlook o = HourlyOutlook::issue(m_weather, kIssued);
        QVERIFY(o.at(o.start().addSecs(5 * 3600)) == o.points().at(5));
        QVERIFY(o.at(o.end()) == o.points().last());
        const WeatherOutlook &a = o.points().at(5), &b = o.points().at(6);
        const WeatherOutlook q = o.at(o.start().addSecs(5 * 3600 + 900)); // a quarter past
        QVERIFY(std::abs(q.expected.windSpeedMs - (0.75 * a.expected.windSpeedMs + 0.25 * b.expected.windSpeedMs)) < 1e-12);
        QVERIFY(std::abs(q.expected.cloudCover - (0.75 * a.expected.cloudCover + 0.25 * b.expected.cloudCover)) < 1e-12);
        QVERIFY(std::abs(q.expected.temperatureC - (0.75 * a.expected.temperatureC + 0.25 * b.expected.temperatureC)) < 1e-12);
        QVERIFY(std::abs(q.windLogSigma - (0.75 * a.windLogSigma + 0.25 * b.windLogSigma)) < 1e-12);
        QVERIFY(std::abs(q.cloudLogitSigma - (0.75 * a.cloudLogitSigma + 0.25 * b.cloudLogitSigma)) < 1e-12);
        QVERIFY(std::abs(q.temperatureSigmaC - (0.75 * a.temperatureSigmaC + 0.25 * b.temperatureSigmaC)) < 1e-12);
        QVERIFY(o.at(o.start().addSecs(-7200)) == o.points().first());
    }

    void pastTheEndItIsTheClimateWithTheWiderSpread()
    {
        // A last point far surer than the climate, and one far less sure: the wider spread wins.
        QList<WeatherOutlook> points(HourlyOutlook::kPoints);
        for (WeatherOutlook &p : points)
            p = {{9.0, 0.5, 20.0}, 0.01, 0.02, 0.03};
        points.last() = {{9.0, 0.5, 20.0}, 0.01, 4.0, 9.0};
        const HourlyOutlook o(kIssued, points);
        const QDateTime t = o.end().addSecs(1800);
        const WeatherOutlook got = o.at(t);
        const Kst k = kstOf(t);
        QCOMPARE(got.expected.windSpeedMs, WeatherProcess::climateWindMs(k.dayOfYear, k.hour) * std::exp(WeatherProcess::kWindLogMeanOffset));
        QCOMPARE(got.expected.cloudCover, 1.0 / (1.0 + std::exp(-WeatherProcess::climateCloudLogit(k.dayOfYear))));
        QCOMPARE(got.expected.temperatureC, WeatherProcess::climateTemperatureC(k.dayOfYear, k.hour));
        QCOMPARE(got.windLogSigma, WeatherProcess::windLogSpread());
        QCOMPARE(got.cloudLogitSigma, 4.0);
        QCOMPARE(got.temperatureSigmaC, 9.0);
    }

    void theClimateOutlookDescribesTheWeatherProcess()
    {
        // 4,000 seeds, each read at a time scattered over three days of August: the weather's
        // departure from its climate has the median and the spreads climateOutlook() states.
        QRandomGenerator rng(5);
        std::vector<double> windLog, cloudLogit, temperature;
        const QDateTime base(QDate(2025, 8, 10), QTime(0, 0), Qt::UTC);
        for (quint64 seed = 1; seed <= 4000; ++seed) {
            const QDateTime t = base.addSecs(qint64(rng.bounded(3 * 86400)));
            const Weather w = WeatherProcess(seed).at(t);
            const WeatherOutlook c = WeatherProcess::climateOutlook(t);
            windLog.push_back(std::log(w.windSpeedMs / c.expected.windSpeedMs));
            cloudLogit.push_back(logit(w.cloudCover) - logit(c.expected.cloudCover));
            temperature.push_back(w.temperatureC - c.expected.temperatureC);
        }
        const WeatherOutlook c = WeatherProcess::climateOutlook(base);
        qInfo("log wind: mean %.3f sd %.3f (stated %.3f); logit cloud: mean %.3f sd %.3f (stated %.3f); temperature: mean %.2f sd %.2f (stated %.2f)",
              meanOf(windLog), sdOf(windLog), c.windLogSigma, meanOf(cloudLogit), sdOf(cloudLogit), c.cloudLogitSigma,
              meanOf(temperature), sdOf(temperature), c.temperatureSigmaC);
        // The medians: the mean departure in log and logit space is 0 (standard errors ~0.006,
        // ~0.023, ~0.03).
        QVERIFY(std::abs(meanOf(windLog)) < 0.03);
        QVERIFY(std::abs(meanOf(cloudLogit)) < 0.1);
        QVERIFY(std::abs(meanOf(temperature)) < 0.12);
        // The spreads, to within 8 % (sampling error ~1 %, the knots' variance dip averaged over time).
        QVERIFY(std::abs(sdOf(windLog) / c.windLogSigma - 1.0) < 0.08);
        QVERIFY(std::abs(sdOf(cloudLogit) / c.cloudLogitSigma - 1.0) < 0.08);
        QVERIFY(std::abs(sdOf(temperature) / c.temperatureSigmaC - 1.0) < 0.08);
    }
};

QTEST_GUILESS_MAIN(TestHourlyOutlook)
#include "tst_hourlyoutlook.moc"
