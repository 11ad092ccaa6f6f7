// SPDX-License-Identifier: MIT
// EnergyHistoryQuery::parse on an arbitrary query string of GET /api/v1/energy/history: whatever
// it accepts is a range the server may answer — on the step's boundaries, not empty, within the
// step's limit, with a page size in bounds.
#include "fuzzsupport.h"

#include "api/energyhistoryquery.h"
#include "domain/jsonfieldreader.h"

using et::backend::EnergyHistoryQuery;
using namespace et::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery query = et::fuzz::parseQuery(data, size);
    const auto parsed = EnergyHistoryQuery::parse(query);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error().field.isEmpty(), parsed.error().toString()); // names the parameter
        return 0;
    }
    const EnergyHistoryQuery &q = parsed.value();
    FUZZ_CHECK(q.from < q.to, toIsoUtc(q.from) + u' ' + toIsoUtc(q.to));
    FUZZ_CHECK(q.from.secsTo(q.to) <= historyStepMaxRangeSeconds(q.step), toIsoUtc(q.to));
    FUZZ_CHECK(isHistoryBucketStart(q.from, q.step) && isHistoryBucketStart(q.to, q.step), toIsoUtc(q.from));
    FUZZ_CHECK(!toIsoUtc(q.from).isEmpty() && !toIsoUtc(q.to).isEmpty(), QStringLiteral("a time the wire cannot carry"));
    FUZZ_CHECK(q.limit >= 1 && q.limit <= EnergyHistoryQuery::maxPoints(q.step), QString::number(q.limit));
    if (!query.hasQueryItem(QStringLiteral("step")))
        FUZZ_CHECK(q.step == HistoryStep::Minute, QStringLiteral("step defaults to 1m"));
    if (!query.hasQueryItem(QStringLiteral("limit")))
        FUZZ_CHECK(q.limit == EnergyHistoryQuery::maxPoints(q.step), QStringLiteral("limit defaults to the most"));
    return 0;
}
