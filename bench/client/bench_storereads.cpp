// SPDX-License-Identifier: MIT
// The models read the offline cache on the GUI thread (docs/architecture.md says why). This times
// what one refresh of the Dispatch view reads — assets, trucks, orders with their optimistic
// effects, the outbox — from a real cache file, so the claim "well under a frame" stays measured.
// Run: bench_storereads CACHE.sqlite [rounds]   (e.g. a console's or the CLI's data-dir/cache.sqlite)
#include "client/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_storereads CACHE.sqlite [rounds]\n");
        return 2;
    }
    const int rounds = argc > 2 ? std::max(10, QString::fromLocal8Bit(argv[2]).toInt()) : 200;
    et::client::Store store;
    if (const auto opened = store.open(QString::fromLocal8Bit(argv[1])); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    QList<double> ms;
    qsizetype rows = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        rows = store.assets().size() + store.trucks().size() + store.orders().size() + store.outbox().size();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%lld rows (assets, trucks, orders, outbox) per read, %d reads: median %.3f ms, p95 %.3f ms, max %.3f ms\n",
                static_cast<long long>(rows), rounds, ms[ms.size() / 2], ms[qsizetype(ms.size() * 0.95)], ms.last());
    return 0;
}
