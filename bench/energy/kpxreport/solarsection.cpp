// SPDX-License-Identifier: MIT
// Solar: the PV chain over Jeju's solar plants under SPA + Ineichen–Perez clear sky, times the
// monthly clear-sky index and KPX's share (JejuCalibration, re-derived here by SolarCalibration),
// and the simulation (WeatherProcess clouds through IslandSky) against KPX's 2025 solar.
#include "markdowntable.h"
#include "reportmath.h"
#include "reportsections.h"

#include "domain/energy/jejucalibration.h"
#include "domain/energy/solarcalibration.h"
#include "domain/energy/solarfleet.h"

#include <cmath>

namespace et::bench {

using namespace domain::energy;

namespace {
QString derivation(const SolarCalibration::Result &r)
{
    MarkdownTable tilts({QStringLiteral("tilt"), QStringLiteral("share's variation Jan–Aug (CV)")});
    for (const auto &[tilt, cv] : r.shareSpreadByTilt)
        tilts.add({MarkdownTable::number(tilt, 0) + QStringLiteral("°"), MarkdownTable::percent(cv)});
    MarkdownTable months({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("clear-sky GWh (whole fleet)"),
                          QStringLiteral("high-sun hours"), QStringLiteral("share derived / in code"),
                          QStringLiteral("clear-sky index derived / in code")});
    for (int m = 0; m < 12; ++m) {
        const auto &x = r.months[size_t(m)];
        months.add({QString::fromLatin1(kMonthNames[m]), MarkdownTable::number(x.observedMwh / 1000.0),
                    MarkdownTable::number(x.clearSkyMwh / 1000.0), QString::number(x.highSunHours),
                    QStringLiteral("%1 / %2").arg(MarkdownTable::number(x.share, 3), MarkdownTable::number(JejuCalibration::kpxSolarShare(m + 1), 3)),
                    QStringLiteral("%1 / %2").arg(MarkdownTable::number(x.clearSkyIndex, 3),
                                                  MarkdownTable::number(JejuCalibration::clearSkyIndex(m + 1), 3))});
    }
    return QStringLiteral("Derivation (SolarCalibration::derive): effective tilt %1° (in code %2°).\n\n")
               .arg(r.tiltDeg)
               .arg(JejuCalibration::kPvTiltDeg)
           + tilts.toString() + u'\n' + months.toString();
}
} // namespace

QString solarSection(const KpxReportData &d)
{
    const HourlyValues &kpx = d.solar2025;
    const SolarCalibration::Result r = SolarCalibration::derive(kpx, d.assets.solar, {10, 15, 20, 25, 30, 35}, {1, 2, 3, 4, 5, 6, 7, 8},
                                                                SolarCalibration::climateWeather);
    const std::vector<double> clear = SolarCalibration::clearSkyHours(kpx, d.assets.solar, SolarCalibration::climateWeather);
    const auto monthOf = [&](qsizetype i) { return kpx.dateOf(i).month(); };
    const MonthlyFigures observed = monthlyFigures(kpx, 2025, [&](qsizetype i) { return kpx.at(i); });
    const MonthlyFigures model = monthlyFigures(kpx, 2025, [&](qsizetype i) {
        return JejuCalibration::kpxSolarShare(monthOf(i)) * JejuCalibration::clearSkyIndex(monthOf(i)) * clear[size_t(i)];
    });
    // One clear-sky index for the whole year: what the monthly climatology adds.
    double observedSum = 0.0, coveredClear = 0.0;
    for (qsizetype i = 0; i < kpx.size(); ++i) {
        observedSum += std::isfinite(kpx.at(i)) ? kpx.at(i) : 0.0;
        coveredClear += JejuCalibration::kpxSolarShare(monthOf(i)) * clear[size_t(i)];
    }
    const double annualIndex = observedSum / coveredClear;
    const MonthlyFigures flat = monthlyFigures(kpx, 2025, [&](qsizetype i) { return annualIndex * JejuCalibration::kpxSolarShare(monthOf(i)) * clear[size_t(i)]; });

    // The simulation: the weather process's clouds through IslandSky, averaged over the seeds.
    const SolarFleet fleet(d.assets.solar);
    const IslandSky sky(fleet.centre());
    QList<WeatherProcess> weathers;
    for (int s = 1; s <= d.seeds; ++s)
        weathers << WeatherProcess(quint64(s));
    std::vector<double> simulated(size_t(kpx.size()), 0.0);
    for (qsizetype i = 0; i < kpx.size(); ++i) {
        for (int k = 0; k < 6; ++k) {
            const QDateTime t = kpx.hourStart(i).addSecs(k * 600 + 300);
            for (const WeatherProcess &w : weathers)
                simulated[size_t(i)] += fleet.acMw(sky.at(t, w.at(t))) * JejuCalibration::kpxSolarShare(monthOf(i)) / (6.0 * d.seeds);
        }
    }
    const MonthlyFigures sim = monthlyFigures(kpx, 2025, [&](qsizetype i) { return simulated[size_t(i)]; });

    MarkdownTable months({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("model GWh"), QStringLiteral("simulation GWh"),
                          QStringLiteral("KPX / model peak hour MW"), QStringLiteral("worst hour (of KPX's peak)"),
                          QStringLiteral("mean \\|gap\\|"), QStringLiteral("simulation worst hour")});
    double worst = 0.0, meanGap = 0.0;
    for (int m = 0; m < 12; ++m) {
        const ProfileGap g = profileGap(observed.profile[size_t(m)], model.profile[size_t(m)], false);
        const ProfileGap gs = profileGap(observed.profile[size_t(m)], sim.profile[size_t(m)], false);
        worst = std::max(worst, std::abs(g.worst));
        meanGap += g.meanAbs / 12.0;
        months.add({QString::fromLatin1(kMonthNames[m]), MarkdownTable::number(observed.mwh[size_t(m)] / 1000.0),
                    MarkdownTable::number(model.mwh[size_t(m)] / 1000.0), MarkdownTable::number(sim.mwh[size_t(m)] / 1000.0),
                    QStringLiteral("%1 / %2").arg(MarkdownTable::number(peakOf(observed.profile[size_t(m)]), 0),
                                                  MarkdownTable::number(peakOf(model.profile[size_t(m)]), 0)),
                    QStringLiteral("%1 (%2 h)").arg(MarkdownTable::signedPercent(g.worst)).arg(g.worstHour, 2, 10, QLatin1Char('0')),
                    MarkdownTable::percent(g.meanAbs),
                    QStringLiteral("%1 (%2 h)").arg(MarkdownTable::signedPercent(gs.worst)).arg(gs.worstHour, 2, 10, QLatin1Char('0'))});
    }
    MarkdownTable seasons({QStringLiteral("2025"), QStringLiteral("KPX GWh"), QStringLiteral("model GWh"), QStringLiteral("simulation GWh"),
                           QStringLiteral("one annual index GWh")});
    const auto so = seasonalMwh(observed.mwh), sm = seasonalMwh(model.mwh), ss = seasonalMwh(sim.mwh), sf = seasonalMwh(flat.mwh);
    const auto cell = [&](double v, double ref) {
        return QStringLiteral("%1 (%2)").arg(MarkdownTable::number(v / 1000.0), MarkdownTable::signedPercent(v / ref - 1.0));
    };
    for (int s = 0; s < 4; ++s)
        seasons.add({QString::fromLatin1(kSeasonNames[s]), MarkdownTable::number(so[size_t(s)] / 1000.0), cell(sm[size_t(s)], so[size_t(s)]),
                     cell(ss[size_t(s)], so[size_t(s)]), cell(sf[size_t(s)], so[size_t(s)])});

    QStringList hours{QStringLiteral("MW, KPX / model")};
    for (int h = 5; h <= 20; ++h)
        hours << QStringLiteral("%1 h").arg(h, 2, 10, QLatin1Char('0'));
    MarkdownTable profiles(hours);
    for (int m : {1, 4, 7, 10}) {
        QStringList row{QString::fromLatin1(kMonthNames[m - 1])};
        for (int h = 5; h <= 20; ++h)
            row << QStringLiteral("%1 / %2").arg(MarkdownTable::number(observed.profile[size_t(m - 1)][size_t(h)], 0),
                                                 MarkdownTable::number(model.profile[size_t(m - 1)][size_t(h)], 0));
        profiles.add(row);
    }

    QString out = QStringLiteral("### Solar\n\n");
    out += derivation(r) + u'\n';
    out += QStringLiteral("Model = KPX's share × the month's clear-sky index × the fleet's clear-sky output of the hour (the constants "
                          "in code); simulation = the fleet under IslandSky with WeatherProcess's clouds (seeds 1–%1, mean) × KPX's "
                          "share. Gaps of the mean daily profile are relative to KPX's peak hour of the month. Model energy "
                          "matches by construction (share × index is the month's energy ratio); the profile's shape and the "
                          "simulation are the checks. Annual index: %2.\n\n")
               .arg(d.seeds)
               .arg(MarkdownTable::number(annualIndex, 3));
    out += months.toString();
    out += QStringLiteral("\nMean daily profile, worst hour over the year %1 of the month's peak, mean |gap| %2.\n\n")
               .arg(MarkdownTable::percent(worst), MarkdownTable::percent(meanGap));
    out += seasons.toString() + u'\n' + profiles.toString();
    return out;
}

} // namespace et::bench
