// SPDX-License-Identifier: MIT
// CenterQuery::parse and apply() on an arbitrary query string of GET /api/v1/centers. Accepted
// filters are in range and consistent; the answer is filtered and ordered as documented.
#include "fuzzsupport.h"

#include "api/centerquery.h"
#include "domain/geo/geodesy.h"

#include <cmath>

using et::backend::CenterQuery;
using et::domain::Center;

namespace {
QList<Center> sampleCenters()
{
    auto center = [](const char *id, const char *name, const char *category, double lat, double lon) {
        Center c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromUtf8(name);
        c.category = QString::fromUtf8(category);
        c.roadAddress = QStringLiteral("제주특별자치도 제주시 연삼로 264");
        c.services = QStringLiteral("상담 및 교육");
        c.lat = lat;
        c.lon = lon;
        return c;
    };
    return {center("ctr-1", "제주시정신건강복지센터", "정신보건", 33.4916, 126.5203),
            center("ctr-2", "서귀포시건강증진센터", "건강증진", 33.2541, 126.5601),
            center("ctr-3", "Seoul Center", "건강증진", 37.5665, 126.9780),
            center("ctr-4", "Antipode", "정신보건", -33.4916, -53.4797)};
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery query = et::fuzz::parseQuery(data, size);
    const auto parsed = CenterQuery::parse(query);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error().field.isEmpty(), parsed.error().toString()); // names the parameter
        return 0;
    }
    const CenterQuery &q = parsed.value();
    FUZZ_CHECK(q.lat.has_value() == q.lon.has_value(), QStringLiteral("lat without lon"));
    if (q.lat)
        FUZZ_CHECK(std::isfinite(*q.lat) && std::abs(*q.lat) <= 90.0 && std::isfinite(*q.lon) && std::abs(*q.lon) <= 180.0,
                   QStringLiteral("point out of range"));
    if (q.radiusKm)
        FUZZ_CHECK(q.lat && *q.radiusKm > 0.0 && *q.radiusKm <= 20038.0, QStringLiteral("radius %1").arg(*q.radiusKm));
    const QList<Center> found = q.apply(sampleCenters());
    double previous = 0.0;
    for (const Center &c : found) {
        FUZZ_CHECK(q.category.isEmpty() || c.category == q.category, c.id);
        FUZZ_CHECK(c.distanceKm.has_value() == q.lat.has_value(), c.id);
        if (!c.distanceKm)
            continue;
        FUZZ_CHECK(*c.distanceKm >= previous, QStringLiteral("not nearest first"));
        previous = *c.distanceKm;
        // distance_km is rounded to metres after the radius test.
        FUZZ_CHECK(!q.radiusKm || *c.distanceKm <= *q.radiusKm + 0.0005, c.id);
        et::fuzz::checkWireRoundTrip(c, &Center::fromJson);
    }
    return 0;
}
