// SPDX-License-Identifier: MIT
#include "sim/kpxseriesfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace et::backend {

using domain::Error;
using domain::Result;
using domain::energy::KpxIslandSeries;

namespace {
/// The files of `dir` and of the folders directly inside it whose names match `pattern`.
QStringList matching(const QDir &dir, const QString &pattern)
{
    QStringList found;
    for (const QFileInfo &f : dir.entryInfoList({pattern}, QDir::Files, QDir::Name))
        found << f.filePath();
    for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QFileInfo &f : QDir(sub.filePath()).entryInfoList({pattern}, QDir::Files, QDir::Name))
            found << f.filePath();
    }
    return found;
}

/// The one file of a series; nothing (and no error) for an optional series without one.
Result<std::optional<KpxIslandSeries::File>> readSeries(const QDir &dir, const QString &pattern, const QString &what, bool required)
{
    const QStringList found = matching(dir, pattern);
    if (found.isEmpty()) {
        if (!required)
            return std::optional<KpxIslandSeries::File>();
        return Error{dir.path(), QStringLiteral("no file matching %1 in it or in a folder in it (%2)").arg(pattern, what)};
    }
    if (found.size() > 1)
        return Error{dir.path(), QStringLiteral("%1 files match %2 (%3): keep one").arg(found.size()).arg(pattern, found.join(QStringLiteral(", ")))};
    QFile f(found.front());
    if (!f.open(QIODevice::ReadOnly))
        return Error{f.fileName(), QStringLiteral("cannot be read: %1").arg(f.errorString())};
    return std::optional(KpxIslandSeries::File{f.fileName(), f.readAll()});
}
} // namespace

Result<KpxIslandSeries> KpxSeriesFolder::load(const QString &dir)
{
    const QDir folder(dir);
    if (!QFileInfo(dir).isDir())
        return Error{dir, QStringLiteral("is not a folder (--history-source kpx needs the folder of KPX's series, e.g. shared/data/energy)")};
    struct Series
    {
        const char16_t *pattern;
        const char16_t *what;
        std::optional<KpxIslandSeries::File> *into;
    };
    std::optional<KpxIslandSeries::File> demand, solar, wind, lng, bio, curtailment;
    const Series series[] = {
        {u"*system_demand*.csv", u"KPX's hourly Jeju system demand", &demand},
        {u"*solar_hourly*.csv", u"KPX's hourly Jeju solar generation", &solar},
        {u"*wind_hourly*.csv", u"KPX's hourly Jeju wind generation", &wind},
        {u"*lng_hourly*.csv", u"KPX's hourly Jeju LNG generation", &lng},
        {u"*bioheavyoil_hourly*.csv", u"KPX's hourly Jeju bio heavy oil generation", &bio},
        {u"*wind_curtailment*.csv", u"KPX's Jeju wind curtailment", &curtailment},
    };
    for (const Series &s : series) {
        auto read = readSeries(folder, QString::fromUtf16(s.pattern), QString::fromUtf16(s.what), s.into != &curtailment);
        if (!read.ok())
            return read.error();
        *s.into = std::move(read).value();
    }
    return KpxIslandSeries::read({*demand, *solar, *wind, *lng, *bio, curtailment});
}

} // namespace et::backend
