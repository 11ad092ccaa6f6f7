// SPDX-License-Identifier: MIT
// BatteryHealth: a truck's SoH from its SoC and temperature over time, and the wear cost of one
// more cycle, by the model of Xu et al. 2018 (LMO cells) over rainflow-counted cycles. No
// published table of the model's outputs was found (see xu2018.h), so the expected values are
// the paper's formulas written out again in the test, and properties: SoH only falls, a cold
// spell does not heal the pack, hot and full packs wear faster, the per-kWh wear against depth,
// the docs' example figures, bad samples and bad JSON refused with nothing lost, and a JSON round
// trip mid-history that goes on exactly.
#include "domain/dispatch/batteryhealth.h"
#include "domain/jsonfieldreader.h"
#include "xu2018.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace et::domain::dispatch;
using et::domain::Result;

namespace {
constexpr double kYear = 365.0 * 86400.0;

BatteryHealth pack(double capacityKwh = 500.0)
{
    auto h = BatteryHealth::create(capacityKwh);
    if (!h.ok())
        qFatal("%s", qPrintable(h.error().toString()));
    return h.value();
}

bool near(double a, double b, double relative) { return std::abs(a - b) <= relative * std::abs(b); }

/// `cycles` swings 0.1 → 0.9 → 0.1 in steps of `stepSeconds`, 10 samples a slope.
void cycle80(BatteryHealth &h, int cycles, double stepSeconds, double temperatureC = 25.0)
{
    QVERIFY(h.addSample(0.0, 0.1, temperatureC).ok());
    for (int c = 0; c < cycles; ++c) {
        for (int k = 1; k <= 20; ++k) {
            const double soc = k <= 10 ? 0.1 + 0.08 * k : 0.9 - 0.08 * (k - 10);
            QVERIFY(h.addSample(stepSeconds, soc, temperatureC).ok());
        }
    }
}

QString text(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
} // namespace

class TestBatteryHealth : public QObject
{
    Q_OBJECT
private slots:
    void calendarYearAtReference()
    {
        // A year parked at SoC 0.5 and 25 °C, a sample a minute: f_d = k_t · t exactly, and
        // L = 1 − α e^(−β k_t t) − (1 − α) e^(−k_t t) ≈ 5.8 % — mostly the SEI film forming.
        BatteryHealth h = pack();
        QVERIFY(h.addSample(0.0, 0.5).ok());
        for (int minute = 0; minute < 365 * 1440; ++minute)
            QVERIFY(h.addSample(60.0, 0.5).ok());
        QVERIFY(near(h.calendarSeconds(), kYear, 1e-12));
        QVERIFY(near(h.fade(), paper::kt * kYear, 1e-9));
        QVERIFY(near(h.capacityLoss(), paper::loss(paper::kt * kYear), 1e-9));
        QVERIFY(h.capacityLoss() > 0.057 && h.capacityLoss() < 0.059);
        QCOMPARE(h.cycleCount(), 0.0);
        QVERIFY(near(h.capacityKwh(), 500.0 * (1.0 - paper::loss(paper::kt * kYear)), 1e-9));
        // The same year at 35 °C and at SoC 0.9 ages faster.
        BatteryHealth hot = pack(), full = pack();
        QVERIFY(hot.addSample(0.0, 0.5, 35.0).ok() && hot.addSample(kYear, 0.5, 35.0).ok());
        QVERIFY(full.addSample(0.0, 0.9).ok() && full.addSample(kYear, 0.9).ok());
        QVERIFY(near(hot.fade(), paper::kt * kYear * paper::temperature(35.0), 1e-9));
        QVERIFY(near(full.fade(), paper::kt * kYear * paper::soc(0.9), 1e-9));
        QVERIFY(hot.stateOfHealth() < h.stateOfHealth() && full.stateOfHealth() < h.stateOfHealth());
    }

    void thousandCyclesAt80PercentDepth()
    {
        // 1,000 swings 10 % ↔ 90 % (δ = 0.8 about σ = 0.5) at 25 °C with no time passing:
        // f_d = 1000 · S_δ(0.8). This is the example of docs/dispatch.md: SoH 91.6 %.
        BatteryHealth instant = pack();
        cycle80(instant, 1000, 0.0);
        QVERIFY(near(instant.cycleCount(), 1000.0, 1e-12));
        const double cyclesOnly = 1000.0 * paper::depth(0.8);
        QVERIFY(near(instant.fade(), cyclesOnly, 1e-9));
        QVERIFY(near(instant.stateOfHealth(), 1.0 - paper::loss(cyclesOnly), 1e-9));
        QVERIFY(std::abs(instant.stateOfHealth() - 0.916) < 0.0005);

        // One swing a day for 1,000 days: each 72-minute step adds k_t · Δt · S_σ at its mean SoC.
        BatteryHealth daily = pack();
        cycle80(daily, 1000, 86400.0 / 20.0);
        double dayOfCalendar = 0.0;
        for (int k = 0; k < 10; ++k)
            dayOfCalendar += 2.0 * paper::kt * 86400.0 / 20.0 * paper::soc(0.1 + 0.08 * (k + 0.5)); // up and down
        const double withTime = cyclesOnly + 1000.0 * dayOfCalendar;
        QVERIFY(near(daily.fade(), withTime, 1e-9));
        QVERIFY(std::abs(daily.stateOfHealth() - 0.882) < 0.0005);
        // Its wear cost then, per kWh discharged from the 441 kWh left (docs/dispatch.md).
        const auto l = [&](double f) { return paper::loss(f); };
        for (const auto &[dod, docs] : {std::pair{0.2, 20.2}, {0.5, 20.5}, {0.8, 28.7}}) {
            const double expected = (l(withTime + paper::depth(dod)) - l(withTime)) / 0.2 * 108.0 * 1422.16 / (dod * (1.0 - l(withTime)));
            QVERIFY(near(daily.wearCostKrwPerKwh(dod, 0.5).value(), expected, 1e-6));
            QVERIFY(std::abs(expected - docs) < 0.05);
        }
    }

    void cyclesOfAHandMadeDay()
    {
        // 20 % → 80 %, a drop to 40 %, a top-up to 60 %, then down to 10 %: a full cycle of 0.2
        // about 0.5, half cycles of 0.6 about 0.5 and of 0.7 about 0.45, at 30 °C; no time.
        BatteryHealth h = pack();
        for (double soc : {0.2, 0.8, 0.4, 0.6, 0.1})
            QVERIFY(h.addSample(0.0, soc, 30.0).ok());
        const double expected = (paper::depth(0.2) * paper::soc(0.5) + 0.5 * paper::depth(0.6) * paper::soc(0.5)
                                 + 0.5 * paper::depth(0.7) * paper::soc(0.45))
            * paper::temperature(30.0);
        QVERIFY(near(h.fade(), expected, 1e-9));
        QVERIFY(near(h.cycleCount(), 2.0, 1e-12));
    }

    void stateOfHealthOnlyFalls()
    {
        QRandomGenerator rng(16);
        BatteryHealth h = pack();
        double soc = 0.5, previous = 1.0;
        for (int i = 0; i < 20000; ++i) {
            soc = std::clamp(soc + (rng.generateDouble() - 0.5) * 0.1, 0.05, 0.95);
            QVERIFY(h.addSample(60.0 * rng.bounded(1, 30), soc, -10.0 + 50.0 * rng.generateDouble()).ok());
            const double now = h.stateOfHealth();
            QVERIFY2(now <= previous + 1e-15, qPrintable(QStringLiteral("sample %1: %2 after %3").arg(i).arg(now).arg(previous)));
            previous = now;
        }
        QVERIFY(previous < 1.0 && previous > 0.5);
    }

    void aColdMonthAfterASummerAgesOnlyALittle()
    {
        // Three months parked at 30 °C, then one at −5 °C. Summed interval by interval the cold
        // month adds a little fade; with the paper's whole-life mean temperature (21.25 °C after
        // the cold month) f_t would drop from k_t·t₁·S_T(30) to k_t·(t₁ + t₂)·S_T(21.25) and the
        // pack would seem to heal — why BatteryHealth sums the calendar stress as it goes.
        const double summer = 90.0 * 86400.0, winter = 30.0 * 86400.0;
        BatteryHealth h = pack();
        QVERIFY(h.addSample(0.0, 0.5, 30.0).ok());
        for (int day = 0; day < 90; ++day)
            QVERIFY(h.addSample(86400.0, 0.5, 30.0).ok());
        const double afterSummer = h.stateOfHealth();
        QVERIFY(h.addSample(0.0, 0.5, -5.0).ok());
        for (int day = 0; day < 30; ++day)
            QVERIFY(h.addSample(86400.0, 0.5, -5.0).ok());
        QVERIFY(h.stateOfHealth() < afterSummer);
        const double expected = paper::kt * (summer * paper::temperature(30.0) + winter * paper::temperature(-5.0));
        QVERIFY(near(h.fade(), expected, 1e-9));
        const double wholeLifeMean = paper::kt * (summer + winter) * paper::temperature((summer * 30.0 + winter * -5.0) / (summer + winter));
        QVERIFY(wholeLifeMean < paper::kt * summer * paper::temperature(30.0));
    }

    void wearCostOfANewPack()
    {
        // ΔL of one cycle, over the 20 % a pack may lose, times 108 US$/kWh at 1,422.16 KRW/US$,
        // over the δ · capacity it discharges — written out again for a new pack (f_d = 0).
        const BatteryHealth h = pack(500.0);
        for (double dod : {0.2, 0.5, 0.8}) {
            const auto cost = h.wearCostKrwPerKwh(dod, 0.5, 25.0);
            QVERIFY2(cost.ok(), qPrintable(cost.error().toString()));
            const double expected = paper::loss(paper::depth(dod)) / 0.2 * (108.0 * 1422.16) * 500.0 / (dod * 500.0);
            QVERIFY2(near(cost.value(), expected, 1e-6), qPrintable(QStringLiteral("δ %1: %2, expected %3").arg(dod).arg(cost.value()).arg(expected)));
        }
        // The figures docs/dispatch.md quotes.
        QVERIFY(std::abs(h.wearCostKrwPerKwh(0.2, 0.5).value() - 159.1) < 0.05);
        QVERIFY(std::abs(h.wearCostKrwPerKwh(0.5, 0.5).value() - 161.4) < 0.05);
        QVERIFY(std::abs(h.wearCostKrwPerKwh(0.8, 0.5).value() - 225.6) < 0.05);
    }

    void wearCostAgainstDepth()
    {
        // As S_δ(δ)/δ (tst_batterydegradationmodel): above δ ≈ 1/3 shallower cycles are cheaper
        // per kWh, below it very shallow ones grow dearer again — the model's, checked as it is.
        const BatteryHealth h = pack();
        auto cost = [&](double dod) { return h.wearCostKrwPerKwh(dod, 0.5).value(); };
        QVERIFY(cost(1.0) > cost(0.8));
        QVERIFY(cost(0.8) > cost(0.5));
        QVERIFY(cost(0.5) > cost(0.35));
        QVERIFY(cost(0.3) > cost(0.35) * 0.999); // the bottom of the curve, flat near 1/3
        QVERIFY(cost(0.1) > cost(0.35));
        QVERIFY(cost(0.02) > cost(0.1));
        // Hotter and fuller cycles cost more; so does a new pack before its SEI film has formed.
        QVERIFY(h.wearCostKrwPerKwh(0.5, 0.5, 35.0).value() > cost(0.5));
        QVERIFY(h.wearCostKrwPerKwh(0.5, 0.7).value() > cost(0.5));
        BatteryHealth aged = pack();
        cycle80(aged, 365, 86400.0 / 20.0);
        QVERIFY(aged.wearCostKrwPerKwh(0.5, 0.5).value() < cost(0.5) / 4.0);
        // More expensive packs wear at a proportionally higher cost.
        const BatteryHealth dear = BatteryHealth::create(500.0, 2.0 * BatteryHealth::kReplacementKrwPerKwh).value();
        QVERIFY(near(dear.wearCostKrwPerKwh(0.5, 0.5).value(), 2.0 * cost(0.5), 1e-12));
    }

    void wearCostBadInput()
    {
        const BatteryHealth h = pack();
        const auto zero = h.wearCostKrwPerKwh(0.0, 0.5);
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().field, QStringLiteral("dod"));
        QCOMPARE(h.wearCostKrwPerKwh(std::nan(""), 0.5).error().toString(), QStringLiteral("dod: is not a number"));
        QVERIFY(!h.wearCostKrwPerKwh(1.2, 0.5).ok());
        const auto offTheEnd = h.wearCostKrwPerKwh(0.8, 0.2);
        QVERIFY(!offTheEnd.ok());
        QCOMPARE(offTheEnd.error().field, QStringLiteral("meanSoc"));
        QVERIFY(!h.wearCostKrwPerKwh(0.5, 0.5, std::nan("")).ok());
        QVERIFY(!h.wearCostKrwPerKwh(0.5, 0.5, 300.0).ok());
        QVERIFY(h.wearCostKrwPerKwh(1.0, 0.5).ok()); // 0 → 1 → 0 fits exactly
    }

    void badSamplesChangeNothing()
    {
        BatteryHealth h = pack();
        QVERIFY(h.addSample(0.0, 0.3).ok());
        QVERIFY(h.addSample(600.0, 0.7).ok());
        const QString before = text(h.toJson());
        const struct
        {
            double seconds, soc, temperatureC;
            const char *error;
        } bad[] = {
            {60.0, std::nan(""), 25.0, "soc: is not a number"},
            {60.0, 1.2, 25.0, "soc: 1.2 is outside [0, 1]"},
            {60.0, -0.1, 25.0, "soc: -0.1 is outside [0, 1]"},
            {-60.0, 0.5, 25.0, "seconds: -60 s: samples must come in time order, time cannot run backwards"},
            {std::nan(""), 0.5, 25.0, "seconds: is not a number"},
            {std::numeric_limits<double>::infinity(), 0.5, 25.0, "seconds: is not a number"},
            {60.0, 0.5, std::nan(""), "temperatureC: is not a number"},
            {60.0, 0.5, 200.0, "temperatureC: 200 is outside [-40, 80] °C"},
        };
        for (const auto &b : bad) {
            const auto s = h.addSample(b.seconds, b.soc, b.temperatureC);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().toString(), QString::fromUtf8(b.error));
        }
        QCOMPARE(text(h.toJson()), before);

        QVERIFY(!BatteryHealth::create(0.0).ok());
        QVERIFY(!BatteryHealth::create(std::nan("")).ok());
        QVERIFY(!BatteryHealth::create(500.0, -1.0).ok());
        QCOMPARE(BatteryHealth::create(500.0, 1000.0, 0.0).error().field, QStringLiteral("endOfLifeLoss"));
    }

    void jsonRoundTripGoesOnExactly()
    {
        // Saved as text mid-history and read back, the health goes on as if never saved.
        QRandomGenerator rng(2018);
        QList<std::pair<double, double>> samples;
        double soc = 0.4;
        for (int i = 0; i < 3000; ++i) {
            soc = std::clamp(soc + (rng.generateDouble() - 0.5) * 0.2, 0.0, 1.0);
            samples.append({soc, 10.0 + 20.0 * rng.generateDouble()});
        }
        BatteryHealth straight = pack(320.0), first = pack(320.0);
        for (const auto &[s, t] : samples)
            QVERIFY(straight.addSample(60.0, s, t).ok());
        for (qsizetype i = 0; i < 1234; ++i)
            QVERIFY(first.addSample(60.0, samples[i].first, samples[i].second).ok());

        const auto parsed = et::domain::parseJsonObject(QJsonDocument(first.toJson()).toJson());
        QVERIFY(parsed.ok());
        auto restored = BatteryHealth::fromJson(parsed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.error().toString()));
        BatteryHealth second = restored.value();
        QCOMPARE(text(second.toJson()), text(first.toJson()));
        for (qsizetype i = 1234; i < samples.size(); ++i)
            QVERIFY(second.addSample(60.0, samples[i].first, samples[i].second).ok());
        QCOMPARE(second.stateOfHealth(), straight.stateOfHealth());
        QCOMPARE(text(second.toJson()), text(straight.toJson()));

        // A pack never sampled round-trips too.
        const auto fresh = BatteryHealth::fromJson(pack().toJson());
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value().stateOfHealth(), 1.0);
    }

    void jsonBadInput()
    {
        BatteryHealth h = pack();
        for (double s : {0.2, 0.9, 0.4, 0.7})
            QVERIFY(h.addSample(60.0, s).ok());
        const QJsonObject good = h.toJson();
        auto broken = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = good;
            o[key] = v;
            return BatteryHealth::fromJson(o);
        };
        auto field = [](const Result<BatteryHealth> &r) { return r.ok() ? QStringLiteral("(accepted)") : r.error().field; };

        QVERIFY(BatteryHealth::fromJson(good).ok());
        QCOMPARE(BatteryHealth::fromJson(QJsonValue(3)).error().toString(), QStringLiteral("battery health: expected an object, got a number"));
        QCOMPARE(broken(QStringLiteral("capacity_new_kwh"), QStringLiteral("500")).error().toString(),
                 QStringLiteral("capacity_new_kwh: expected a number, got a string"));
        QCOMPARE(field(broken(QStringLiteral("capacity_new_kwh"), std::nan(""))), QStringLiteral("capacity_new_kwh"));
        QCOMPARE(field(broken(QStringLiteral("end_of_life_loss"), 0.0)), QStringLiteral("end_of_life_loss"));
        QCOMPARE(field(broken(QStringLiteral("closed_cycle_fade"), -0.1)), QStringLiteral("closed_cycle_fade"));
        // More calendar fade than the time could give, full and at 80 °C.
        QCOMPARE(field(broken(QStringLiteral("calendar_fade"), 1.0)), QStringLiteral("calendar_fade"));
        QCOMPARE(field(broken(QStringLiteral("turning_points"), QJsonObject{})), QStringLiteral("turning_points"));
        QCOMPARE(field(broken(QStringLiteral("latest_temperature_c"), QJsonValue())), QStringLiteral("latest_temperature_c"));
        QJsonObject missing = good;
        missing.remove(QStringLiteral("calendar_seconds"));
        QCOMPARE(BatteryHealth::fromJson(missing).error().toString(), QStringLiteral("calendar_seconds: is missing"));

        const QJsonObject point{{QStringLiteral("soc"), 0.5}, {QStringLiteral("temperature_c"), 25.0}};
        QJsonObject outOfRange = point;
        outOfRange[QStringLiteral("soc")] = 1.5;
        QCOMPARE(field(broken(QStringLiteral("turning_points"), QJsonArray{point, outOfRange})), QStringLiteral("turning_points[1].soc"));
        QCOMPARE(field(broken(QStringLiteral("turning_points"), QJsonArray{point, 7})), QStringLiteral("turning_points[1]"));
        // Three points going up: no counter keeps those.
        auto at = [&](double soc) {
            QJsonObject p = point;
            p[QStringLiteral("soc")] = soc;
            return p;
        };
        QCOMPARE(field(broken(QStringLiteral("turning_points"), QJsonArray{at(0.1), at(0.5), at(0.9)})), QStringLiteral("turning_points[2]"));
        // No samples yet but a latest temperature: inconsistent.
        QJsonObject empty = pack().toJson();
        empty[QStringLiteral("latest_temperature_c")] = 20.0;
        QCOMPARE(field(BatteryHealth::fromJson(empty)), QStringLiteral("latest_temperature_c"));
    }
};

QTEST_GUILESS_MAIN(TestBatteryHealth)
#include "tst_batteryhealth.moc"
