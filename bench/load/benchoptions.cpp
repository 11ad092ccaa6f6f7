// SPDX-License-Identifier: MIT
#include "benchoptions.h"

#include <functional>

namespace et::bench {

namespace {
const QStringList kPhases{QStringLiteral("idle"), QStringLiteral("fanout"), QStringLiteral("rest"),
                          QStringLiteral("wrk"), QStringLiteral("ramp")};

BenchOptions smokeOptions()
{
    BenchOptions o;
    o.smoke = true;
    o.check = true;
    o.phases = {QStringLiteral("idle"), QStringLiteral("fanout"), QStringLiteral("rest")};
    o.consoles = 20;
    o.idleSeconds = 6.0;
    o.wsClients = 50;
    o.triggers = 3;
    o.triggerGapMs = 300;
    o.restRates = {200.0};
    o.restSeconds = 3.0;
    o.restConnections = 8;
    o.maxMinutes = 1.5;
    return o;
}

template<typename T>
std::optional<QList<T>> parseList(const QString &text, const std::function<std::optional<T>(const QString &)> &one)
{
    QList<T> list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto v = one(part.trimmed());
        if (!v)
            return std::nullopt;
        list.append(*v);
    }
    return list.isEmpty() ? std::nullopt : std::optional(list);
}

std::optional<double> positive(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v > 0.0 ? std::optional(v) : std::nullopt;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    return ok && v > 0 ? std::optional(v) : std::nullopt;
}
} // namespace

double BenchOptions::plannedSeconds() const
{
    double s = 30.0; // server starts and stops
    if (has(QStringLiteral("idle")))
        s += idleSeconds + 30.0 + consoles * 0.2;
    if (has(QStringLiteral("fanout")))
        s += 2 * (triggers * triggerGapMs / 1000.0 + 30.0 + wsClients * 0.01);
    if (has(QStringLiteral("rest")))
        s += restRates.size() * (restSeconds + 25.0);
    if (has(QStringLiteral("wrk")))
        s += wrkSeconds + 20.0;
    if (has(QStringLiteral("ramp"))) {
        for (int n : ramp)
            s += 40.0 + rampTriggers * 2.0 + n * 0.01;
    }
    return s * 1.5;
}

QString BenchOptions::usage()
{
    return QStringLiteral(
        "usage: bench_load [--phases idle,fanout,rest,wrk,ramp] [--smoke] [--check]\n"
        "  idle:   [--consoles 50] [--idle-seconds 180 | --idle-minutes 3]\n"
        "  fanout: [--ws-clients 1000] [--triggers 20] [--trigger-gap-ms 1000] [--threads 2] [--handshakes 32]\n"
        "  rest:   [--rest-rates 2000[,4000...]] [--rest-seconds 30] [--rest-connections 64]\n"
        "  wrk:    [--wrk-seconds 15] [--wrk-connections 64]   (needs wrk on PATH)\n"
        "  ramp:   [--ramp 1000,2000,4000,8000,16000] [--ramp-triggers 5] [--fanout-limit-ms 100] [--ramp-stop-ms 5000]\n"
        "  [--json FILE] (append one JSON line per figure) [--work-dir DIR] (kept) [--max-minutes M]\n");
}

std::optional<BenchOptions> BenchOptions::parse(const QStringList &arguments, QString *message, bool *help)
{
    *help = false;
    BenchOptions o = arguments.contains(QStringLiteral("--smoke")) ? smokeOptions() : BenchOptions{};
    auto fail = [&](const QString &option, const QString &value) {
        *message = QStringLiteral("bench_load: bad value \"%1\" for %2\n").arg(value, option) + usage();
        return std::nullopt;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString a = arguments[i];
        if (a == u"--help" || a == u"-h") {
            *help = true;
            *message = usage();
            return std::nullopt;
        }
        if (a == u"--smoke")
            continue;
        if (a == u"--check") {
            o.check = true;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *message = QStringLiteral("bench_load: %1 needs a value (or is unknown)\n").arg(a) + usage();
            return std::nullopt;
        }
        const QString v = arguments[++i];
        const auto n = positiveInt(v);
        const auto d = positive(v);
        if (a == u"--phases") {
            o.phases = v.split(u',', Qt::SkipEmptyParts);
            for (const QString &p : std::as_const(o.phases)) {
                if (!kPhases.contains(p))
                    return fail(a, p);
            }
        } else if (a == u"--consoles" && n) {
            o.consoles = *n;
        } else if (a == u"--idle-seconds" && d) {
            o.idleSeconds = *d;
        } else if (a == u"--idle-minutes" && d) {
            o.idleSeconds = *d * 60.0;
        } else if (a == u"--ws-clients" && n) {
            o.wsClients = *n;
        } else if (a == u"--triggers" && n) {
            o.triggers = *n;
        } else if (a == u"--trigger-gap-ms" && n) {
            o.triggerGapMs = *n;
        } else if (a == u"--threads" && n) {
            o.threads = *n;
        } else if (a == u"--handshakes" && n) {
            o.handshakes = *n;
        } else if (a == u"--rest-rates") {
            const auto list = parseList<double>(v, positive);
            if (!list)
                return fail(a, v);
            o.restRates = *list;
        } else if (a == u"--rest-seconds" && d) {
            o.restSeconds = *d;
        } else if (a == u"--rest-connections" && n && *n <= 240) {
            o.restConnections = *n;
        } else if (a == u"--ramp") {
            const auto list = parseList<int>(v, positiveInt);
            if (!list)
                return fail(a, v);
            o.ramp = *list;
        } else if (a == u"--ramp-triggers" && n) {
            o.rampTriggers = *n;
        } else if (a == u"--fanout-limit-ms" && d) {
            o.fanoutLimitMs = *d;
        } else if (a == u"--ramp-stop-ms" && d) {
            o.rampStopMs = *d;
        } else if (a == u"--wrk-seconds" && d) {
            o.wrkSeconds = *d;
        } else if (a == u"--wrk-connections" && n) {
            o.wrkConnections = *n;
        } else if (a == u"--json") {
            o.jsonPath = v;
        } else if (a == u"--work-dir") {
            o.workDir = v;
        } else if (a == u"--max-minutes" && d) {
            o.maxMinutes = *d;
        } else {
            return fail(a, v);
        }
    }
    return o;
}

} // namespace et::bench
