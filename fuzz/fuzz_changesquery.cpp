// SPDX-License-Identifier: MIT
// ChangesQuery::parse on an arbitrary query string of GET /api/v1/sync/changes: whatever it
// accepts is a cursor the wire can carry and a page size within the bound.
#include "fuzzsupport.h"

#include "api/changesquery.h"
#include "domain/change.h"

using et::backend::ChangesQuery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QUrlQuery query = et::fuzz::parseQuery(data, size);
    const auto parsed = ChangesQuery::parse(query);
    if (!parsed.ok()) {
        FUZZ_CHECK(!parsed.error().field.isEmpty(), parsed.error().toString()); // names the parameter
        return 0;
    }
    const ChangesQuery &q = parsed.value();
    FUZZ_CHECK(q.since >= 0 && q.since <= et::domain::kMaxCursor, QString::number(q.since));
    FUZZ_CHECK(q.limit >= 1 && q.limit <= ChangesQuery::kMaxLimit, QString::number(q.limit));
    if (!query.hasQueryItem(QStringLiteral("since")))
        FUZZ_CHECK(q.since == 0, QStringLiteral("since defaults to 0"));
    if (!query.hasQueryItem(QStringLiteral("limit")))
        FUZZ_CHECK(q.limit == ChangesQuery::kDefaultLimit, QStringLiteral("limit defaults to 1000"));
    return 0;
}
