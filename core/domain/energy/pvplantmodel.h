// SPDX-License-Identifier: MIT
#pragma once

#include "domain/energy/pvpowermodel.h"
#include "domain/energy/pvsite.h"
#include "domain/result.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace et::domain::energy {

/// A PV plant prepared for many steps, as a forecast runs it: the site is validated once and the
/// trigonometry of its orientation and the constants of its chain worked out once, so a step
/// costs a few multiplications. The AC power is PvPowerModel::compute()'s — the
/// same chain (angle of incidence, isotropic or Hay–Davies transposition, Faiman, PVWatts DC and
/// inverter) in the same formulas, rearranged (products for quotients where the algebra allows), equal
/// to 1e-12 of the plant's rating (tst_pvplantmodel) — without the per-call range checks: inputs that are not
/// finite give NaN. The sun's trigonometry is shared by every plant of a step (Sun).
class PvPlantModel
{
public:
    /// The sun of one step, with the trigonometry every plant needs.
    struct Sun
    {
        double zenithDeg = 90.0;
        double cosZenith = 0.0;
        double sinZenith = 1.0;
        double cosAzimuth = -1.0;
        double sinAzimuth = 0.0;
        double inverseCosZenith = 1.0 / 0.01745; ///< 1/max(cos z, cos 89°), Hay–Davies' Rb

        static Sun at(double apparentZenithDeg, double azimuthDeg);
    };

    /// Everything of one step that every plant shares: the sun and the weather.
    struct Sky
    {
        Sun sun;
        double ghi = 0.0;
        double dni = 0.0;
        double dhi = 0.0;
        double anisotropy = 0.0; ///< Hay–Davies' A = DNI/I0
        double airTemperatureC = 20.0;
        double windSpeedMs = 1.0; ///< at the modules, ≥ 0
        bool finite = true;       ///< every input a number

        static Sky of(const Sun &sun, const PvConditions &conditions);
    };

    /// Fails when the site cannot be modelled (PvSite::validate).
    static Result<PvPlantModel> prepare(const PvSite &site);

    const PvSite &site() const { return m_site; }
    /// AC kW under `conditions` (its zenith and azimuth are `sun`'s).
    double acKw(const Sun &sun, const PvConditions &conditions) const { return acKw(Sky::of(sun, conditions)); }
    /// AC kW under a step's shared sky: the forecast's hot path, inline.
    double acKw(const Sky &sky) const
    {
        if (!sky.finite)
            return std::numeric_limits<double>::quiet_NaN();
        // PlaneOfArray::cosIncidence, with cos(Φ − γ) = cos Φ cos γ + sin Φ sin γ.
        const double cosAoi = std::clamp(m_cosTilt * sky.sun.cosZenith
                                             + m_sinTilt * sky.sun.sinZenith * (sky.sun.cosAzimuth * m_cosAzimuth + sky.sun.sinAzimuth * m_sinAzimuth),
                                         -1.0, 1.0);
        const double beam = sky.dni * std::max(cosAoi, 0.0);
        const double ground = sky.ghi * m_groundFactor;
        // PlaneOfArray::hayDavies (Rb = max(cos AOI, 0)/max(cos z, cos 89°)) or ::isotropic.
        const double diffuse = m_site.skyModel == PvSite::SkyModel::HayDavies
                                   ? std::max(sky.dhi * (1.0 - sky.anisotropy) * m_skyViewFactor, 0.0)
                                         + std::max(sky.dhi * sky.anisotropy * (std::max(cosAoi, 0.0) * sky.sun.inverseCosZenith), 0.0)
                                   : sky.dhi * m_skyViewFactor;
        const double poa = beam + diffuse + ground;
        // Faiman (CellTemperature::faimanC) and the PVWatts DC; the reciprocal does not wait for
        // the irradiance.
        const double heatLoss = 1.0 / (m_site.faimanU0 + m_site.faimanU1 * sky.windSpeedMs);
        const double cell = sky.airTemperatureC + poa * heatLoss;
        const double dc = std::max(m_dcPerPoa * poa * (1.0 + m_site.gammaPerK * (cell - 25.0)), 0.0);
        if (dc <= 0.0 || m_site.inverterKw <= 0.0)
            return 0.0;
        // InverterEfficiency::pvwattsAc: η·Pdc with η = ηnom/ηref·(−0.0162ζ − 0.0059/ζ + 0.9858)
        // and ζ = Pdc/Pdc0, so Pdc/ζ = Pdc0 and η·Pdc = ηnom/ηref·(Pdc·(0.9858 − 0.0162ζ) −
        // 0.0059·Pdc0): no division.
        const double zeta = dc * m_inverseDcRating;
        const double ac = m_efficiencyScale * (dc * (0.9858 - 0.0162 * zeta) - 0.0059 * m_dcRating);
        return std::clamp(ac, 0.0, m_site.inverterKw);
    }

private:
    PvSite m_site;
    double m_cosTilt = 1.0;
    double m_sinTilt = 0.0;
    double m_cosAzimuth = -1.0;
    double m_sinAzimuth = 0.0;
    double m_skyViewFactor = 1.0; ///< (1 + cos β)/2
    double m_groundFactor = 0.0;  ///< ρ(1 − cos β)/2
    double m_dcPerPoa = 0.0;      ///< kWp/1000·(1 − losses)
    double m_inverseDcRating = 0.0; ///< ηnom/Pac0 = 1/Pdc0
    double m_dcRating = 0.0;        ///< Pdc0 = Pac0/ηnom
    double m_efficiencyScale = 0.0; ///< ηnom/ηref
};

} // namespace et::domain::energy
