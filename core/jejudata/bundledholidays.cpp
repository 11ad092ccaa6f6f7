// SPDX-License-Identifier: MIT
#include "jejudata/bundledholidays.h"

#include <QDir>
#include <QFile>

namespace et::jejudata {

const domain::Result<domain::energy::KoreanHolidays> &BundledHolidays::calendar()
{
    using domain::energy::KoreanHolidays;
    static const domain::Result<KoreanHolidays> calendar = []() -> domain::Result<KoreanHolidays> {
        KoreanHolidays out;
        const QDir folder(QStringLiteral(":/et/jejudata/holidays"));
        const QStringList names = folder.entryList(QDir::Files, QDir::Name);
        if (names.isEmpty())
            return domain::Error{QStringLiteral("holidays"), QStringLiteral("no holiday files are bundled")};
        for (const QString &name : names) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return domain::Error{name, file.errorString()};
            const QByteArray bytes = file.readAll();
            const auto parsed = name.endsWith(QLatin1String(".csv")) ? KoreanHolidays::parseHyunbinseoCsv(bytes)
                                                                     : KoreanHolidays::parseHyunbinseoJson(bytes);
            if (!parsed.ok())
                return parsed.error().prefixed(name);
            out.add(parsed.value());
        }
        return out;
    }();
    return calendar;
}

} // namespace et::jejudata
