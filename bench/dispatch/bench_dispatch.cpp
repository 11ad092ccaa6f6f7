// SPDX-License-Identifier: MIT
// What the exact truck-to-task assignment costs on one core (thread CPU time), and how it
// compares with a general LP solver on the same problem.
//
//   bench_dispatch [--rows 300] [--columns 1000] [--max-cost 1000] [--forbidden 0.03] [--seed 16] [--runs 21]
//                  [--no-glpsol]
//       RectangularAssignment on a seeded random instance (integer costs 1 to max-cost, a share
//       of the pairs forbidden), median and p95 over the runs; then GLPK's glpsol on the same instance
//       as an LP (written, run and read by tests/support/glpsolassignment.h), its CPU time for
//       reading and solving. Prints both optima and the ratio; exits 1 when the optima differ
//       or glpsol fails. --no-glpsol times RectangularAssignment alone (for sizes where the LP
//       would take minutes).
//   bench_dispatch --or-library FILE [--runs 21]
//       An OR-Library assignment instance (e.g. ../shared/data/reference/assign100.txt): the
//       optimal cost and the median and p95 time.
#include "benchtiming.h"
#include "domain/dispatch/rectangularassignment.h"
#include "glpsolassignment.h"
#include "orlibraryassignment.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

using namespace et::domain::dispatch;
using et::bench::medianAndP95;
using et::bench::threadCpuMs;

namespace {

struct Timed
{
    double cost = 0.0;
    double medianMs = 0.0;
    double p95Ms = 0.0;
};

/// Solves `costs` `runs` times; the cost of the (identical) solutions and the CPU time per solve.
Timed timeSolve(const CostMatrix &costs, int runs)
{
    std::vector<double> ms;
    Timed t;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        const auto s = RectangularAssignment::solve(costs);
        ms.push_back(threadCpuMs() - start);
        if (!s)
            qFatal("the assignment failed: %s", qPrintable(s.error().toString()));
        t.cost = s.value().cost;
    }
    std::tie(t.medianMs, t.p95Ms) = medianAndP95(ms);
    return t;
}

/// Trucks × tasks with integer costs in [1, maxCost]; each pair forbidden with probability `forbidden`.
CostMatrix randomInstance(qsizetype rows, qsizetype columns, int maxCost, double forbidden, quint32 seed)
{
    QRandomGenerator rng(seed);
    CostMatrix m(rows, columns);
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < columns; ++c)
            m.set(r, c, rng.generateDouble() < forbidden ? CostMatrix::kForbidden : double(rng.bounded(1, maxCost + 1)));
    return m;
}

int orLibrary(const QString &path, int runs)
{
    const auto costs = et::test::OrLibraryAssignment::read(path);
    if (!costs) {
        std::fprintf(stderr, "bench_dispatch: %s\n", qPrintable(costs.error().toString()));
        return 2;
    }
    const Timed t = timeSolve(costs.value(), runs);
    std::printf("%s: %lld × %lld, optimal cost %.17g\n", qPrintable(path), qlonglong(costs.value().rows()),
                qlonglong(costs.value().columns()), t.cost);
    std::printf("RectangularAssignment: median %.3f ms, p95 %.3f ms (%d runs, thread CPU time)\n", t.medianMs, t.p95Ms, runs);
    return 0;
}

int againstGlpsol(qsizetype rows, qsizetype columns, int maxCost, double forbidden, quint32 seed, int runs, bool withGlpsol)
{
    const CostMatrix costs = randomInstance(rows, columns, maxCost, forbidden, seed);
    std::printf("instance: %lld trucks × %lld tasks, integer costs 1–%d, %.1f %% of the pairs forbidden, seed %u\n",
                qlonglong(rows), qlonglong(columns), maxCost, forbidden * 100.0, seed);
    const Timed t = timeSolve(costs, runs);
    std::printf("RectangularAssignment: optimum %.17g, median %.3f ms, p95 %.3f ms (%d runs, thread CPU time)\n", t.cost,
                t.medianMs, t.p95Ms, runs);
    if (!withGlpsol)
        return 0;

    const auto glpsol = et::test::GlpsolAssignment::solve(costs, RectangularAssignment::Objective::Minimise);
    if (!glpsol || !glpsol.value().feasible) {
        std::fprintf(stderr, "bench_dispatch: glpsol: %s\n",
                     glpsol ? "found the LP infeasible" : qPrintable(glpsol.error().toString()));
        return 1;
    }
    const auto &g = glpsol.value();
    std::printf("glpsol (GLPK simplex, the same instance as an LP): optimum %.17g, %.1f ms CPU (reading + solving; "
                "%.1f ms wall, it reports %.1f s solving)\n",
                g.objective, g.cpuMs, g.wallMs, g.reportedSeconds);
    if (g.objective != t.cost) {
        std::fprintf(stderr, "bench_dispatch: the optima differ: %.17g vs glpsol %.17g\n", t.cost, g.objective);
        return 1;
    }
    std::printf("optima equal; RectangularAssignment is %.0f× faster than glpsol (goal ≥ 10×: %s)\n", g.cpuMs / t.medianMs,
                g.cpuMs >= 10.0 * t.medianMs ? "met" : "NOT met");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const auto number = [&](const char *name, double fallback) {
        bool ok = false;
        const double v = option(name).toDouble(&ok);
        return ok ? v : fallback;
    };
    const int runs = std::max(1, int(number("--runs", 21)));
    if (const QString file = option("--or-library"); !file.isEmpty())
        return orLibrary(file, runs);
    return againstGlpsol(qsizetype(number("--rows", 300)), qsizetype(number("--columns", 1000)),
                         std::max(1, int(number("--max-cost", 1000))), number("--forbidden", 0.03), quint32(number("--seed", 16)), runs,
                         !args.contains(QStringLiteral("--no-glpsol")));
}
