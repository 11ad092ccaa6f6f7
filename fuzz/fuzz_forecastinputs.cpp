// SPDX-License-Identifier: MIT
// ForecastInputsJson::fromJson on arbitrary bytes: the `inputs` of GET /energy/forecast and of the
// `forecast` entity, which a console keeps and builds an island model from offline.
#include "fuzzsupport.h"

#include "domain/energy/forecastinputsjson.h"

#include <QSet>

#include <cmath>

using namespace et::domain::energy;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto object = et::fuzz::parseObject(data, size);
    if (!object)
        return 0;
    const auto decoded = ForecastInputsJson::fromJson(*object);
    if (!decoded.ok()) {
        FUZZ_CHECK(!decoded.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    const ForecastInputs kept = et::fuzz::checkWireRoundTrip(decoded.value(), &ForecastInputsJson::toJson, &ForecastInputsJson::fromJson);
    const ForecastInputs *in = &kept;
    // A whole outlook, from the issue time's hour, with numbers a model can use.
    FUZZ_CHECK(in->outlook.points().size() == HourlyOutlook::kPoints, QStringLiteral("an outlook of another length"));
    FUZZ_CHECK(in->outlook.start() <= in->outlook.issued() && in->outlook.start().secsTo(in->outlook.issued()) < 3600,
               QStringLiteral("the outlook does not start at its issue hour"));
    for (const WeatherOutlook &o : in->outlook.points())
        FUZZ_CHECK(std::isfinite(o.expected.windSpeedMs) && o.expected.cloudCover >= 0.0 && o.expected.cloudCover <= 1.0
                       && o.windLogSigma >= 0.0 && o.cloudLogitSigma >= 0.0 && o.temperatureSigmaC >= 0.0,
                   QStringLiteral("an outlook value out of range"));
    // Every farm's turbine has a curve that makes a model, each asset is named once.
    QSet<QString> types, ids;
    for (const auto &t : in->turbines) {
        types.insert(t.type);
        FUZZ_CHECK(WindTurbineModel::fromCurve({t.type, {}, {}, t.nominalPowerW, 0.0, {}, {}}, t.curve).ok(),
                   QStringLiteral("a curve no turbine model takes: ") + t.type);
    }
    for (const auto &w : in->wind) {
        FUZZ_CHECK(types.contains(w.turbineType), QStringLiteral("a farm without its curve"));
        FUZZ_CHECK(!ids.contains(w.assetId), QStringLiteral("an asset twice"));
        ids.insert(w.assetId);
    }
    for (const auto &s : in->solar) {
        FUZZ_CHECK(!ids.contains(s.assetId), QStringLiteral("an asset twice"));
        ids.insert(s.assetId);
    }
    return 0;
}
