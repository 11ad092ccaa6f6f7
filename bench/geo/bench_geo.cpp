// SPDX-License-Identifier: MIT
// Speed of the map's geo math over 100,000 points spread over Jeju (fixed seed): building the
// spatial index, hit testing (nearest within a few pixels, as a click does), a rubber-band query,
// truck moves, and clustering at several zoom levels. Prints median and p95 of repeated runs.
//
//   bench_geo [--points N] [--runs R]
#include "domain/geo/markerclusterer.h"
#include "domain/geo/spatialindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace et::domain::geo;

namespace {

QPointF randomPoint(QRandomGenerator &rng)
{
    return {0.8504 + rng.generateDouble() * 0.0023, 0.4008 + rng.generateDouble() * 0.0017};
}

/// Runs `work` `runs` times, each time timing `batch` calls, and prints per-call median and p95.
void measure(QTextStream &out, const char *name, int runs, int batch, const std::function<void(int)> &work)
{
    std::vector<double> ms;
    ms.reserve(std::size_t(runs));
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        for (int b = 0; b < batch; ++b)
            work(r * batch + b);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6 / batch);
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms[ms.size() / 2];
    const double p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(0) << " median " << median
        << " ms   p95 " << p95 << " ms   (" << runs << " runs × " << batch << ")\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int n = 100000, runs = 30;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--points"))
            n = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QTextStream out(stdout);
    if (n <= 0 || runs <= 0) {
        QTextStream(stderr) << "usage: bench_geo [--points N>0] [--runs R>0]\n";
        return 2;
    }
    out << "points " << n << "\n";

    QRandomGenerator rng(1);
    QList<QPointF> points;
    QStringList kinds;
    const QStringList names{QStringLiteral("truck"), QStringLiteral("solar"), QStringLiteral("wind"),
                            QStringLiteral("center")};
    for (int i = 0; i < n; ++i) {
        points.append(randomPoint(rng));
        kinds.append(names[i % names.size()]);
    }
    std::vector<QPointF> queries;
    for (int i = 0; i < 100000; ++i)
        queries.push_back(randomPoint(rng));

    SpatialIndex index;
    measure(out, "index rebuild", runs, 1, [&](int) { index.rebuild(points); });

    // A click: nearest marker within 8 px at zoom 14 (8 / (256·2^14) world units).
    const double clickRadius = 8.0 / (256.0 * 16384.0);
    long long sink = 0;
    measure(out, "hit test nearest(8 px @ z14)", runs, 1000,
            [&](int i) { sink += index.nearest(queries[std::size_t(i) % queries.size()], clickRadius); });
    measure(out, "hit test nearest(8 px @ z10)", runs, 1000, [&](int i) {
        sink += index.nearest(queries[std::size_t(i) % queries.size()], clickRadius * 16.0);
    });
    // A rubber band of 200×200 px at zoom 14.
    const double band = 200.0 / (256.0 * 16384.0);
    measure(out, "within(200×200 px @ z14)", runs, 100, [&](int i) {
        sink += index.within(QRectF(queries[std::size_t(i) % queries.size()], QSizeF(band, band))).size();
    });
    // 1,000 trucks each move a few metres.
    measure(out, "move 1,000 points", runs, 1, [&](int r) {
        for (int k = 0; k < 1000; ++k) {
            const int id = (k * 97 + r) % n;
            points[id] += QPointF(((k % 3) - 1) * 1e-7, ((k % 5) - 2) * 1e-7);
            index.move(id, points[id]);
        }
    });

    for (double zoom : {8.0, 10.0, 12.0, 14.0, 16.0}) {
        int clusters = 0;
        const QByteArray label = QStringLiteral("cluster z%1 (with kinds)").arg(zoom).toUtf8();
        measure(out, label.constData(), runs, 1,
                [&](int) { clusters = int(MarkerClusterer::cluster(points, kinds, zoom).size()); });
        out << "    → " << clusters << " clusters\n";
    }
    for (double zoom : {12.0, 16.0}) {
        const QByteArray label = QStringLiteral("cluster z%1 (no kinds)").arg(zoom).toUtf8();
        measure(out, label.constData(), runs, 1,
                [&](int) { sink += MarkerClusterer::cluster(points, {}, zoom).size(); });
    }
    out << "checksum " << sink << "\n";
    return 0;
}
