// SPDX-License-Identifier: MIT
// The center search over 100,000 synthetic centers (issue 19: one query — radius + text +
// open-now + rank, top 20 — has a p95 under 5 ms).
//
//   build/bin/bench_centersearch [centers] [queries]
//
// The centers are the published national standard data's rows (the shared CSV) copied with new
// names and ids to random places, in two caches: "national", spread over Korea with Jeju at its
// share of the land (1.8 %: about 1,800 on the island, 230 within 10 km of a point), and "dense",
// a tenth of them on Jeju (10,000 on the island, 1,300 within 10 km) — 350 and 3,500 times the
// real density. They are written into a real cache (client::Store, on disk in a temporary
// folder) through the same path sync uses; each query then runs
// client::CenterSearch from a random origin on Jeju with a needs profile, timed whole (SQL, open-
// now, ranking and reading the 20 shown rows). For comparison it also times the way without the
// indexes: every cached center decoded and CenterRanking::rank over them (a few runs only).
#include "client/centersearch.h"
#include "client/store.h"
#include "domain/centercsvimporter.h"
#include "domain/change.h"
#include "jejudata/bundledcenterneeds.h"
#include "jejudata/bundledholidays.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace et;

namespace {

struct Stats
{
    double p50, p95, max;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    return {at(0.50), at(0.95), ms.last()};
}

bool fillCache(client::Store &store, const QList<domain::Center> &templates, int count, double jejuShare, QRandomGenerator &rng)
{
    constexpr int kBatch = 5000;
    for (int start = 0; start < count; start += kBatch) {
        QList<domain::Change> changes;
        for (int i = start; i < std::min(count, start + kBatch); ++i) {
            domain::Center c = templates.at(int(rng.bounded(qint64(templates.size()))));
            c.id = QStringLiteral("syn-%1").arg(i);
            c.name = QStringLiteral("%1 %2").arg(c.name).arg(i);
            const bool jeju = rng.generateDouble() < jejuShare;
            c.lat = jeju ? 33.22 + rng.generateDouble() * 0.32 : 34.6 + rng.generateDouble() * 3.6;
            c.lon = jeju ? 126.18 + rng.generateDouble() * 0.75 : 126.4 + rng.generateDouble() * 2.9;
            changes << domain::Change{i + 1, domain::EntityKind::Center, domain::ChangeOp::Upsert, c.id, c.toJson()};
        }
        if (!store.applyChanges(changes, changes.last().cursor).ok())
            return false;
    }
    return true;
}

bool runQueries(const client::Store &store, const client::CenterSearch &search, const domain::centers::OpenNow &openNow,
                int queries, QRandomGenerator &rng)
{
    const QHash<QString, double> needs{{QStringLiteral("mood"), 0.7}, {QStringLiteral("sleep"), 0.4}, {QStringLiteral("addiction"), 0.2}};
    const QDateTime weekday = QDateTime::fromString(QStringLiteral("2026-09-23T10:30:00+09:00"), Qt::ISODate);

    struct Case
    {
        const char *name;
        QString text;
        double radiusKm;
        bool openNowOnly;
    };
    // Within a radius the position index drives and the text is a substring test in SQLite on
    // the rows in the box; with any distance the FTS5 trigram index drives.
    const QList<Case> cases{{"5 km + \"정신건강\" + open now", QStringLiteral("정신건강"), 5.0, true},
                            {"10 km + \"중독\" (two syllables) + open now", QStringLiteral("중독"), 10.0, true},
                            {"10 km + \"건강 상담\" (two words) + open now", QStringLiteral("건강 상담"), 10.0, true},
                            {"10 km, no text, every state", QString(), 10.0, false},
                            {"any distance + \"자살예방\" (trigram index) + open now", QStringLiteral("자살예방"), 0.0, true}};
    std::printf("  %d queries each, origins at random on Jeju, a needs profile, top 20:\n", queries);
    for (const Case &k : cases) {
        QList<double> ms;
        qsizetype shown = 0;
        for (int q = 0; q < queries; ++q) {
            client::CenterQuery query;
            query.text = k.text;
            query.origin = std::make_pair(33.25 + rng.generateDouble() * 0.25, 126.25 + rng.generateDouble() * 0.6);
            query.radiusKm = k.radiusKm;
            query.openNowOnly = k.openNowOnly;
            query.needs = needs;
            query.limit = 20;
            query.now = weekday;
            QElapsedTimer t;
            t.start();
            const auto found = search.run(store, query);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!found.ok())
                return false;
            shown += found.value().size();
        }
        const Stats s = stats(ms);
        std::printf("  %-64s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%.1f rows shown)\n", k.name, s.p50, s.p95, s.max,
                    double(shown) / queries);
    }

    // The baseline: no index, every center decoded and ranked.
    QList<double> ms;
    for (int q = 0; q < 5; ++q) {
        QElapsedTimer t;
        t.start();
        const QList<domain::Center> all = store.centers();
        QList<domain::Center> matching;
        for (const domain::Center &c : all) {
            if (c.name.contains(QStringLiteral("정신건강")) || c.services.contains(QStringLiteral("정신건강")))
                matching << c;
        }
        const auto ranked = domain::centers::CenterRanking::rank(matching, 33.45, 126.55, 5.0, needs, {}, openNow,
                                                                 jejudata::BundledCenterNeeds::rules().value(), weekday);
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!ranked.ok())
            return false;
    }
    const Stats b = stats(ms);
    std::printf("  baseline: every center decoded and ranked (5 runs)             p50 %7.1f ms  max %7.1f ms\n", b.p50, b.max);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1000, atoi(argv[1])) : 100000;
    const int queries = argc > 2 ? std::max(10, atoi(argv[2])) : 300;
    QRandomGenerator rng(19); // the same centers and queries on every run

    QFile csv(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    if (!csv.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(csv.fileName()));
        return 1;
    }
    const auto imported = domain::CenterCsvImporter::import(csv.readAll());
    if (!imported.ok() || !jejudata::BundledHolidays::calendar().ok() || !jejudata::BundledCenterNeeds::rules().ok()) {
        std::fprintf(stderr, "the published data or the bundled rules do not read\n");
        return 1;
    }
    const QList<domain::Center> templates = imported.value().centers;

    const domain::centers::OpenNow openNow(jejudata::BundledHolidays::calendar().value());
    const client::CenterSearch search(openNow, jejudata::BundledCenterNeeds::rules().value());
    for (const auto &[label, jejuShare] : {std::pair{"national", 0.018}, std::pair{"dense", 0.10}}) {
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("ET_BENCH_KEEP"));
        client::Store store;
        if (!store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok())
            return 1;
        QElapsedTimer fill;
        fill.start();
        if (!fillCache(store, templates, count, jejuShare, rng))
            return 1;
        std::printf("%s: %d synthetic centers (%.1f %% on Jeju) cached in %.1f s\n", label, count, jejuShare * 100,
                    double(fill.elapsed()) / 1000.0);
        if (!runQueries(store, search, openNow, queries, rng))
            return 1;
    }
    return 0;
}
