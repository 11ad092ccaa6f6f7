// SPDX-License-Identifier: MIT
#include "domain/hazard/jmabesttrack.h"

#include "domain/jsonfieldreader.h"

#include <cmath>

namespace et::domain::hazard {

namespace {
constexpr double kKnot = 0.514444;  // m/s
constexpr double kNauticalMile = 1.852; // km

struct Line
{
    QString text;
    int number = 0;

    /// Columns [first, last] of the format's documentation (1-based, inclusive), trimmed.
    QString field(int first, int last) const { return text.mid(first - 1, last - first + 1).trimmed(); }
    Error error(const QString &what) const { return Error{QStringLiteral("line %1").arg(number), what}; }
};

std::optional<int> integer(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

// The per-quadrant radii from JMA's longest radius, its direction and the shortest radius.
WindRadii radii(const Line &line, int directionColumn, int longFirst, int shortFirst, Result<bool> &ok)
{
    WindRadii r;
    const QString direction = line.field(directionColumn, directionColumn);
    const QString longest = line.field(longFirst, longFirst + 3);
    const QString shortest = line.field(shortFirst, shortFirst + 3);
    if (direction.isEmpty() && longest.isEmpty() && shortest.isEmpty())
        return r; // not reported (a depression, or before radii were kept)
    const auto d = integer(direction), l = integer(longest), s = integer(shortest);
    if (!d || !l || !s || *d < 0 || *d > 9 || *l < 0 || *s < 0 || *s > *l) {
        ok = line.error(QStringLiteral("wind radii \"%1 %2 %3\" are not a direction code and two radii").arg(direction, longest, shortest));
        return r;
    }
    if (*l == 0)
        return r; // "0000": no such wind
    r.known = true;
    for (int q = 0; q < 4; ++q) {
        if (*d == 9 || *d == 0) {
            r.km[size_t(q)] = *l * kNauticalMile;
            continue;
        }
        const double longestBearing = std::fmod(45.0 * *d, 360.0);
        const double middle = 45.0 + 90.0 * q;
        double diff = std::abs(std::fmod(middle - longestBearing + 540.0, 360.0) - 180.0);
        r.km[size_t(q)] = (*l - (*l - *s) * diff / 180.0) * kNauticalMile;
    }
    return r;
}
} // namespace

Result<QList<TyphoonTrack>> JmaBestTrack::parse(const QByteArray &text)
{
    QList<Line> lines;
    int number = 0;
    for (QByteArray raw : text.split('\n')) {
        ++number;
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (!raw.trimmed().isEmpty())
            lines.append({QString::fromLatin1(raw), number});
    }
    QList<TyphoonTrack> tracks;
    for (qsizetype i = 0; i < lines.size();) {
        const Line &header = lines[i];
        if (header.field(1, 5) != u"66666")
            return header.error(QStringLiteral("expected a storm header starting 66666"));
        const auto count = integer(header.field(13, 15));
        if (!count || *count <= 0)
            return header.error(QStringLiteral("the number of data lines \"%1\" is not a positive number").arg(header.field(13, 15)));
        if (i + *count > lines.size() - 1)
            return header.error(QStringLiteral("announces %1 data lines, the file has %2 after it").arg(*count).arg(lines.size() - i - 1));
        TyphoonTrack track;
        track.source = QStringLiteral("JMA");
        track.id = header.field(7, 10);
        track.name = header.field(31, 50);
        for (int k = 1; k <= *count; ++k) {
            const Line &line = lines[i + k];
            if (line.field(1, 5) == u"66666")
                return line.error(QStringLiteral("storm %1 announced %2 data lines, found %3").arg(track.id).arg(*count).arg(k - 1));
            if (line.field(10, 12) != u"002")
                return line.error(QStringLiteral("expected indicator 002, got \"%1\"").arg(line.field(10, 12)));
            const QString stamp = line.field(1, 8);
            const auto yy = integer(stamp.left(2));
            QDateTime time = QDateTime::fromString(QString::number(yy && *yy >= 51 ? 1900 + *yy : 2000 + yy.value_or(0)) + stamp.mid(2),
                                                   QStringLiteral("yyyyMMddHH"));
            time.setTimeSpec(Qt::UTC);
            const auto lat = integer(line.field(16, 18)), lon = integer(line.field(20, 23)), pressure = integer(line.field(25, 28));
            if (stamp.size() != 8 || !yy || !time.isValid())
                return line.error(QStringLiteral("\"%1\" is not a time (yymmddhh)").arg(stamp));
            // Longitudes run east from 0 to 360 (a storm past the date line is at 180.7 E).
            if (!lat || !lon || *lat < -900 || *lat > 900 || *lon < 0 || *lon >= 3600)
                return line.error(QStringLiteral("\"%1 %2\" is not a position in tenths of a degree").arg(line.field(16, 18), line.field(20, 23)));
            if (!pressure || *pressure < 850 || *pressure > 1100)
                return line.error(QStringLiteral("central pressure \"%1\" is not in hPa").arg(line.field(25, 28)));
            TrackPoint p;
            p.time = time;
            p.lat = *lat / 10.0;
            p.lon = *lon > 1800 ? *lon / 10.0 - 360.0 : *lon / 10.0;
            p.pressureHpa = *pressure;
            const QString wind = line.field(34, 36);
            if (!wind.isEmpty()) {
                const auto kt = integer(wind);
                if (!kt || *kt < 0 || *kt > 250)
                    return line.error(QStringLiteral("maximum wind \"%1\" is not in knots").arg(wind));
                if (*kt > 0) // 000: not estimated (a depression)
                    p.maxWindMs = *kt * kKnot;
            }
            Result<bool> ok = true;
            p.r25 = radii(line, 42, 43, 48, ok);
            if (ok.ok())
                p.r15 = radii(line, 53, 54, 59, ok);
            if (!ok.ok())
                return ok.error();
            if (!track.points.isEmpty() && p.time <= track.points.last().time)
                return line.error(QStringLiteral("%1 is not after the fix before it").arg(toIsoUtc(p.time)));
            track.points << p;
        }
        tracks << track;
        i += *count + 1;
    }
    return tracks;
}

} // namespace et::domain::hazard
