// SPDX-License-Identifier: MIT
#include "jejutime.h"

namespace et::models {

QTimeZone JejuTime::zone()
{
    static const QTimeZone seoul = [] {
        QTimeZone tz(QByteArrayLiteral("Asia/Seoul"));
        // Korea has not used daylight saving since 1988, so a fixed offset is exact for any
        // time this console shows.
        return tz.isValid() ? tz : QTimeZone(9 * 3600);
    }();
    return seoul;
}

QString JejuTime::format(const QDateTime &time, const QString &pattern)
{
    if (!time.isValid())
        return {};
    return time.toTimeZone(zone()).toString(pattern);
}

} // namespace et::models
