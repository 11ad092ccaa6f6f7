// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

namespace et::domain::energy {

/// What a turbine library says about a turbine type besides its power curve.
struct WindTurbineSpec
{
    QString type;         ///< the library's key, e.g. "V80/2000"
    QString manufacturer; ///< "Vestas"
    QString name;         ///< "V80-2.0 MW"
    double nominalPowerW = 0.0;
    double rotorDiameterM = 0.0;   ///< 0 when not published
    QList<double> hubHeightsM;     ///< the hub heights the type is sold with
    QString source;                ///< where the library took the data from
};

/// A wind turbine type: its published power curve and the speeds that bound it. Power between
/// two published points is interpolated linearly (as windpowerlib does); where the curve is
/// silent the model decides as follows, and says so:
/// - cut-in is the first published speed with power > 0; below it the output is 0 (windpowerlib
///   would ramp from the last 0 point, which differs by at most half a bin of the smallest output);
/// - cut-out is the last speed with power before the curve drops to 0, or the curve's last point
///   when it never does (curveEndsWithoutCutOut()); above it the output is 0: a turbine stops at
///   its cut-out speed rather than ramping down to the next published 0;
/// - rated speed is the first published speed at which the curve reaches its maximum;
/// - published points above the nominal power (some makers publish, e.g., 2,050 kW for a 2 MW
///   type) are capped at the nominal power, so a farm never exceeds its nameplate rating.
/// Value type; powerW() is a binary search over at most ~70 points.
class WindTurbineModel
{
public:
    struct CurvePoint
    {
        double speedMs = 0.0;
        double powerW = 0.0;

        bool operator==(const CurvePoint &) const = default;
    };

    WindTurbineModel() = default;

    /// Fails when the points are not strictly increasing in speed, a value is not finite or is
    /// negative, the nominal power is not positive, or no point has power above 0.
    static Result<WindTurbineModel> fromCurve(WindTurbineSpec spec, const QList<CurvePoint> &points);

    const WindTurbineSpec &spec() const { return m_spec; }
    const QString &type() const { return m_spec.type; }
    double nominalPowerW() const { return m_spec.nominalPowerW; }
    /// The curve as published (before capping at the nominal power).
    const QList<CurvePoint> &publishedPoints() const { return m_published; }
    double publishedMaxPowerW() const { return m_publishedMaxW; }

    double cutInMs() const { return m_cutInMs; }
    double ratedMs() const { return m_ratedMs; }
    double cutOutMs() const { return m_cutOutMs; }
    /// True when the published curve ends at a speed with power > 0: the cut-out is then where
    /// the curve stops, not a published one (e.g. windpowerlib's V90/2000 ends at 16.5 m/s).
    bool curveEndsWithoutCutOut() const { return m_endsWithoutCutOut; }
    bool isValid() const { return m_spec.nominalPowerW > 0.0; }

    /// Electrical output in W at a hub-height wind speed in m/s; NaN in, NaN out.
    double powerW(double windSpeedMs) const;

private:
    WindTurbineSpec m_spec;
    QList<CurvePoint> m_published;
    QList<double> m_speeds; ///< the points from cut-in to cut-out, power capped at nominal
    QList<double> m_powers;
    double m_publishedMaxW = 0.0;
    double m_cutInMs = 0.0;
    double m_ratedMs = 0.0;
    double m_cutOutMs = 0.0;
    bool m_endsWithoutCutOut = false;
};

} // namespace et::domain::energy
