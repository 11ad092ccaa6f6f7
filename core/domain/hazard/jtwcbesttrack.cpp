// SPDX-License-Identifier: MIT
#include "domain/hazard/jtwcbesttrack.h"

#include "domain/jsonfieldreader.h"

#include <QMap>

namespace et::domain::hazard {

namespace {
constexpr double kKnot = 0.514444; // m/s
const QStringList kColumns{QStringLiteral("Year"), QStringLiteral("Month"), QStringLiteral("Day"), QStringLiteral("Hour"), QStringLiteral("Lat"),
                           QStringLiteral("Lon"),  QStringLiteral("VMax"),  QStringLiteral("MSLP"), QStringLiteral("SN")};
} // namespace

Result<QList<TyphoonTrack>> JtwcBestTrack::parse(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty())
        return Error{QStringLiteral("line 1"), QStringLiteral("no header")};
    const QStringList header = QString::fromLatin1(lines.first().trimmed()).split(u',');
    QHash<QString, int> at;
    for (const QString &name : kColumns) {
        const int i = int(header.indexOf(name));
        if (i < 0)
            return Error{QStringLiteral("line 1"), QStringLiteral("no column \"%1\"").arg(name)};
        at.insert(name, i);
    }
    QMap<QString, TyphoonTrack> tracks; // by SN, so they come out in number order
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QString line = QString::fromLatin1(lines[n].trimmed());
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1").arg(n + 1);
        const QStringList f = line.split(u',');
        if (f.size() < header.size())
            return Error{where, QStringLiteral("%1 fields, the header has %2").arg(f.size()).arg(header.size())};
        QHash<QString, double> v;
        for (const QString &name : kColumns) {
            bool ok = false;
            const double x = f[at[name]].toDouble(&ok);
            if (!ok || !std::isfinite(x))
                return Error{where, QStringLiteral("%1 \"%2\" is not a number").arg(name, f[at[name]])};
            v.insert(name, x);
        }
        const QDateTime time{QDate(int(v["Year"]), int(v["Month"]), int(v["Day"])), QTime(int(v["Hour"]), 0), Qt::UTC};
        if (!time.isValid())
            return Error{where, QStringLiteral("%1-%2-%3 %4h is not a time").arg(v["Year"]).arg(v["Month"]).arg(v["Day"]).arg(v["Hour"])};
        if (std::abs(v["Lat"]) > 90.0 || v["Lon"] < -180.0 || v["Lon"] > 360.0)
            return Error{where, QStringLiteral("%1, %2 is not a position").arg(v["Lat"]).arg(v["Lon"])};
        if (v["VMax"] < 0.0 || v["VMax"] > 250.0 || (v["MSLP"] != 0.0 && (v["MSLP"] < 850.0 || v["MSLP"] > 1100.0)))
            return Error{where, QStringLiteral("wind %1 kt or pressure %2 hPa is out of range").arg(v["VMax"]).arg(v["MSLP"])};
        const QString sn = f[at["SN"]].trimmed();
        TyphoonTrack &track = tracks[sn];
        if (track.id.isEmpty()) {
            track.id = sn;
            track.source = QStringLiteral("JTWC");
        }
        TrackPoint p;
        p.time = time;
        p.lat = v["Lat"];
        p.lon = v["Lon"] > 180.0 ? v["Lon"] - 360.0 : v["Lon"];
        if (v["VMax"] > 0.0)
            p.maxWindMs = v["VMax"] * kKnot;
        if (v["MSLP"] > 0.0)
            p.pressureHpa = v["MSLP"];
        if (!track.points.isEmpty() && p.time <= track.points.last().time)
            return Error{where, QStringLiteral("storm %1: %2 is not after the fix before it").arg(sn, toIsoUtc(p.time))};
        track.points << p;
    }
    return tracks.values();
}

} // namespace et::domain::hazard
