// SPDX-License-Identifier: MIT
// RainflowCounter against the worked example of ASTM E1049-85 §5.4.4 (its Fig. 6 history and the
// table of ranges and counts it gives, also the expected result in the tests of the MIT-licensed
// Python package "rainflow"), hand-made SoC histories whose cycles can be seen at a glance, two
// identities any rainflow count must keep on random histories (the cycles account for the
// history's whole up-and-down travel, and the largest range is max − min), counting one value
// at a time against counting the whole history, going on from saved turning points, and bad input.
#include "domain/dispatch/rainflowcounter.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace et::domain::dispatch;
using Cycle = RainflowCounter::Cycle;

namespace {
/// The cycles by range: range (rounded to 1e-9) → total count.
std::map<double, double> countsByRange(const QList<Cycle> &cycles)
{
    std::map<double, double> out;
    for (const Cycle &c : cycles)
        out[std::round(c.range * 1e9) / 1e9] += c.count;
    return out;
}

QList<Cycle> counted(const QList<double> &history)
{
    const auto r = RainflowCounter::count(history);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

/// Counts value by value, gathering what add() closes and then the residue.
QList<Cycle> countedOneByOne(RainflowCounter &counter, const QList<double> &history)
{
    QList<Cycle> cycles;
    for (double v : history) {
        const auto r = counter.add({v});
        if (!r.ok())
            qFatal("%s", qPrintable(r.error().toString()));
        cycles.append(r.value());
    }
    return cycles;
}

double totalTravel(const QList<double> &history)
{
    double sum = 0.0;
    for (qsizetype i = 1; i < history.size(); ++i)
        sum += std::abs(history[i] - history[i - 1]);
    return sum;
}

QList<double> randomHistory(QRandomGenerator &rng, int length)
{
    QList<double> h;
    double soc = rng.generateDouble();
    for (int i = 0; i < length; ++i) {
        soc = std::clamp(soc + (rng.generateDouble() - 0.5) * 0.3, 0.0, 1.0);
        h.append(soc);
    }
    return h;
}
} // namespace

class TestRainflowCounter : public QObject
{
    Q_OBJECT
private slots:
    void astmExample()
    {
        // ASTM E1049-85 Fig. 6(a): the load history A..I = −2, 1, −3, 5, −1, 3, −4, 4, −2 units.
        // Fig. 6(d) tabulates the rainflow count: range 3 → 0.5, 4 → 1.5, 6 → 0.5, 8 → 1.0,
        // 9 → 0.5 cycles, no other range.
        const QList<Cycle> cycles = counted({-2, 1, -3, 5, -1, 3, -4, 4, -2});
        const std::map<double, double> expected{{3, 0.5}, {4, 1.5}, {6, 0.5}, {8, 1.0}, {9, 0.5}};
        QCOMPARE(countsByRange(cycles), expected);
        // The figure's events, in the order the standard counts them: A-B, B-C half cycles;
        // E-F a full cycle; C-D half; then at the end D-G, G-H, H-I halves.
        const QList<Cycle> events{{3, -0.5, 0.5, 25, 25}, {4, -1, 0.5, 25, 25}, {4, 1, 1.0, 25, 25}, {8, 1, 0.5, 25, 25},
                                  {9, 0.5, 0.5, 25, 25}, {8, 0, 0.5, 25, 25}, {6, 1, 0.5, 25, 25}};
        QCOMPARE(cycles, events);
    }

    void astmExampleOneValueAtATime()
    {
        // The same history fed as a truck reports it, with many samples along each slope: the
        // samples between turning points change nothing, and add() hands out exactly the cycles
        // the standard closes before the end (A-B, B-C, E-F, C-D).
        const QList<double> turning{-2, 1, -3, 5, -1, 3, -4, 4, -2};
        QList<double> dense{turning.front()};
        for (qsizetype i = 1; i < turning.size(); ++i) {
            for (int k = 1; k <= 10; ++k)
                dense.append(turning[i - 1] + (turning[i] - turning[i - 1]) * k / 10.0);
        }
        RainflowCounter counter;
        const QList<Cycle> closed = countedOneByOne(counter, dense);
        QCOMPARE(countsByRange(closed), (std::map<double, double>{{3, 0.5}, {4, 1.5}, {8, 0.5}}));
        QCOMPARE(countsByRange(counter.residualCycles()), (std::map<double, double>{{6, 0.5}, {8, 0.5}, {9, 0.5}}));
        QCOMPARE(closed + counter.residualCycles(), counted(turning));
    }

    void handMadeHistories()
    {
        // Charged to 0.9 and run down to 0.2 twice: two full swings of 0.7 about 0.55.
        auto cycles = counted({0.2, 0.9, 0.2, 0.9, 0.2});
        QCOMPARE(countsByRange(cycles), (std::map<double, double>{{0.7, 2.0}}));
        for (const Cycle &c : cycles)
            QCOMPARE(c.mean, 0.55);

        // A top-up from 0.4 to 0.6 in the middle of a discharge from 0.8 to 0.1: one full cycle
        // of 0.2 about 0.5 inside the big half cycle 0.8 → 0.1 (and the climb to 0.8 before it).
        cycles = counted({0.2, 0.8, 0.4, 0.6, 0.1});
        QCOMPARE(countsByRange(cycles), (std::map<double, double>{{0.2, 1.0}, {0.6, 0.5}, {0.7, 0.5}}));
        const auto inner = std::find_if(cycles.begin(), cycles.end(), [](const Cycle &c) { return c.count == 1.0; });
        QVERIFY(inner != cycles.end());
        QCOMPARE(inner->mean, 0.5);

        // A single charge from empty to full, in 100 steps: half a cycle of 1 about 0.5.
        QList<double> charge;
        for (int i = 0; i <= 100; ++i)
            charge.append(i / 100.0);
        cycles = counted(charge);
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(cycles[0].count, 0.5);
        QVERIFY(std::abs(cycles[0].range - 1.0) < 1e-12);
        QVERIFY(std::abs(cycles[0].mean - 0.5) < 1e-12);

        // A parked truck, a single reading and no reading at all: no cycles.
        QVERIFY(counted({0.6, 0.6, 0.6}).isEmpty());
        QVERIFY(counted({0.6}).isEmpty());
        QVERIFY(counted({}).isEmpty());

        // Plateaus at the turning points count as the turning point itself.
        QCOMPARE(counted({0.2, 0.2, 0.8, 0.8, 0.8, 0.2, 0.2}), counted({0.2, 0.8, 0.2}));
    }

    void cyclesCarryTheTemperaturesOfTheirTurningPoints()
    {
        RainflowCounter counter;
        for (const RainflowCounter::Point &p : {RainflowCounter::Point{0.1, 10}, {0.9, 30}, {0.3, 20}, {0.7, 40}, {0.0, 5}})
            QVERIFY(counter.add(p).ok());
        // 0.1 → 0.9 → 0.3 → 0.7 → 0.0: the loop 0.3 ↔ 0.7 closes at 0.0, turning at 20 then 40 °C;
        // the halves 0.1 → 0.9 and 0.9 → 0.0 begin at 10 and 30 °C.
        const QList<Cycle> all = counter.residualCycles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].count, 1.0);
        QVERIFY(std::abs(all[0].range - 0.4) < 1e-12 && std::abs(all[0].mean - 0.5) < 1e-12);
        QCOMPARE(all[0].firstTemperatureC, 20.0);
        QCOMPARE(all[0].secondTemperatureC, 40.0);
        QCOMPARE(all[1].firstTemperatureC, 10.0);
        QCOMPARE(all[1].secondTemperatureC, 30.0);
        QCOMPARE(all[2].firstTemperatureC, 30.0);
        QCOMPARE(all[2].secondTemperatureC, 5.0);
    }

    void identitiesOnRandomHistories()
    {
        QRandomGenerator rng(16);
        for (int run = 0; run < 200; ++run) {
            const QList<double> h = randomHistory(rng, 2 + int(rng.bounded(300)));
            const QList<Cycle> cycles = counted(h);
            // Removing a closed loop a→b→c→d (c, b inside [a, d]) shortens the path by 2·|b − c|,
            // and every half cycle is one stretch of the path: Σ count · 2 · range is the history's
            // total travel.
            double accounted = 0.0, largest = 0.0;
            for (const Cycle &c : cycles) {
                accounted += c.count * 2.0 * c.range;
                largest = std::max(largest, c.range);
                QVERIFY(c.count == 0.5 || c.count == 1.0);
            }
            QVERIFY2(std::abs(accounted - totalTravel(h)) < 1e-9, qPrintable(QStringLiteral("run %1").arg(run)));
            // The largest swing, from the lowest to the highest value, is always counted.
            const auto [lo, hi] = std::minmax_element(h.begin(), h.end());
            QVERIFY(std::abs(largest - (*hi - *lo)) < 1e-12);
        }
    }

    void goesOnFromSavedTurningPoints()
    {
        QRandomGenerator rng(1049);
        const QList<double> h = randomHistory(rng, 500);
        RainflowCounter first;
        QList<Cycle> cycles = countedOneByOne(first, h.mid(0, 237));
        const auto restored = RainflowCounter::fromTurningPoints(first.turningPoints());
        QVERIFY2(restored.ok(), qPrintable(restored.error().toString()));
        RainflowCounter second = restored.value();
        QCOMPARE(second.turningPoints(), first.turningPoints());
        cycles.append(countedOneByOne(second, h.mid(237)));
        cycles.append(second.residualCycles());
        QCOMPARE(cycles, counted(h));
        // Only the turning points not yet counted are kept, not the 500 values.
        QVERIFY(second.turningPoints().size() < 40);
    }

    void badInput()
    {
        RainflowCounter counter;
        QVERIFY(counter.add({0.2}).ok());
        QVERIFY(counter.add({0.8}).ok());
        const auto before = counter.turningPoints();
        const auto nan = counter.add({std::nan("")});
        QVERIFY(!nan.ok());
        QCOMPARE(nan.error().toString(), QStringLiteral("value: is not a number"));
        QVERIFY(!counter.add({0.5, std::numeric_limits<double>::infinity()}).ok());
        QCOMPARE(counter.turningPoints(), before); // nothing lost, nothing changed

        const auto whole = RainflowCounter::count({0.1, 0.5, std::nan(""), 0.2});
        QVERIFY(!whole.ok());
        QCOMPARE(whole.error().field, QStringLiteral("[2].value"));

        using P = RainflowCounter::Point;
        QVERIFY(RainflowCounter::fromTurningPoints({}).ok());
        QVERIFY(RainflowCounter::fromTurningPoints({P{0.3}}).ok());
        // The same value twice, three points going one way, a range that closes the one before.
        const auto repeated = RainflowCounter::fromTurningPoints({P{0.3}, P{0.3}});
        QVERIFY(!repeated.ok());
        QCOMPARE(repeated.error().field, QStringLiteral("[1]"));
        QVERIFY(!RainflowCounter::fromTurningPoints({P{0.1}, P{0.5}, P{0.9}}).ok());
        const auto growing = RainflowCounter::fromTurningPoints({P{0.5}, P{0.6}, P{0.2}, P{0.9}, P{0.8}});
        QVERIFY(!growing.ok());
        QCOMPARE(growing.error().field, QStringLiteral("[2]"));
        // The newest point may reach beyond the others: it has not been compared yet.
        QVERIFY(RainflowCounter::fromTurningPoints({P{0.5}, P{0.9}, P{0.6}, P{1.0}}).ok());
        const auto nanPoint = RainflowCounter::fromTurningPoints({P{0.5}, P{std::nan("")}});
        QVERIFY(!nanPoint.ok());
        QCOMPARE(nanPoint.error().field, QStringLiteral("[1].value"));
    }
};

QTEST_GUILESS_MAIN(TestRainflowCounter)
#include "tst_rainflowcounter.moc"
