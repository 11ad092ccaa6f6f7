// SPDX-License-Identifier: MIT
#include "generationmix.h"

namespace et::domain::energy {

namespace {
constexpr const char16_t *kNames[kFuelCount] = {u"coal", u"lng", u"oil", u"bio_heavy_oil",
                                                u"solar_pv", u"wind_onshore", u"wind_offshore"};
} // namespace

QString fuelName(Fuel fuel)
{
    return QString::fromUtf16(kNames[size_t(fuel)]);
}

std::optional<Fuel> fuelFromName(QStringView name)
{
    for (int i = 0; i < kFuelCount; ++i) {
        if (name == QStringView(kNames[size_t(i)]))
            return Fuel(i);
    }
    return std::nullopt;
}

bool isDispatchable(Fuel fuel)
{
    return fuel == Fuel::Coal || fuel == Fuel::Lng || fuel == Fuel::Oil || fuel == Fuel::BioHeavyOil;
}

} // namespace et::domain::energy
