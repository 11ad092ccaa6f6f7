// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/windfarm.h"

#include <QList>

namespace et::domain::energy {

/// What a fleet of wind farms makes on average under the simulation's wind climate: at an hour
/// of the year the weather's wind at 100 m is log-normal around WeatherProcess's climate mean —
/// ln v = ln v̄ + σZ − 0.095 with σ = WeatherProcess::windLogSpread() and −0.095 the process's own
/// mean correction — and the expected output is the farms' power curves integrated over it
/// (trapezoids over Z in [−6, 6], 241 points). The hourly means of that are the wind
/// climatology the calibration compares with KPX.
class WindClimatology
{
public:
    explicit WindClimatology(QList<WindFarm> farms);

    /// Expected fleet MW when the climate's mean 100 m wind is `climateMeanMs`.
    double expectedMw(double climateMeanMs) const;
    /// The fleet's highest output: every turbine at its capped rating, times availability and
    /// (1 − losses).
    double maxMw() const;
    /// The fleet's MW at one 100 m wind speed.
    double mwAt(double windAt100mMs) const;

private:
    QList<WindFarm> m_farms;
};

} // namespace et::domain::energy
