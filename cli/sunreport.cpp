// SPDX-License-Identifier: MIT
#include "sunreport.h"

#include "domain/energy/airmass.h"
#include "domain/energy/deltat.h"
#include "domain/energy/solarposition.h"
#include "domain/energy/sunrisetransitset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace et::cli {

namespace {

using namespace domain::energy;

QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::SunReport", text);
}

/// An event instant on the query's own clock, to the nearest second: "2026-06-21T05:10:41+09:00".
QString onClock(const std::optional<qint64> &ms, int offsetSeconds)
{
    if (!ms)
        return {};
    const qint64 rounded = (*ms + 500) / 1000 * 1000;
    return QDateTime::fromMSecsSinceEpoch(rounded, QTimeZone(offsetSeconds)).toString(Qt::ISODate);
}

} // namespace

int SunReport::print(const SunQuery &q, bool json, QTextStream &out, QTextStream &err)
{
    const QDateTime utc = q.time.toUTC();
    const bool deltaTEstimated = !q.deltaTSeconds;
    const double deltaT = q.deltaTSeconds.value_or(DeltaT::estimateSeconds(utc.date().year(), utc.date().month()));
    const double pressure = q.pressureMbar.value_or(AirMass::pressureAtAltitudePa(q.elevationM) / 100.0);

    SpaInput in;
    in.setTime(q.time);
    in.deltaTSeconds = deltaT;
    in.latitudeDeg = q.latitudeDeg;
    in.longitudeDeg = q.longitudeDeg;
    in.elevationM = q.elevationM;
    in.pressureMbar = pressure;
    in.temperatureC = q.temperatureC;
    const auto position = SolarPosition::compute(in, SolarPosition::Parts::Position);
    const int offset = q.time.offsetFromUtc();
    const auto events = SunriseTransitSunset::forLocalDate(q.time.date(), offset,
                                                           SunEventsSite{q.latitudeDeg, q.longitudeDeg, deltaT, in.atmosRefractDeg});
    if (!position.ok() || !events.ok()) {
        err << tr("cannot place the sun: %1").arg((position.ok() ? events.error() : position.error()).toString()) << '\n';
        return 1;
    }
    const SpaResult &s = position.value();
    const SunEvents &e = events.value();
    const QString polar = e.polarDay ? QStringLiteral("day") : e.polarNight ? QStringLiteral("night") : QString();

    if (json) {
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        const QJsonObject o{{QStringLiteral("time"), q.time.toString(Qt::ISODate)},
                            {QStringLiteral("latitude"), q.latitudeDeg},
                            {QStringLiteral("longitude"), q.longitudeDeg},
                            {QStringLiteral("elevation_m"), q.elevationM},
                            {QStringLiteral("pressure_mbar"), pressure},
                            {QStringLiteral("temperature_c"), q.temperatureC},
                            {QStringLiteral("delta_t_s"), deltaT},
                            {QStringLiteral("delta_t_estimated"), deltaTEstimated},
                            {QStringLiteral("zenith_deg"), s.zenith},
                            {QStringLiteral("elevation_deg"), s.e},
                            {QStringLiteral("azimuth_deg"), s.azimuth},
                            {QStringLiteral("sunrise"), orNull(onClock(e.sunriseMs, offset))},
                            {QStringLiteral("transit"), orNull(onClock(e.transitMs, offset))},
                            {QStringLiteral("sunset"), orNull(onClock(e.sunsetMs, offset))},
                            {QStringLiteral("polar"), orNull(polar)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }

    const QString none = e.polarDay ? tr("none (the sun stays up all day)") : tr("none (the sun stays down all day)");
    const auto eventLine = [&](const QString &label, const std::optional<qint64> &ms) {
        out << label.leftJustified(10) << (ms ? onClock(ms, offset) : (e.polarDay || e.polarNight ? none : tr("none on this date")))
            << '\n';
    };
    out << tr("sun at %1, %2° %3, %4° %5, %6 m")
               .arg(q.time.toString(Qt::ISODate))
               .arg(std::abs(q.latitudeDeg), 0, 'f', 6)
               .arg(q.latitudeDeg >= 0 ? QStringLiteral("N") : QStringLiteral("S"))
               .arg(std::abs(q.longitudeDeg), 0, 'f', 6)
               .arg(q.longitudeDeg >= 0 ? QStringLiteral("E") : QStringLiteral("W"))
               .arg(q.elevationM, 0, 'f', 0)
        << '\n';
    out << tr("zenith").leftJustified(10) << QString::number(s.zenith, 'f', 6) << tr("°  (with refraction at %1 mbar, %2 °C)").arg(pressure, 0, 'f', 1).arg(q.temperatureC, 0, 'f', 1) << '\n';
    out << tr("elevation").leftJustified(10) << QString::number(s.e, 'f', 6) << "°\n";
    out << tr("azimuth").leftJustified(10) << QString::number(s.azimuth, 'f', 6) << tr("°  (clockwise from north)") << '\n';
    eventLine(tr("sunrise"), e.sunriseMs);
    eventLine(tr("transit"), e.transitMs);
    eventLine(tr("sunset"), e.sunsetMs);
    out << (deltaTEstimated ? tr("ΔT %1 s (estimated: Espenak & Meeus)") : tr("ΔT %1 s (given)")).arg(deltaT, 0, 'f', 1) << '\n';
    return 0;
}

} // namespace et::cli
