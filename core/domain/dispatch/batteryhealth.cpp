// SPDX-License-Identifier: MIT
#include "domain/dispatch/batteryhealth.h"

#include "domain/energy/rangecheck.h"
#include "domain/jsonfieldreader.h"

#include <QJsonArray>

#include <cmath>

namespace et::domain::dispatch {

namespace rangecheck = energy::rangecheck;
using Model = BatteryDegradationModel;

namespace {
constexpr double kMaxCapacityKwh = 100000.0; // as Truck::fromJson: truck batteries up to a few MWh
constexpr double kMaxReplacementKrwPerKwh = 1.0e7;
/// f_d beyond this leaves e^(−f_d) < 1e−40: nothing left of the pack to lose.
constexpr double kMaxFade = 100.0;
constexpr double kMaxCycles = 1.0e9;
constexpr double kMaxCalendarSeconds = 1.0e11;

Status checkPack(double capacityNewKwh, double replacementKrwPerKwh, double endOfLifeLoss)
{
    if (auto s = rangecheck::requireAll({{"capacityNewKwh", capacityNewKwh, 1.0, kMaxCapacityKwh, "kWh"},
                                         {"replacementKrwPerKwh", replacementKrwPerKwh, 0.0, kMaxReplacementKrwPerKwh, "KRW/kWh"},
                                         {"endOfLifeLoss", endOfLifeLoss, 0.0, 1.0}});
        !s.ok())
        return s;
    if (endOfLifeLoss <= 0.0)
        return Error{QStringLiteral("endOfLifeLoss"), QStringLiteral("must be above 0: a pack replaced before it lost anything wears at no cost")};
    return Ok{};
}
} // namespace

BatteryHealth::BatteryHealth(double capacityNewKwh, double replacementKrwPerKwh, double endOfLifeLoss)
    : m_capacityNewKwh(capacityNewKwh), m_replacementKrwPerKwh(replacementKrwPerKwh), m_endOfLifeLoss(endOfLifeLoss)
{
}

Result<BatteryHealth> BatteryHealth::create(double capacityNewKwh, double replacementKrwPerKwh, double endOfLifeLoss)
{
    if (auto s = checkPack(capacityNewKwh, replacementKrwPerKwh, endOfLifeLoss); !s.ok())
        return s.error();
    return BatteryHealth(capacityNewKwh, replacementKrwPerKwh, endOfLifeLoss);
}

double BatteryHealth::fadeOf(const QList<RainflowCounter::Cycle> &cycles)
{
    double fade = 0.0;
    for (const auto &c : cycles) {
        const double temperatureStress = c.count == 1.0
            ? (Model::temperatureStress(c.firstTemperatureC) + Model::temperatureStress(c.secondTemperatureC)) / 2.0
            : Model::temperatureStress(c.firstTemperatureC);
        fade += c.count * Model::depthStress(c.range) * Model::socStress(c.mean) * temperatureStress;
    }
    return fade;
}

Status BatteryHealth::addSample(double seconds, double soc, double temperatureC)
{
    if (std::isfinite(seconds) && seconds < 0.0)
        return Error{QStringLiteral("seconds"), QStringLiteral("%1 s: samples must come in time order, time cannot run backwards").arg(seconds)};
    if (auto s = rangecheck::requireAll({{"seconds", seconds, 0.0, kMaxSampleSeconds, "s"},
                                         {"soc", soc, 0.0, 1.0},
                                         {"temperatureC", temperatureC, kMinTemperatureC, kMaxTemperatureC, "°C"}});
        !s.ok())
        return s;
    // The interval since the previous sample at its mean SoC and temperature; before the first
    // sample, at this one's.
    const auto previous = m_counter.newest();
    const double meanSoc = previous ? (previous->value + soc) / 2.0 : soc;
    const double meanTemperatureC = previous ? (m_latestTemperatureC + temperatureC) / 2.0 : temperatureC;
    const auto closed = m_counter.add({soc, temperatureC});
    if (!closed.ok())
        return closed.error(); // cannot happen: the values were checked above
    for (const auto &c : closed.value())
        m_closedCycles += c.count;
    m_closedFade += fadeOf(closed.value());
    m_seconds += seconds;
    m_calendarFade += Model::calendarFade(seconds, meanSoc, meanTemperatureC);
    m_latestTemperatureC = temperatureC;
    return Ok{};
}

double BatteryHealth::fade() const
{
    return m_closedFade + fadeOf(m_counter.residualCycles()) + m_calendarFade;
}

double BatteryHealth::cycleCount() const
{
    double count = m_closedCycles;
    for (const auto &c : m_counter.residualCycles())
        count += c.count;
    return count;
}

Result<double> BatteryHealth::wearCostKrwPerKwh(double dod, double meanSoc, double temperatureC) const
{
    if (auto s = rangecheck::requireAll({{"dod", dod, 0.0, 1.0},
                                         {"meanSoc", meanSoc, 0.0, 1.0},
                                         {"temperatureC", temperatureC, kMinTemperatureC, kMaxTemperatureC, "°C"}});
        !s.ok())
        return s.error();
    if (dod <= 0.0)
        return Error{QStringLiteral("dod"), QStringLiteral("must be above 0: a cycle of no depth moves no energy")};
    if (meanSoc - dod / 2.0 < 0.0 || meanSoc + dod / 2.0 > 1.0)
        return Error{QStringLiteral("meanSoc"), QStringLiteral("a cycle of depth %1 about a mean SoC of %2 would leave [0, 1]")
                                                    .arg(dod)
                                                    .arg(meanSoc)};
    const double lossIncrease = Model::capacityLossIncrease(fade(), Model::cycleFade(dod, meanSoc, temperatureC));
    const double costKrw = lossIncrease / m_endOfLifeLoss * m_replacementKrwPerKwh * m_capacityNewKwh;
    return costKrw / (dod * capacityKwh());
}

QJsonObject BatteryHealth::toJson() const
{
    QJsonArray points;
    for (const auto &p : m_counter.turningPoints())
        points.append(QJsonObject{{QStringLiteral("soc"), p.value}, {QStringLiteral("temperature_c"), p.temperatureC}});
    const bool sampled = !points.isEmpty();
    return {
        {QStringLiteral("capacity_new_kwh"), m_capacityNewKwh},
        {QStringLiteral("replacement_krw_per_kwh"), m_replacementKrwPerKwh},
        {QStringLiteral("end_of_life_loss"), m_endOfLifeLoss},
        {QStringLiteral("closed_cycle_fade"), m_closedFade},
        {QStringLiteral("closed_cycles"), m_closedCycles},
        {QStringLiteral("calendar_seconds"), m_seconds},
        {QStringLiteral("calendar_fade"), m_calendarFade},
        {QStringLiteral("latest_temperature_c"), sampled ? QJsonValue(m_latestTemperatureC) : QJsonValue()},
        {QStringLiteral("turning_points"), points},
        {QStringLiteral("state_of_health"), stateOfHealth()},
        {QStringLiteral("capacity_kwh"), capacityKwh()},
    };
}

Result<BatteryHealth> BatteryHealth::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("battery health: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    const double capacity = r.number(QStringLiteral("capacity_new_kwh"), 1.0, kMaxCapacityKwh);
    const double replacement = r.number(QStringLiteral("replacement_krw_per_kwh"), 0.0, kMaxReplacementKrwPerKwh);
    const double endOfLife = r.number(QStringLiteral("end_of_life_loss"), 0.0, 1.0);
    if (r.ok() && endOfLife <= 0.0)
        r.fail(QStringLiteral("end_of_life_loss"), QStringLiteral("must be above 0"));
    BatteryHealth h(capacity, replacement, endOfLife);
    h.m_closedFade = r.number(QStringLiteral("closed_cycle_fade"), 0.0, kMaxFade);
    h.m_closedCycles = r.number(QStringLiteral("closed_cycles"), 0.0, kMaxCycles);
    h.m_seconds = r.number(QStringLiteral("calendar_seconds"), 0.0, kMaxCalendarSeconds);
    // At most the fade of that time spent full at the hottest temperature the model takes.
    h.m_calendarFade = r.number(QStringLiteral("calendar_fade"), 0.0, Model::calendarFade(h.m_seconds, 1.0, kMaxTemperatureC));
    const auto latest = r.optionalNumber(QStringLiteral("latest_temperature_c"), kMinTemperatureC, kMaxTemperatureC);
    const QJsonArray array = r.array(QStringLiteral("turning_points"));
    if (!r.ok())
        return r.error();

    QList<RainflowCounter::Point> points;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("turning_points[%1]").arg(i);
        if (!array[i].isObject())
            return Error{where, QStringLiteral("expected an object, got %1").arg(jsonTypeName(array[i]))};
        JsonFieldReader p(array[i].toObject());
        const double soc = p.number(QStringLiteral("soc"), 0.0, 1.0);
        const double temperatureC = p.number(QStringLiteral("temperature_c"), kMinTemperatureC, kMaxTemperatureC);
        if (!p.ok())
            return p.error().prefixed(where);
        points.append({soc, temperatureC});
    }
    auto counter = RainflowCounter::fromTurningPoints(points);
    if (!counter.ok())
        return counter.error().prefixed(QStringLiteral("turning_points"));
    if (points.isEmpty() != !latest)
        return Error{QStringLiteral("latest_temperature_c"), points.isEmpty()
                                                                 ? QStringLiteral("must be null before the first sample (no turning points)")
                                                                 : QStringLiteral("is missing: the latest sample's temperature")};
    h.m_counter = std::move(counter).value();
    h.m_latestTemperatureC = latest.value_or(Model::kTemperatureReferenceC);
    return h;
}

} // namespace et::domain::dispatch
