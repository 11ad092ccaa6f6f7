// SPDX-License-Identifier: MIT
#include "domain/dispatch/dispatchtaskbuilder.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace et::domain::dispatch {

using energy::EnergyForecastResult;
using energy::ForecastStep;

namespace {
constexpr qint64 kQuarterHourSecs = 15 * 60;

/// The quarter-hours of the forecast that overlap [from, to).
QList<int> stepsIn(const EnergyForecastResult &f, const QDateTime &from, const QDateTime &to)
{
    QList<int> out;
    for (int i = 0; i < f.quarterHours.size(); ++i) {
        const QDateTime start = f.quarterHours[i].time;
        if (start < to && start.addSecs(kQuarterHourSecs) > from)
            out << i;
    }
    return out;
}

double meanSmp(const EnergyForecastResult &f, const QList<int> &steps)
{
    double sum = 0.0;
    for (const int i : steps)
        sum += f.quarterHours[i].smpKrwPerKwh.p50;
    return steps.isEmpty() ? 0.0 : sum / double(steps.size());
}

/// The expected energy (MWh) of each asset of `kind` over `steps`.
QHash<QString, double> outputOver(const EnergyForecastResult &f, const QList<Asset> &assets, AssetKind kind, const QList<int> &steps)
{
    QHash<QString, AssetKind> kinds;
    for (const Asset &a : assets) {
        if (a.status == AssetStatus::Online)
            kinds.insert(a.id, a.kind);
    }
    QHash<QString, double> out;
    for (const auto &af : f.assets) {
        if (kinds.value(af.assetId, AssetKind::Substation) != kind)
            continue;
        double mwh = 0.0;
        for (const int i : steps)
            mwh += af.quarterHourMw.value(i).p50 * 0.25;
        if (mwh > 0.0)
            out.insert(af.assetId, mwh);
    }
    return out;
}

/// The quarter-hours from now on whose expected SMP is in the top quarter, joined into windows.
QList<std::pair<QDateTime, QDateTime>> expensiveWindows(const EnergyForecastResult &f, const QDateTime &now)
{
    QList<int> ahead;
    QList<double> prices;
    for (int i = 0; i < f.quarterHours.size(); ++i) {
        if (f.quarterHours[i].time.addSecs(kQuarterHourSecs) > now) {
            ahead << i;
            prices << f.quarterHours[i].smpKrwPerKwh.p50;
        }
    }
    QList<std::pair<QDateTime, QDateTime>> windows;
    if (ahead.isEmpty())
        return windows;
    std::sort(prices.begin(), prices.end());
    const double threshold = prices[prices.size() - std::max<qsizetype>(1, prices.size() / 4)]; // the top quarter, by count
    for (const int i : ahead) {
        if (f.quarterHours[i].smpKrwPerKwh.p50 < threshold)
            continue;
        const QDateTime start = std::max(now, f.quarterHours[i].time), end = f.quarterHours[i].time.addSecs(kQuarterHourSecs);
        if (!windows.isEmpty() && windows.last().second == f.quarterHours[i].time)
            windows.last().second = end;
        else
            windows.append({start, end});
    }
    return windows;
}
} // namespace

QList<PlanTask> DispatchTaskBuilder::chargeTasks(const EnergyForecastResult &f, const QList<Asset> &assets, const QDateTime &now)
{
    QHash<QString, const Asset *> byId;
    for (const Asset &a : assets)
        byId.insert(a.id, &a);
    QList<PlanTask> tasks;
    for (const energy::CurtailmentWindow &w : f.windows) {
        if (w.end <= now || !(w.energyMwh.p50 > 0.0))
            continue;
        const QDateTime start = std::max(w.start, now);
        const QList<int> steps = stepsIn(f, start, w.end);
        // The part of the window still ahead, by the share of its steps.
        const double windowMwh = w.energyMwh.p50 * double(start.secsTo(w.end)) / double(std::max<qint64>(1, w.start.secsTo(w.end)));
        const double smp = meanSmp(f, steps);
        double left = windowMwh;
        for (const AssetKind kind : {AssetKind::Wind, AssetKind::Solar}) {
            const QHash<QString, double> output = outputOver(f, assets, kind, steps);
            double total = 0.0;
            for (const double v : output)
                total += v;
            if (!(total > 0.0) || !(left > 0.0))
                continue;
            const double taken = std::min(left, total);
            left -= taken;
            QList<QString> ids = output.keys();
            std::sort(ids.begin(), ids.end());
            for (const QString &id : ids) {
                const Asset *site = byId.value(id);
                const int points = kind == AssetKind::Wind ? kWindChargePoints : kSolarChargePoints;
                const double shareKwh = taken * output.value(id) / total * 1000.0;
                for (int p = 0; p < points; ++p) {
                    PlanTask t;
                    t.id = QStringLiteral("charge:%1:%2:%3").arg(id, w.start.toUTC().toString(Qt::ISODate)).arg(p + 1);
                    t.kind = PlanTask::Kind::Charge;
                    t.siteId = id;
                    t.siteName = site->name;
                    t.lat = site->lat;
                    t.lon = site->lon;
                    t.windowStart = start;
                    t.windowEnd = w.end;
                    t.energyKwh = shareKwh / points;
                    t.powerLimitKw = kChargePointKw;
                    t.priceKrwPerKwh = smp;
                    tasks << t;
                }
            }
        }
    }
    return tasks;
}

QList<PlanTask> DispatchTaskBuilder::deliveryTasks(const EnergyForecastResult &f, const QList<Asset> &assets, const QDateTime &now)
{
    QList<PlanTask> tasks;
    for (const auto &[start, end] : expensiveWindows(f, now)) {
        const double smp = meanSmp(f, stepsIn(f, start, end));
        for (const Asset &a : assets) {
            if (a.kind != AssetKind::Substation || a.status != AssetStatus::Online)
                continue;
            PlanTask t;
            t.id = QStringLiteral("deliver:%1:%2").arg(a.id, end.toUTC().toString(Qt::ISODate)); // the end: stable while the window runs
            t.kind = PlanTask::Kind::Deliver;
            t.siteId = a.id;
            t.siteName = a.name;
            t.lat = a.lat;
            t.lon = a.lon;
            t.windowStart = start;
            t.windowEnd = end;
            t.energyKwh = kDeliveryKwh;
            t.powerLimitKw = kSubstationPointKw;
            t.priceKrwPerKwh = smp;
            tasks << t;
        }
    }
    return tasks;
}

double DispatchTaskBuilder::deliveredValue(const EnergyForecastResult &f, const QDateTime &now, double fallback)
{
    QList<int> steps;
    for (const auto &[start, end] : expensiveWindows(f, now))
        steps << stepsIn(f, start, end);
    return steps.isEmpty() ? fallback : meanSmp(f, steps);
}

} // namespace et::domain::dispatch
