// SPDX-License-Identifier: MIT
// Center::fromJson on arbitrary bytes: GET /centers and sync/changes. Besides the round trip, an
// opening time must be read as written ("9:00" is 09:00), never as some other time.
#include "fuzzsupport.h"

#include "domain/center.h"

namespace {
void checkTimeKept(const QJsonObject &input, const QString &key, const QTime &decoded)
{
    const QJsonValue v = input.value(key);
    if (!v.isString() || !decoded.isValid())
        return;
    QString written = v.toString().trimmed();
    if (written.size() == 4)
        written.prepend(u'0');
    FUZZ_CHECK(decoded.toString(QStringLiteral("HH:mm")) == written,
               QStringLiteral("%1: sent \"%2\", decoded %3").arg(key, v.toString(), decoded.toString()));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto center = et::fuzz::decodeAndRoundTrip(data, size, &et::domain::Center::fromJson);
    if (!center)
        return 0;
    const QJsonObject input = *et::fuzz::parseObject(data, size);
    checkTimeKept(input, QStringLiteral("opens_at"), center->opensAt);
    checkTimeKept(input, QStringLiteral("closes_at"), center->closesAt);
    return 0;
}
