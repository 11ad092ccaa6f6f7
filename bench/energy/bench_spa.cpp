// SPDX-License-Identifier: MIT
// Speed of the solar physics on one core (one thread): NREL SPA positions per second (position
// only, and the full algorithm with the incidence angle and the equation of time), sunrise/
// transit/sunset per second, and the clear-sky + PV chain per step. The forecast calls these
// for every step of every site (~100,000 per run), so this says what one run costs.
// Prints the best and median of several runs.
//
//   bench_spa [--steps N] [--runs R]
#include "domain/energy/airmass.h"
#include "domain/energy/clearsky.h"
#include "domain/energy/linketurbidity.h"
#include "domain/energy/pvpowermodel.h"
#include "domain/energy/solarposition.h"
#include "domain/energy/sunrisetransitset.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace et::domain::energy;

namespace {

// The sink keeps the optimiser from dropping the work.
volatile double g_sink = 0.0;

constexpr double kStart2026 = 1767225600.0; // 2026-01-01T00:00:00Z

SpaInput jejuAt(int step)
{
    SpaInput in;
    in.setUnixTime(kStart2026 + 600.0 * step); // 10-minute steps through the year
    in.deltaTSeconds = 69.0;
    in.latitudeDeg = 33.45;
    in.longitudeDeg = 126.56;
    in.elevationM = 50.0;
    in.slopeDeg = 30.0;
    return in;
}

/// Runs `work(i)` for i in [0, steps) `runs` times and prints calls per second (best, median).
void measure(QTextStream &out, const char *name, int steps, int runs, const std::function<void(int)> &work)
{
    std::vector<double> perSecond;
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        for (int i = 0; i < steps; ++i)
            work(i);
        perSecond.push_back(steps / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(perSecond.begin(), perSecond.end());
    out << QStringLiteral("%1 %2/s best, %3/s median, %4 µs per call (median)\n")
               .arg(QString::fromLatin1(name), -44)
               .arg(perSecond.back(), 10, 'f', 0)
               .arg(perSecond[perSecond.size() / 2], 10, 'f', 0)
               .arg(1e6 / perSecond[perSecond.size() / 2], 0, 'f', 2);
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int steps = std::max(1, option("--steps", 100000));
    const int runs = std::max(1, option("--runs", 5));
    QTextStream out(stdout);
    out << "bench_spa: " << steps << " ten-minute steps at Jeju, " << runs << " runs, one thread\n"
        << "command: " << args.join(u' ') << "\n";

    measure(out, "SPA position (zenith, azimuth)", steps, runs, [](int i) {
        g_sink = g_sink + SolarPosition::compute(jejuAt(i), SolarPosition::Parts::Position).value().zenith;
    });
    measure(out, "SPA full (+ incidence, equation of time)", steps, runs, [](int i) {
        g_sink = g_sink + SolarPosition::compute(jejuAt(i), SolarPosition::Parts::All).value().incidence;
    });
    const int days = std::max(1, steps / 144);
    measure(out, "sunrise/transit/sunset (local date, KST)", days, runs, [](int i) {
        const auto e = SunriseTransitSunset::forLocalDate(QDate(2026, 1, 1).addDays(i % 3650), 9 * 3600,
                                                          SunEventsSite{33.45, 126.56, 69.0, 0.5667});
        g_sink = g_sink + double(e.value().transitMs.value_or(0));
    });

    PvSite site;
    site.latitudeDeg = 33.45;
    site.longitudeDeg = 126.56;
    site.kWp = 1200.0;
    site.inverterKw = 1000.0;
    measure(out, "SPA + Ineichen clear sky + PV chain", steps, runs, [&site](int i) {
        const SpaResult sun = SolarPosition::compute(jejuAt(i), SolarPosition::Parts::Position).value();
        PvConditions c;
        c.sunZenithDeg = sun.zenith;
        c.sunAzimuthDeg = sun.azimuth;
        if (const auto am = AirMass::relativeKastenYoung(sun.zenith)) {
            IneichenPerezInput sky;
            sky.apparentZenithDeg = sun.zenith;
            sky.airMassAbsolute = AirMass::absolute(*am, AirMass::pressureAtAltitudePa(50.0));
            sky.linkeTurbidity = LinkeTurbidity::jejuForDayOfYear(1.0 + i / 144.0);
            sky.altitudeM = 50.0;
            const ClearSkyIrradiance clear = ClearSky::ineichenPerez(sky).value();
            c.ghi = clear.ghi;
            c.dni = clear.dni;
            c.dhi = clear.dhi;
        }
        g_sink = g_sink + PvPowerModel::compute(site, c).value().acKw;
    });
    return 0;
}
