// SPDX-License-Identifier: MIT
// CenterCsvImporter::import on arbitrary bytes (CP949, UTF-8 with or without a BOM, anything).
// Every center it keeps must be complete and in range, keep its stable id, be stored and read
// back by the JSON codec unchanged (the backend serves centers from that JSON), and the Jeju-only
// import must be exactly the Jeju part of the full one.
#include "fuzzsupport.h"

#include "domain/centercsvimporter.h"

#include <QSet>

#include <cmath>

using namespace et::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto all = CenterCsvImporter::import(bytes, CenterCsvImporter::Region::All);
    const auto jeju = CenterCsvImporter::import(bytes, CenterCsvImporter::Region::JejuOnly);
    FUZZ_CHECK(all.ok() == jeju.ok(), QStringLiteral("the region changed whether the file is usable"));
    if (!all.ok()) {
        FUZZ_CHECK(!all.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    const CenterImport &import = all.value();
    FUZZ_CHECK(import.centers.size() <= import.rowsRead, QStringLiteral("more centers than rows"));
    QSet<QString> ids;
    QList<Center> inJeju;
    for (const Center &c : import.centers) {
        FUZZ_CHECK(!c.name.trimmed().isEmpty() && !c.category.trimmed().isEmpty(), c.id);
        FUZZ_CHECK(std::isfinite(c.lat) && std::abs(c.lat) <= 90.0 && std::isfinite(c.lon) && std::abs(c.lon) <= 180.0, c.id);
        FUZZ_CHECK(c.id == CenterCsvImporter::stableId(c.name, c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress), c.id);
        FUZZ_CHECK(!ids.contains(c.id), QStringLiteral("duplicate id ") + c.id);
        ids.insert(c.id);
        et::fuzz::checkWireRoundTrip(c, &Center::fromJson);
        if (CenterCsvImporter::isInJeju(c))
            inJeju << c;
    }
    FUZZ_CHECK(jeju.value().centers == inJeju, QStringLiteral("Jeju-only import differs from the Jeju part"));
    FUZZ_CHECK(jeju.value().rowsRead == import.rowsRead, QStringLiteral("rows counted differently"));
    return 0;
}
