// SPDX-License-Identifier: MIT
// ChangeBatch::fromJson on arbitrary bytes: a whole sync/changes page. Cursors must be kept
// exactly, and the page's cursor is never behind a change it holds.
#include "fuzzsupport.h"

#include "domain/change.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto batch = et::fuzz::decodeAndRoundTrip(data, size, &et::domain::ChangeBatch::fromJson);
    if (!batch)
        return 0;
    const QJsonObject input = *et::fuzz::parseObject(data, size);
    et::fuzz::checkKeptNumber(input, QStringLiteral("cursor"), double(batch->cursor));
    const QJsonArray changes = input.value(QStringLiteral("changes")).toArray();
    FUZZ_CHECK(changes.size() == batch->changes.size(), QStringLiteral("changes were dropped"));
    for (qsizetype i = 0; i < changes.size(); ++i) {
        et::fuzz::checkKeptNumber(changes.at(i).toObject(), QStringLiteral("cursor"), double(batch->changes.at(i).cursor));
        FUZZ_CHECK(batch->changes.at(i).cursor <= batch->cursor, QStringLiteral("page cursor behind a change"));
    }
    return 0;
}
