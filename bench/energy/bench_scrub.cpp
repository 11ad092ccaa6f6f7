// SPDX-License-Identifier: MIT
// What one step of the Energy view's time slider costs, end to end: a real SQLite cache with
// seven simulated days of 1-minute history (10,080 minutes) for 100 assets — Jeju's 40 of
// resources/data/jeju-assets.json and 60 more solar and wind sites — and the 3 HVDC links, the
// console's own models over it (ConsoleController without a sync engine, as --offline makes it) and
// a 1440×900 window of the console's Energy view: the real EnergyPanel (KPI tiles, forecast card,
// the Qt Charts chart of the last and next 24 h, HVDC meters, asset list, time slider) beside a
// JejuMap with the asset markers (output rings) and grid flows. One step is: move Console.time,
// wait for the window of history around the instant when it must be read (HistoryReader, off the
// GUI thread), the models and the chart's series updating, and the window's next frame swapped.
// Three patterns: "minute steps" (arrow keys, play at 1×–600×), "drag" (one slider pixel of the
// console's ~215 px track: 47 minutes, back and forth over the week; the chart turns a page about
// every 20 pixels) and "jumps" (a click anywhere on the track: mostly a new page of the chart).
// The week is read once, in the warm-up (models::HistoryWindow keeps it), so the steps read none.
// Printed: median and 95th percentile of the whole step, of its models part (read wait included)
// and of its frame, and how many reads the pattern needed; and, to tell the map's own frame from
// what scrubbing adds, "frame only": the same frame with nothing changed. The goal is a p95 under
// 16 ms. The scene graph is the one the console picks (app::RendererChoice, "auto"): under
// xvfb-run, whose OpenGL is Mesa's llvmpipe, that is Qt Quick's software scene graph;
// ET_BENCH_RENDERER=opengl measures llvmpipe instead, for comparison.
// Run:  xvfb-run -a -s "-screen 0 1920x1080x24" build/bin/bench_scrub [steps per pattern]
//       QT_QPA_PLATFORM=offscreen build/bin/bench_scrub [steps]      (software renderer)
#include "appearance.h"
#include "benchrenderer.h"
#include "consolecontroller.h"
#include "frametimer.h"
#include "jejumap.h"
#include "mappacksettings.h"
#include "windowloader.h"

#include "client/store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <functional>


using namespace et;

namespace {
const QDateTime kStart(QDate(2026, 8, 7), QTime(15, 0), Qt::UTC); // 2026-08-08 00:00 KST
constexpr int kDays = 7;
constexpr int kAssets = 100;

/// The 40 bundled assets and 60 more sites, all online; the balance whose links they terminate.
domain::Status writeEntities(client::Store &store, QList<domain::Asset> &assets, domain::EnergyBalance &balance)
{
    QFile file(QStringLiteral(ET_SOURCE_DIR "/resources/data/jeju-assets.json"));
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error{file.fileName(), file.errorString()};
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    const QString now = domain::toIsoUtc(kStart.addDays(kDays));
    QList<domain::Change> changes;
    auto add = [&](QJsonObject json) -> domain::Status {
        json[QStringLiteral("output_mw")] = 0.0;
        json[QStringLiteral("status")] = QStringLiteral("online");
        json[QStringLiteral("updated_at")] = now;
        auto asset = domain::Asset::fromJson(json);
        if (!asset.ok())
            return asset.error();
        assets << asset.value();
        changes << domain::Change{qint64(changes.size() + 1), domain::EntityKind::Asset, domain::ChangeOp::Upsert, asset.value().id,
                                  asset.value().toJson()};
        return domain::Ok{};
    };
    for (const QJsonValue v : data.value(QStringLiteral("assets")).toArray()) {
        if (auto s = add(v.toObject()); !s.ok())
            return s;
    }
    QRandomGenerator rng(11);
    for (int i = int(assets.size()); i < kAssets; ++i) {
        const bool wind = i % 3 == 0;
        if (auto s = add({{QStringLiteral("id"), QStringLiteral("site-%1").arg(i)}, {QStringLiteral("kind"), wind ? "wind" : "solar"},
                          {QStringLiteral("name"), QStringLiteral("현장 %1").arg(i)}, {QStringLiteral("name_en"), QStringLiteral("Site %1").arg(i)},
                          {QStringLiteral("lat"), 33.28 + rng.generateDouble() * 0.2}, {QStringLiteral("lon"), 126.25 + rng.generateDouble() * 0.6},
                          {QStringLiteral("capacity_mw"), wind ? 20.0 : 5.0}, {QStringLiteral("approximate"), true},
                          {QStringLiteral("region"), QStringLiteral("제주")}});
            !s.ok())
            return s;
    }
    balance.timestamp = kStart.addDays(kDays).addSecs(-60);
    balance.demandMw = 700;
    for (const QJsonValue v : data.value(QStringLiteral("hvdc_links")).toArray()) {
        const QJsonObject l = v.toObject();
        balance.hvdcLinks << domain::HvdcLinkFlow{l.value(QStringLiteral("id")).toString(), l.value(QStringLiteral("name")).toString(),
                                                  l.value(QStringLiteral("mainland_terminal")).toString(),
                                                  l.value(QStringLiteral("jeju_terminal_asset_id")).toString(),
                                                  l.value(QStringLiteral("capacity_mw")).toDouble(), 50.0,
                                                  l.value(QStringLiteral("reversible")).toBool()};
    }
    changes << domain::Change{qint64(changes.size() + 1), domain::EntityKind::Balance, domain::ChangeOp::Upsert, QStringLiteral("current"),
                              balance.toJson()};
    return store.applyChanges(changes, changes.size());
}

/// Seven days of minutes in the 240-minute pages the sync engine writes; every value moves each
/// minute, so every step changes every asset's output (and ring) and every flow.
domain::Status writeHistory(client::Store &store, const QList<domain::Asset> &assets, const domain::EnergyBalance &balance)
{
    domain::EnergyHistoryColumns columns = domain::EnergyHistoryColumns::of(balance, assets);
    for (int page = 0; page < kDays * 6; ++page) {
        domain::EnergyHistoryPage p;
        p.from = kStart.addSecs(qint64(page) * 240 * 60);
        p.to = p.from.addSecs(240 * 60);
        p.columns = columns;
        for (int m = 0; m < 240; ++m) {
            const int minute = page * 240 + m;
            const double day = std::sin(minute * 2 * M_PI / 1440.0);
            domain::EnergyHistoryPoint point;
            point.timestamp = p.from.addSecs(m * 60);
            point.demandMw = std::round((650 + 120 * day) * 100) / 100;
            point.thermalMw = 238;
            point.windMw = std::round((150 + 60 * std::sin(minute * 0.011)) * 100) / 100;
            point.solarMw = std::round(std::max(0.0, 320 * day) * 100) / 100;
            point.smpKrwPerKwh = std::round((90 - 70 * day) * 100) / 100;
            for (int l = 0; l < balance.hvdcLinks.size(); ++l)
                point.hvdcFlowMw << std::round((40 + 30 * std::sin(minute * 0.003 + l)) * 100) / 100;
            for (int a = 0; a < assets.size(); ++a)
                point.assetOutputMw << std::round(assets[a].capacityMw * (0.5 + 0.5 * std::sin(minute * 0.02 + a)) * 100) / 100;
            p.points << point;
        }
        if (auto s = store.appendHistory(p); !s.ok())
            return s;
    }
    return domain::Ok{};
}

struct Pattern
{
    QList<double> total, models, frame;
    quint64 reads = 0;
};

/// Times one step to `target`: the scrub, the read when the window must be fetched, the models
/// and the chart's series (both on the GUI thread, in the signals of the scrub), and the window's
/// frame — panel, chart and map — until its swap.
class Stepper
{
public:
    Stepper(QQuickWindow *window, models::ConsoleController &console) : m_window(window), m_console(console)
    {
        QObject::connect(window, &QQuickWindow::frameSwapped, window, [this] {
            QMutexLocker lock(&m_mutex);
            ++m_swaps;
        }, Qt::DirectConnection);
        QObject::connect(window, &QQuickWindow::frameSwapped, &m_wake, &QEventLoop::quit, Qt::QueuedConnection);
        QObject::connect(console.energy(), &models::EnergyInstant::loadingChanged, &m_wake, &QEventLoop::quit);
        m_guard.setInterval(100);
        QObject::connect(&m_guard, &QTimer::timeout, &m_wake, &QEventLoop::quit);
        m_guard.start();
    }

    void step(const QDateTime &target, Pattern &into)
    {
        const quint64 reads = m_console.energy()->readsRequested();
        const quint64 swapsBefore = swaps();
        QElapsedTimer clock;
        clock.start();
        m_console.time()->scrubTo(target);
        while (m_console.energy()->loading())
            m_wake.exec(); // asleep until the reader answers, as the console's GUI thread is
        const double models = double(clock.nsecsElapsed()) / 1e6;
        m_window->update();
        while (swaps() == swapsBefore)
            m_wake.exec();
        const double total = double(clock.nsecsElapsed()) / 1e6;
        into.total << total;
        into.models << models;
        into.frame << total - models;
        into.reads += m_console.energy()->readsRequested() - reads;
    }

private:
    quint64 swaps()
    {
        QMutexLocker lock(&m_mutex);
        return m_swaps;
    }

    QQuickWindow *m_window;
    models::ConsoleController &m_console;
    QEventLoop m_wake;
    QTimer m_guard;
    QMutex m_mutex;
    quint64 m_swaps = 0;
};

void report(const char *what, Pattern p)
{
    const auto [total50, total95] = bench::medianAndP95(p.total);
    const auto [models50, models95] = bench::medianAndP95(p.models);
    const auto [frame50, frame95] = bench::medianAndP95(p.frame);
    std::printf("%-14s %4lld steps: step p50 %6.2f ms  p95 %6.2f ms | models (read wait incl.) p50 %6.2f  p95 %6.2f | frame p50 %6.2f  p95 %6.2f | %llu reads\n",
                what, static_cast<long long>(p.total.size()), total50, total95, models50, models95, frame50, frame95,
                static_cast<unsigned long long>(p.reads));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // Qt Charts draws with Qt Widgets' graphics scene
    QLoggingCategory::setFilterRules(QStringLiteral("et.*.info=false\net.*.debug=false"));
    const int steps = argc > 1 ? std::max(20, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    const std::optional<QString> renderer = bench::applyConsoleRenderer();
    if (!renderer)
        return 2;
    QTemporaryDir dir;
    client::Store store;
    QList<domain::Asset> assets;
    domain::EnergyBalance balance;
    QElapsedTimer filling;
    filling.start();
    for (const domain::Status &s : {store.open(dir.filePath(QStringLiteral("cache.sqlite"))), writeEntities(store, assets, balance),
                                     writeHistory(store, assets, balance)}) {
        if (!s.ok()) {
            std::fprintf(stderr, "making the cache failed: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
    }
    std::printf("cache: %lld minutes of %lld assets and %lld links in %s (%.1f MB), written in %.1f s\n",
                static_cast<long long>(store.historyMinutes()), static_cast<long long>(assets.size()),
                static_cast<long long>(balance.hvdcLinks.size()), qPrintable(store.filePath()),
                double(QFileInfo(store.filePath()).size()) / 1e6, double(filling.elapsed()) / 1e3);

    models::ConsoleController console(&store, nullptr);
    models::Appearance appearance(nullptr);
    QTemporaryDir config;
    app::MapPackSettings mapPack(QString(), QString(), config.path());
    auto engine = app::makeWindowEngine({.appearance = &appearance, .console = &console, .mapPack = &mapPack});
    // The console's Energy view in a 1440×900 window: its 420-px panel (laid out as Main.qml lays
    // it: a layout inside a row would take half the width) and the map beside it.
    engine->loadData("import QtQuick\nimport QtQuick.Window\nimport QtQuick.Layouts\n"
                     "import EnergyTruck.Models\nimport EnergyTruck.Console\nimport EnergyTruck.Map\n"
                     "Window { width: 1440; height: 900; visible: true; color: Theme.sea\n"
                     "  RowLayout { anchors.fill: parent; spacing: 0\n"
                     "    Item { Layout.preferredWidth: Theme.panelWidth; Layout.fillHeight: true\n"
                     "      EnergyPanel { anchors.fill: parent; anchors.margins: Theme.spacingL } }\n"
                     "    JejuMap { objectName: \"map\"; Layout.fillWidth: true; Layout.fillHeight: true; drawSea: false;\n"
                     "      flowAnimation: false; markers: Console.assets; flows: Console.gridFlows;\n"
                     "      landColor: Theme.land; Component.onCompleted: fitJeju() } } }");
    auto *window = engine->rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine->rootObjects().constLast());
    if (!window) {
        std::fprintf(stderr, "the Energy view did not load\n");
        return 1;
    }
    auto *map = window->findChild<map::JejuMap *>(QStringLiteral("map"));
    QElapsedTimer wait;
    wait.start();
    const auto ready = [&] {
        return map->isLoaded() && console.time()->earliest() == kStart && !console.historyChart()->reading()
               && console.energyChart()->hasHistory();
    };
    while (!ready() && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!ready()) {
        std::fprintf(stderr, "the history's range, the chart's week or the map never arrived\n");
        return 1;
    }
    std::printf("platform %s, %s, %d assets on the map, %d flows\n", qPrintable(QGuiApplication::platformName()),
                qPrintable(*renderer), console.assets()->rowCount(), console.gridFlows()->rowCount());

    auto *chart = window->findChild<QQuickItem *>(QStringLiteral("energyChart"));
    auto *feeder = chart ? chart->property("feeder").value<QObject *>() : nullptr;
    std::printf("chart: %d pixel columns\n", feeder ? feeder->property("columns").toInt() : -1);

    Stepper stepper(window, console);
    const QDateTime newest = store.newestHistoryMinute();
    Pattern warmUp, minutes, drag, jumps;
    // Every look of every ring enters the atlas once; the first reads open the reader's file.
    for (int i = 0; i < 40; ++i)
        stepper.step(kStart.addSecs(qint64(i) * 4 * 3600 + 1800), warmUp);
    QDateTime t = newest.addDays(-3);
    for (int i = 0; i < steps; ++i) {
        t = t.addSecs(i % 50 < 40 ? 60 : -60);
        stepper.step(t, minutes);
    }
    const qint64 pixel = 7 * 86400 / 215 / 60 * 60; // one pixel of the console's slider, in whole minutes
    t = kStart.addSecs(3600);
    int direction = 1;
    for (int i = 0; i < steps; ++i) {
        if (t.addSecs(direction * pixel) > newest || t.addSecs(direction * pixel) < kStart)
            direction = -direction;
        t = t.addSecs(direction * pixel);
        stepper.step(t, drag);
    }
    QRandomGenerator rng(5);
    for (int i = 0; i < steps; ++i)
        stepper.step(kStart.addSecs(qint64(rng.bounded(kDays * 1440 - 1)) * 60 + 30), jumps);
    // The instant stays: no read, no model change, only the map's frame.
    Pattern still;
    for (int i = 0; i < steps; ++i)
        stepper.step(console.time()->instant(), still);
    report("frame only", still);
    report("minute steps", minutes);
    report("drag", drag);
    report("jumps", jumps);
    Pattern all;
    for (const Pattern *p : {&minutes, &drag, &jumps}) {
        all.total += p->total;
        all.models += p->models;
        all.frame += p->frame;
        all.reads += p->reads;
    }
    report("all steps", all);
    return 0;
}
