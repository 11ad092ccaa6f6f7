// SPDX-License-Identifier: MIT
#include "sunquery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <functional>

namespace et::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::SunQuery", text);
}

/// The number given to --name, if it is a finite number within [low, high].
domain::Result<double> number(const QCommandLineParser &parser, const QString &name, double low, double high, const QString &what)
{
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    // toDouble accepts "nan" and "inf"; neither is a place or a time.
    if (!ok || !std::isfinite(value) || value < low || value > high)
        return domain::Error{QStringLiteral("--") + name, tr("\"%1\" is not %2 in [%3, %4]").arg(text, what).arg(low).arg(high)};
    return value;
}

} // namespace

QList<QCommandLineOption> SunQuery::options()
{
    QList<QCommandLineOption> list;
    for (const char *name : {"lat", "lon", "time", "elevation", "pressure", "temperature", "delta-t"})
        list << QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
    return list;
}

bool SunQuery::anyGiven(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &o : options()) {
        if (parser.isSet(o.names().first()))
            return true;
    }
    return false;
}

domain::Result<SunQuery> SunQuery::parse(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("lat")) || !parser.isSet(QStringLiteral("lon")))
        return domain::Error{QStringLiteral("sun"), tr("needs --lat LAT and --lon LON (degrees, north and east positive)")};
    SunQuery q;
    const struct {
        const char *name;
        double low, high;
        QString what;
        std::function<void(double)> set;
    } numbers[] = {
        {"lat", -90, 90, tr("a latitude"), [&](double v) { q.latitudeDeg = v; }},
        {"lon", -180, 180, tr("a longitude"), [&](double v) { q.longitudeDeg = v; }},
        {"elevation", -500, 9000, tr("an elevation in metres"), [&](double v) { q.elevationM = v; }},
        {"temperature", -60, 60, tr("a temperature in °C"), [&](double v) { q.temperatureC = v; }},
        {"pressure", 300, 1100, tr("a pressure in mbar"), [&](double v) { q.pressureMbar = v; }},
        {"delta-t", -8000, 8000, tr("a ΔT in seconds"), [&](double v) { q.deltaTSeconds = v; }},
    };
    for (const auto &n : numbers) {
        const QString name = QString::fromLatin1(n.name);
        if (!parser.isSet(name))
            continue;
        const auto value = number(parser, name, n.low, n.high, n.what);
        if (!value.ok())
            return value.error();
        n.set(value.value());
    }
    if (parser.isSet(QStringLiteral("time"))) {
        const QString text = parser.value(QStringLiteral("time"));
        q.time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!q.time.isValid())
            return domain::Error{QStringLiteral("--time"), tr("\"%1\" is not an ISO 8601 time such as 2026-05-01T12:00:00+09:00").arg(text)};
        // A time without an offset could be on any clock: ask rather than guess.
        if (q.time.timeSpec() == Qt::LocalTime)
            return domain::Error{QStringLiteral("--time"), tr("\"%1\" has no UTC offset; add one, e.g. %1+09:00 or %1Z").arg(text)};
        if (q.time.date().year() < -2000 || q.time.date().year() > 6000)
            return domain::Error{QStringLiteral("--time"), tr("\"%1\" is outside the years -2000…6000 the algorithm covers").arg(text)};
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        q.time = now.toOffsetFromUtc(now.offsetFromUtc());
    }
    return q;
}

} // namespace et::cli
