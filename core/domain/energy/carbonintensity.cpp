// SPDX-License-Identifier: MIT
#include "carbonintensity.h"

#include <cmath>

namespace et::domain::energy {

namespace {
struct Factor
{
    double gPerKWh;
    const char16_t *source;
};

// Indexed by Fuel.
constexpr Factor kFactors[kFuelCount] = {
    {820.0, u"IPCC AR5 WG3 Annex III, Table A.III.2 (coal PC, median)"},
    {490.0, u"IPCC AR5 WG3 Annex III, Table A.III.2 (gas combined cycle, median)"},
    {840.0, u"IPCC SRREN Annex II, Table A.II.4 (oil, median)"},
    {230.0, u"assumed: IPCC AR5 WG3 Annex III, Table A.III.2 (biomass dedicated, median)"},
    {48.0, u"IPCC AR5 WG3 Annex III, Table A.III.2 (solar PV utility, median)"},
    {11.0, u"IPCC AR5 WG3 Annex III, Table A.III.2 (wind onshore, median)"},
    {12.0, u"IPCC AR5 WG3 Annex III, Table A.III.2 (wind offshore, median)"},
};

bool isAmount(double v)
{
    return std::isfinite(v) && v >= 0.0;
}

// Names are built only for an error: this runs on every call of a forecast.
Error notAnAmount(const QString &field, double v)
{
    return Error{field, QStringLiteral("%1 is not an amount of energy (finite, ≥ 0)").arg(v)};
}

Status checkMix(const GenerationMix &mix)
{
    for (int f = 0; f < kFuelCount; ++f) {
        if (!isAmount(mix.local[size_t(f)]))
            return notAnAmount(fuelName(Fuel(f)), mix.local[size_t(f)]);
    }
    if (!isAmount(mix.imports))
        return notAnAmount(QStringLiteral("imports"), mix.imports);
    if (!isAmount(mix.exports))
        return notAnAmount(QStringLiteral("exports"), mix.exports);
    return Ok{};
}

// Energy and emissions of the imports and the local fuels `counted` selects.
struct Pool
{
    double energy = 0.0;
    double grams = 0.0;
};

template<typename Counted>
Pool pool(const GenerationMix &mix, Counted counted)
{
    Pool p{mix.imports, mix.imports * CarbonIntensity::kMainlandGridGPerKWh};
    for (int f = 0; f < kFuelCount; ++f) {
        if (!counted(Fuel(f)))
            continue;
        p.energy += mix.local[size_t(f)];
        p.grams += mix.local[size_t(f)] * kFactors[f].gPerKWh;
    }
    return p;
}
} // namespace

double CarbonIntensity::lifeCycleGPerKWh(Fuel fuel)
{
    return kFactors[size_t(fuel)].gPerKWh;
}

QString CarbonIntensity::sourceOf(Fuel fuel)
{
    return QString::fromUtf16(kFactors[size_t(fuel)].source);
}

Result<double> CarbonIntensity::consumedGPerKWh(const GenerationMix &mix)
{
    if (auto s = checkMix(mix); !s)
        return s.error();
    const Pool all = pool(mix, [](Fuel) { return true; });
    if (all.energy <= 0.0)
        return Error{{}, QStringLiteral("nothing is generated or imported: no intensity")};
    return all.grams / all.energy;
}

Result<double> CarbonIntensity::displacedGPerKWh(const GenerationMix &mix)
{
    if (auto s = checkMix(mix); !s)
        return s.error();
    const Pool dispatchable = pool(mix, isDispatchable);
    return dispatchable.energy > 0.0 ? dispatchable.grams / dispatchable.energy : 0.0;
}

Result<double> CarbonIntensity::avoidedKg(double kWh, Fuel source, const GenerationMix &atDelivery)
{
    if (!isAmount(kWh))
        return notAnAmount(QStringLiteral("kWh"), kWh);
    auto displaced = displacedGPerKWh(atDelivery);
    if (!displaced)
        return displaced.error();
    if (displaced.value() <= 0.0)
        return 0.0;
    return kWh * (displaced.value() - lifeCycleGPerKWh(source)) / 1000.0;
}

} // namespace et::domain::energy
