// SPDX-License-Identifier: MIT
// ForecastSkill on series whose errors are known: each method's MAE is its known error, by lead
// too, and a target counts only when the observation and every method's forecast are numbers.
#include "domain/energy/forecastskill.h"

#include <QTest>

#include <cmath>

using namespace et::domain::energy;

class TestForecastSkill : public QObject
{
    Q_OBJECT
private slots:
    void knownErrors()
    {
        std::vector<double> v(24 * 10);
        for (size_t i = 0; i < v.size(); ++i)
            v[i] = 100.0 + double(i % 24);
        v[100] = std::nan(""); // a gap: no method is scored on it
        const HourlyValues observed(QDate(2025, 1, 1), v);
        // A is 1 MW high at every lead; B is 2 MW low but gives up at lead 5; C is k MW high at lead k.
        const auto a = [&](qsizetype issue) {
            KpxForecaster::Forecast f;
            for (int k = 0; k < 24; ++k)
                f[size_t(k)] = issue + k < observed.size() ? observed.at(issue + k) + 1.0 : 0.0;
            return f;
        };
        const auto b = [&](qsizetype issue) {
            KpxForecaster::Forecast f = a(issue);
            for (double &x : f)
                x -= 3.0;
            f[4] = std::nan("");
            return f;
        };
        const auto c = [&](qsizetype issue) {
            KpxForecaster::Forecast f = a(issue);
            for (int k = 0; k < 24; ++k)
                f[size_t(k)] += k; // 1 + k high
            return f;
        };
        const ForecastSkill::Comparison r = ForecastSkill::compare(observed, 24, 24 * 9, {{QStringLiteral("a"), a}, {QStringLiteral("b"), b}, {QStringLiteral("c"), c}});
        QCOMPARE(r.issues, qsizetype(24 * 8));
        QCOMPARE(r.scores.size(), 3);
        QCOMPARE(r.scores.at(0).method, QStringLiteral("a"));
        // Every issue's targets lie in the series; lead 5 is nobody's, and hour 100 is no target.
        qsizetype expectedTargets = 0;
        for (qsizetype issue = 24; issue < 24 * 9; ++issue)
            for (int k = 0; k < 24; ++k)
                expectedTargets += (k != 4 && issue + k != 100) ? 1 : 0;
        QCOMPARE(r.targets, expectedTargets);
        QVERIFY(std::abs(r.scores.at(0).mae - 1.0) < 1e-12);
        QVERIFY(std::abs(r.scores.at(1).mae - 2.0) < 1e-12);
        QCOMPARE(r.scores.at(0).maeByLead[4], 0.0); // no targets at lead 5
        for (int k = 0; k < 24; ++k) {
            if (k == 4)
                continue;
            QVERIFY(std::abs(r.scores.at(2).maeByLead[size_t(k)] - (1.0 + k)) < 1e-12);
        }
        double meanObserved = 0.0;
        qsizetype n = 0;
        for (qsizetype issue = 24; issue < 24 * 9; ++issue)
            for (int k = 0; k < 24; ++k)
                if (k != 4 && issue + k != 100) {
                    meanObserved += observed.at(issue + k);
                    ++n;
                }
        QVERIFY(std::abs(r.meanObserved - meanObserved / double(n)) < 1e-9);
    }

    void targetsBeyondTheSeriesAreLeftOut()
    {
        const HourlyValues observed(QDate(2025, 1, 1), std::vector<double>(30, 5.0));
        const auto zero = [](qsizetype) {
            KpxForecaster::Forecast f;
            f.fill(0.0);
            return f;
        };
        const ForecastSkill::Comparison r = ForecastSkill::compare(observed, 20, 30, {{QStringLiteral("zero"), zero}});
        QCOMPARE(r.targets, qsizetype(10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 2 + 1));
        QCOMPARE(r.scores.at(0).mae, 5.0);
    }
};

QTEST_GUILESS_MAIN(TestForecastSkill)
#include "tst_forecastskill.moc"
