// SPDX-License-Identifier: MIT
// The console's time slider reads the cached energy history on the GUI thread at every scrub step,
// and the sync engine appends pages to it there: this times both on a real cache file holding
// seven simulated days (10,080 minutes) with Jeju's 40 assets and 3 HVDC links — appending them
// in the 240-minute pages the console asks for, parsing and checking such a page (and a full
// 1,440-point one) from JSON, then reading the whole week, a day, an hour and the single minute
// under the slider, and folding the week into hours as a chart would.
// Run: bench_historyreads [rounds]
#include "client/store.h"
#include "domain/energyhistoryaggregator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace et;

namespace {
const QDateTime kStart(QDate(2024, 4, 12), QTime(15, 0), Qt::UTC);

/// One day of plausible minutes in hundredths, as the server sends them.
domain::EnergyHistoryPage day(int index)
{
    domain::EnergyHistoryPage page;
    page.from = kStart.addDays(index);
    page.to = page.from.addDays(1);
    for (int i = 0; i < 3; ++i)
        page.columns.hvdcLinkIds << QStringLiteral("hvdc-%1").arg(i + 1);
    for (int i = 0; i < 40; ++i)
        page.columns.assetIds << QStringLiteral("asset-%1").arg(i, 2, 10, QLatin1Char('0'));
    for (int m = 0; m < 1440; ++m) {
        domain::EnergyHistoryPoint p;
        p.timestamp = page.from.addSecs(60 * m);
        const double wave = std::sin(m * 0.0043 + index);
        p.demandMw = std::round((700 + 150 * wave) * 100) / 100;
        p.thermalMw = 238;
        p.windMw = std::round((120 + 40 * wave) * 100) / 100;
        p.solarMw = std::round(std::max(0.0, 300 * wave) * 100) / 100;
        p.curtailmentMw = wave > 0.9 ? 12.5 : 0;
        p.smpKrwPerKwh = std::round((90 - 80 * wave) * 100) / 100;
        for (int i = 0; i < 3; ++i)
            p.hvdcFlowMw << std::round((50 + 10 * i * wave) * 100) / 100;
        for (int i = 0; i < 40; ++i)
            p.assetOutputMw << std::round((i - 20 + 5 * wave) * 100) / 100;
        page.points << p;
    }
    return page;
}

/// Wall-clock and CPU milliseconds of each round: on a shared machine the wall time includes
/// waiting for a core, the CPU time is what the work itself costs.
struct Timings
{
    QList<double> wall;
    QList<double> cpu;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char *what, Timings t, qsizetype points)
{
    std::sort(t.wall.begin(), t.wall.end());
    std::printf("%-34s %6lld points: median %8.3f ms (CPU %8.3f ms), p95 %8.3f ms, max %8.3f ms\n", what, static_cast<long long>(points),
                median(t.wall), median(t.cpu), t.wall[qsizetype(t.wall.size() * 0.95)], t.wall.last());
}

Timings time(int rounds, const std::function<void()> &work)
{
    Timings out;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        work();
        out.wall << double(t.nsecsElapsed()) / 1e6;
        out.cpu << threadCpuMs() - cpu;
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.info=false\net.*.debug=false"));
    const int rounds = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    QTemporaryDir dir;
    client::Store store;
    if (const auto opened = store.open(dir.filePath(QStringLiteral("cache.sqlite"))); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    QList<domain::EnergyHistoryPage> days, pages;
    for (int d = 0; d < 7; ++d) {
        days << day(d);
        for (int part = 0; part < 6; ++part) {
            domain::EnergyHistoryPage page = days.last();
            page.from = page.from.addSecs(part * 240 * 60);
            page.to = page.from.addSecs(240 * 60);
            page.points = page.points.mid(part * 240, 240);
            pages << page;
        }
    }
    int next = 0;
    bool appended = true;
    const Timings append = time(int(pages.size()), [&] { appended = appended && store.appendHistory(pages[next++]).ok(); });
    if (!appended) {
        std::fprintf(stderr, "appending failed\n");
        return 1;
    }
    report("append a 240-minute page", append, 240);
    // What the GUI thread does with each answer before appending it: parse it, check it.
    for (const auto *page : {&pages.first(), &days.first()}) {
        const QByteArray text = QJsonDocument(page->toJson()).toJson(QJsonDocument::Compact);
        bool decoded = true;
        const Timings decode = time(rounds, [&] {
            const auto parsed = domain::parseJsonObject(text);
            decoded = decoded && parsed.ok() && domain::EnergyHistoryPage::fromJson(parsed.value()).ok();
        });
        if (!decoded) {
            std::fprintf(stderr, "decoding failed\n");
            return 1;
        }
        report(qPrintable(QStringLiteral("decode a page (%1 KiB of JSON)").arg(text.size() / 1024)), decode, page->points.size());
    }
    const QDateTime end = kStart.addDays(7);
    qsizetype n = 0;
    // Each timing runs before its line is printed with the points it counted.
    auto read = [&](const char *what, const QDateTime &from, const QDateTime &to, int times) {
        const Timings ms = time(times, [&] { n = store.history(from, to).value().points.size(); });
        report(what, ms, n);
    };
    read("read 7 days", kStart, end, rounds);
    read("read 24 hours", end.addDays(-1), end, rounds);
    read("read 1 hour", end.addSecs(-3600), end, rounds);
    int step = 0;
    const Timings scrub = time(rounds * 20, [&] {
        const QDateTime t = kStart.addSecs(60 * ((step++ * 997) % 10080));
        n = store.history(t, t.addSecs(60)).value().points.size();
    });
    report("read the minute under the slider", scrub, n);
    const auto week = store.history(kStart, end).value();
    const Timings fold = time(rounds, [&] { n = domain::EnergyHistoryAggregator::aggregate(week.points, domain::HistoryStep::Hour).size(); });
    report("fold 7 days into hours", fold, n);
    return 0;
}
