// SPDX-License-Identifier: MIT
// EnergyHistoryPage::fromJson on arbitrary bytes: what the console and the CLI read from
// `GET /energy/history` and keep in their cache.
#include "fuzzsupport.h"

#include "domain/energyhistoryrow.h"
#include "domain/energyhistorypage.h"

using namespace et::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto page = et::fuzz::decodeAndRoundTrip(data, size, EnergyHistoryPage::fromJson);
    if (!page)
        return 0;
    // What the cache relies on when it appends a page: a bounded range on the step's
    // boundaries, points inside it in strictly increasing order, each as wide as the step at
    // most, with one value per column.
    FUZZ_CHECK(page->from < page->to, toIsoUtc(page->from));
    FUZZ_CHECK(page->from.secsTo(page->to) <= historyStepMaxRangeSeconds(page->step), toIsoUtc(page->to));
    FUZZ_CHECK(isHistoryBucketStart(page->from, page->step) && isHistoryBucketStart(page->to, page->step), toIsoUtc(page->from));
    QDateTime previous;
    for (const EnergyHistoryPoint &p : page->points) {
        FUZZ_CHECK(p.timestamp >= page->from && p.timestamp < page->to, toIsoUtc(p.timestamp));
        FUZZ_CHECK(!previous.isValid() || p.timestamp > previous, toIsoUtc(p.timestamp));
        FUZZ_CHECK(isHistoryBucketStart(p.timestamp, page->step), toIsoUtc(p.timestamp));
        FUZZ_CHECK(p.minutes >= 1 && p.minutes <= historyStepMinutes(page->step), QString::number(p.minutes));
        FUZZ_CHECK(p.hvdcFlowMw.size() == page->columns.hvdcLinkIds.size(), QString::number(p.hvdcFlowMw.size()));
        FUZZ_CHECK(p.assetOutputMw.size() == page->columns.assetIds.size(), QString::number(p.assetOutputMw.size()));
        previous = p.timestamp;
        // The stores keep hundredths: a point rounded to them survives the BLOB exactly.
        const EnergyHistoryPoint rounded = p.roundedToHundredths();
        for (const HistoryValues *values : {&rounded.hvdcFlowMw, &rounded.assetOutputMw}) {
            const auto back = EnergyHistoryRow::unpack(EnergyHistoryRow::pack(*values), values->size());
            FUZZ_CHECK(back.ok() && back.value() == *values, toIsoUtc(p.timestamp));
        }
        FUZZ_CHECK(EnergyHistoryRow::fromHundredths(EnergyHistoryRow::toHundredths(rounded.demandMw)) == rounded.demandMw,
                   QString::number(rounded.demandMw, 'g', 17));
    }
    return 0;
}
