// SPDX-License-Identifier: MIT
// WeatherProcess and SmoothNoise: the same seed gives the same weather and forecasts anywhere in
// time; the knots are standard normal and the curve passes through them; the climate has Jeju's
// seasons (as calibrated to KPX's 2025 series); and the forecasts are honest — their error grows
// with lead time, and the truth falls inside the P10–P90 band about 80 % of the time at every lead.
#include "domain/energy/weatherprocess.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

namespace {
const QDateTime kStart(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
constexpr double kZ90 = 1.2815515655446004; // the standard normal's 90th percentile
} // namespace

class TestWeatherProcess : public QObject
{
    Q_OBJECT
private slots:
    void noiseKnotsAreStandardNormalAndTheCurvePassesThroughThem()
    {
        const SmoothNoise noise(7, 1, 3600);
        double sum = 0.0, squares = 0.0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double k = noise.knot(i);
            sum += k;
            squares += k * k;
        }
        const double mean = sum / n, variance = squares / n - mean * mean;
        QVERIFY2(qAbs(mean) < 0.01, qPrintable(QString::number(mean)));
        QVERIFY2(qAbs(variance - 1.0) < 0.02, qPrintable(QString::number(variance)));
        for (qint64 k : {qint64(-5), qint64(0), qint64(17), qint64(123456)})
            QVERIFY(qAbs(noise.at(k * 3600) - noise.knot(k)) < 1e-12);
        // Smooth: a second's step moves it by a tiny fraction of its spread.
        for (qint64 s = 0; s < 3600 * 48; s += 97)
            QVERIFY(qAbs(noise.at(s + 1) - noise.at(s)) < 0.01);
        // Another stream or seed is another curve.
        QVERIFY(SmoothNoise(7, 2, 3600).knot(3) != noise.knot(3));
        QVERIFY(SmoothNoise(8, 1, 3600).knot(3) != noise.knot(3));
    }

    void sameSeedSameWeatherAnywhere()
    {
        const WeatherProcess a(42), b(42), c(43);
        for (int h = 0; h < 24 * 30; h += 7) {
            const QDateTime t = kStart.addSecs(h * 3600 + 123);
            const Weather wa = a.at(t), wb = b.at(t);
            QCOMPARE(wa.windSpeedMs, wb.windSpeedMs);
            QCOMPARE(wa.cloudCover, wb.cloudCover);
            QCOMPARE(wa.temperatureC, wb.temperatureC);
            QCOMPARE(a.forecast(t.addSecs(-6 * 3600), t).expected.windSpeedMs, b.forecast(t.addSecs(-6 * 3600), t).expected.windSpeedMs);
        }
        QVERIFY(a.at(kStart).windSpeedMs != c.at(kStart).windSpeedMs);
    }

    void jejuSeasons()
    {
        const WeatherProcess w(1);
        // Over 20 seeds: one month of one seed is a handful of 3-day weather systems.
        auto monthMean = [&](int month, auto field) {
            double sum = 0.0;
            int n = 0;
            for (quint64 seed = 1; seed <= 20; ++seed) {
                const WeatherProcess x(seed);
                for (QDateTime t(QDate(2025, month, 1), QTime(0, 0), Qt::UTC); t.date().month() == month; t = t.addSecs(3600)) {
                    sum += field(x.at(t));
                    ++n;
                }
            }
            return sum / n;
        };
        const auto wind = [](const Weather &x) { return x.windSpeedMs; };
        const auto cloud = [](const Weather &x) { return x.cloudCover; };
        const auto temp = [](const Weather &x) { return x.temperatureC; };
        QVERIFY(monthMean(2, wind) > monthMean(8, wind) + 2.0);   // the winter monsoon
        // Calibrated to 2025 (JejuCalibration; tst_jejucalibration checks the index month by
        // month): the monsoon's clouds of February against April's sun.
        QVERIFY(monthMean(2, cloud) > monthMean(4, cloud) + 0.08);
        QVERIFY(monthMean(8, temp) > monthMean(1, temp) + 15.0);
        QVERIFY(monthMean(1, temp) > 0.0 && monthMean(8, temp) < 32.0);
        for (QDateTime t = kStart; t < kStart.addDays(365); t = t.addSecs(3600 * 5)) {
            const Weather x = w.at(t);
            QVERIFY(x.windSpeedMs >= 0.0 && x.windSpeedMs < 60.0);
            QVERIFY(x.cloudCover >= 0.0 && x.cloudCover <= 1.0);
        }
    }

    void forecastsAreHonestAtEveryLead_data()
    {
        QTest::addColumn<int>("leadHours");
        for (int lead : {1, 6, 24, 72, 168})
            QTest::addRow("%d h", lead) << lead;
    }
    void forecastsAreHonestAtEveryLead()
    {
        QFETCH(int, leadHours);
        const WeatherProcess w(99);
        int windInside = 0, cloudInside = 0, n = 0;
        double absLogError = 0.0;
        // Many issue times over a year, each at its own hour: independent error draws.
        for (int issue = 0; issue < 3000; ++issue) {
            const QDateTime issued = kStart.addSecs(qint64(issue) * 2 * 3600 + 17 * 60);
            const QDateTime target = issued.addSecs(leadHours * 3600);
            const WeatherOutlook o = w.forecast(issued, target);
            const Weather truth = w.at(target);
            const Weather p10 = o.atQuantile(-kZ90), p90 = o.atQuantile(kZ90);
            windInside += truth.windSpeedMs >= p10.windSpeedMs && truth.windSpeedMs <= p90.windSpeedMs ? 1 : 0;
            cloudInside += truth.cloudCover >= p10.cloudCover && truth.cloudCover <= p90.cloudCover ? 1 : 0;
            absLogError += qAbs(std::log(o.expected.windSpeedMs / truth.windSpeedMs));
            ++n;
        }
        // A P10–P90 band holds the truth 80 % of the time; the smooth interpolation of the error
        // draws makes it a little narrower in the middle of a knot, hence the wide tolerance.
        const double wind = double(windInside) / n, cloud = double(cloudInside) / n;
        QVERIFY2(wind > 0.72 && wind < 0.94, qPrintable(QString::number(wind)));
        QVERIFY2(cloud > 0.72 && cloud < 0.94, qPrintable(QString::number(cloud)));
        // The mean error matches the spread the forecast claims (|N(0,σ)| has mean σ√(2/π)).
        const double claimed = WeatherProcess::sigmaAtLead(leadHours).windLog * std::sqrt(2.0 / M_PI);
        QVERIFY2(qAbs(absLogError / n - claimed) < 0.3 * claimed, qPrintable(QStringLiteral("%1 vs %2").arg(absLogError / n).arg(claimed)));
    }

    void errorsGrowWithLead()
    {
        double last = 0.0;
        for (int lead : {0, 6, 24, 72, 168}) {
            const auto s = WeatherProcess::sigmaAtLead(lead);
            QVERIFY(s.windLog > last);
            last = s.windLog;
        }
        const WeatherProcess w(5);
        // A forecast for now is the truth but for a small error.
        const QDateTime now = kStart.addDays(40);
        QVERIFY(qAbs(std::log(w.forecast(now, now).expected.windSpeedMs / w.at(now).windSpeedMs)) < 0.3);
        // The same issue hour gives the same forecast; the next hour's issue is another draw.
        QCOMPARE(w.forecast(now.addSecs(60), now.addDays(1)).expected.windSpeedMs,
                 w.forecast(now.addSecs(1800), now.addDays(1)).expected.windSpeedMs);
        QVERIFY(w.forecast(now.addSecs(3600), now.addDays(1)).expected.windSpeedMs
                != w.forecast(now, now.addDays(1)).expected.windSpeedMs);
    }
};

QTEST_GUILESS_MAIN(TestWeatherProcess)
#include "tst_weatherprocess.moc"
