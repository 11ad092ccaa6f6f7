// SPDX-License-Identifier: MIT
// An alarm flood in the real console: the real Main.qml (Energy view, the alarm bar on top, the
// alarm list open) over a copy of a real console cache, while 1,000 alarms arrive over a minute
// (--alarms, --seconds) the way the sync engine delivers them — one change applied to the real
// Store at a time, on the GUI thread (pessimistic: the models then read the cache on it) — 20
// incidents with their assets, facilities and trucks under them. A small animation keeps frames
// coming. A frame's cost is the GUI thread's work on the alarms that arrived since the last
// frame plus that frame from the end of animating to the end of its swap (polish, sync, render).
// Goal (issue 18): p95 under 16 ms, and the bar groups the flood into one banner. A baseline of
// ten seconds with no alarm comes first: on a machine without a GPU (llvmpipe), the window's
// frames cost about that much on their own.
//
//   bench/hazard/run.sh                          (makes the cache with the real server and CLI)
//   xvfb-run -a -s "-screen 0 1440x900x24" build/bin/bench_alarmflood CACHE.sqlite [alarms] [seconds]
#include "consolewindow.h"

#include "domain/alarm/alarm.h"
#include "domain/change.h"

#include <QApplication>
#include <QQmlComponent>
#include <QQuickItem>

using et::bench::ConsoleWindow;
using namespace et::domain::alarm;

namespace {

constexpr int kIncidents = 20;

Alarm alarmNumber(int i, const QDateTime &at)
{
    Alarm a;
    const int incident = i % kIncidents;
    const QString parent = QStringLiteral("dis-flood-%1").arg(incident);
    if (i < kIncidents) {
        a.id = QStringLiteral("disaster:") + parent;
        a.source = Source::Disaster;
        a.priority = Priority::Urgent;
        a.subjectId = parent;
        a.subjectName = QStringLiteral("침수 %1").arg(incident + 1);
    } else {
        const Source sources[] = {Source::AssetDamage, Source::FacilityBackup, Source::TruckReserve};
        a.source = sources[i % 3];
        a.priority = i % 5 == 0 ? Priority::High : Priority::Medium;
        a.subjectId = QStringLiteral("site-%1").arg(i);
        a.subjectName = QStringLiteral("변전소 %1").arg(i);
        a.id = QStringLiteral("asset:%1:%2").arg(parent, a.subjectId);
        a.parentId = parent;
    }
    a.state = State::UnacknowledgedActive;
    a.message = QStringLiteral("bench alarm %1").arg(i);
    a.raisedAt = at;
    a.updatedAt = at;
    a.note(at, QStringLiteral("raised"), {}, toString(a.priority));
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // Qt Charts (the Energy view) needs the widgets application
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_alarmflood CACHE.sqlite [alarms] [seconds]\n");
        return 2;
    }
    const int alarms = argc > 2 ? std::max(kIncidents, QString::fromLocal8Bit(argv[2]).toInt()) : 1000;
    const double seconds = argc > 3 ? std::max(1.0, QString::fromLocal8Bit(argv[3]).toDouble()) : 60.0;
    ConsoleWindow w;
    if (!w.open(QString::fromLocal8Bit(argv[1]), QStringLiteral("energy")))
        return 1;
    et::models::AlarmListModel &list = *w.console().alarms();
    list.setListOpen(true);

    // Something always moving, so frames keep coming whether or not an alarm changed the screen.
    QQmlComponent spinner(w.engine());
    spinner.setData("import QtQuick\nRectangle { x: 2; y: 2; width: 6; height: 6; color: \"#888\"\n"
                    "RotationAnimation on rotation { loops: Animation.Infinite; from: 0; to: 360; duration: 1000 } }",
                    QUrl());
    std::unique_ptr<QObject> spinning(spinner.create());
    if (auto *item = qobject_cast<QQuickItem *>(spinning.get()))
        item->setParentItem(w.window()->contentItem());

    QMutex mutex;
    QElapsedTimer clock;
    clock.start();
    qint64 frameStart = -1;
    double arrivalMs = 0.0;     // GUI work on alarms since the last frame began
    double frameArrivalMs = 0.0; // that work, for the frame under way
    bool measuring = false;
    QList<double> frames, arrivals;
    QObject::connect(w.window(), &QQuickWindow::afterAnimating, w.window(), [&] {
        QMutexLocker lock(&mutex);
        frameStart = clock.nsecsElapsed();
        frameArrivalMs = arrivalMs;
        arrivalMs = 0.0;
    }, Qt::DirectConnection);
    QObject::connect(w.window(), &QQuickWindow::frameSwapped, w.window(), [&] {
        QMutexLocker lock(&mutex);
        if (measuring && frameStart >= 0)
            frames << double(clock.nsecsElapsed() - frameStart) / 1e6 + frameArrivalMs;
        frameStart = -1;
    }, Qt::DirectConnection);

    const auto balance = w.store().balance();
    const QDateTime now = balance ? balance->timestamp : QDateTime::currentDateTimeUtc();
    int sent = 0;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(int(seconds * 1000.0 / alarms));
    QObject::connect(&feed, &QTimer::timeout, &feed, [&] {
        QElapsedTimer t;
        t.start();
        // Raised over the minute up to the cache's newest balance, the console's "now".
        const Alarm a = alarmNumber(sent, now.addMSecs(qint64((sent - alarms) * seconds * 1000.0 / alarms)));
        et::domain::Change change;
        change.entity = et::domain::EntityKind::Alarm;
        change.id = a.id;
        change.data = a.toJson();
        change.cursor = w.store().cursor() + 1;
        if (const auto applied = w.store().applyChanges({change}, change.cursor); !applied.ok())
            std::fprintf(stderr, "%s\n", qPrintable(applied.error().toString()));
        const double ms = double(t.nsecsElapsed()) / 1e6;
        arrivals << ms;
        QMutexLocker lock(&mutex);
        arrivalMs += ms;
        if (++sent >= alarms)
            feed.stop();
    });
    // The baseline: the same window for ten seconds with no alarm arriving (same frames, same spinner).
    {
        QMutexLocker lock(&mutex);
        measuring = true;
    }
    ConsoleWindow::waitFor([] { return false; }, 10000);
    QList<double> baseline;
    {
        QMutexLocker lock(&mutex);
        baseline.swap(frames);
    }
    feed.start();
    ConsoleWindow::waitFor([&] { return sent >= alarms; }, int(seconds * 1000.0) + 60000);
    ConsoleWindow::waitFor([] { return false; }, 500);
    {
        QMutexLocker lock(&mutex);
        measuring = false;
    }
    const auto [median, p95, worst] = et::bench::spread(frames);
    const auto [arrivalMedian, arrivalP95, arrivalWorst] = et::bench::spread(arrivals);
    const auto [baseMedian, baseP95, baseWorst] = et::bench::spread(baseline);
    std::printf("baseline, no alarms for 10 s: %lld frames, cost median %.1f ms, p95 %.1f ms, max %.1f ms\n", qlonglong(baseline.size()),
                baseMedian, baseP95, baseWorst);
    std::printf("alarm flood, %d alarms in %.0f s: %lld frames, cost median %.1f ms, p95 %.1f ms, max %.1f ms; "
                "one arrival on the GUI thread median %.2f ms, p95 %.2f ms, max %.1f ms\n",
                sent, seconds, qlonglong(frames.size()), median, p95, worst, arrivalMedian, arrivalP95, arrivalWorst);
    int groups = 0;
    for (int row = 0; row < list.rowCount(); ++row)
        groups += !list.index(row).data(et::models::AlarmListModel::ChildRole).toBool();
    std::printf("the alarm bar: one flood banner of %d alarms (the last 10 minutes); the list: %d alarms under %d headings "
                "(each incident's alarms grouped under it), %d unacknowledged\n",
                list.floodCount(), list.rowCount(), groups, list.unacknowledgedCount());
    return sent >= alarms ? 0 : 1;
}
