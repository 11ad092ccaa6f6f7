// SPDX-License-Identifier: MIT
#include "forecastmodel.h"

#include "client/store.h"
#include "domain/truck.h"

#include <algorithm>
#include <cmath>

namespace et::models {

namespace {
QVariantMap windowMap(const domain::energy::CurtailmentWindow &w)
{
    return {{QStringLiteral("start"), w.start},
            {QStringLiteral("end"), w.end},
            {QStringLiteral("hours"), double(w.start.secsTo(w.end)) / 3600.0},
            {QStringLiteral("mwh"), w.energyMwh.p50},
            {QStringLiteral("mwhP10"), w.energyMwh.p10},
            {QStringLiteral("mwhP90"), w.energyMwh.p90},
            {QStringLiteral("peakMw"), w.peakMw},
            // Likely when the expected energy is at least a MWh; else only the P90 reaches it.
            {QStringLiteral("likely"), ForecastModel::isLikely(w)}};
}
} // namespace

ForecastModel::ForecastModel(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Forecast) {
            reload();
        } else if (kind == domain::EntityKind::Truck) {
            const int before = m_alertTrucks, inService = m_trucksInService;
            const bool covered = m_alertCovered;
            countTrucks();
            if (before != m_alertTrucks || inService != m_trucksInService || covered != m_alertCovered)
                emit changed();
        }
    });
    reload();
}

const domain::energy::EnergyForecastResult &ForecastModel::forecast() const
{
    static const domain::energy::EnergyForecastResult none;
    return m_forecast ? *m_forecast : none;
}

QVariantList ForecastModel::windows() const
{
    QVariantList out;
    if (m_forecast) {
        for (const auto &w : m_forecast->windows)
            out.append(windowMap(w));
    }
    return out;
}

QVariantMap ForecastModel::alertWindow() const
{
    return alert() ? windowMap(m_forecast->windows.first()) : QVariantMap();
}

QVariantList ForecastModel::lowCarbonHours() const
{
    QVariantList out;
    if (!m_forecast)
        return out;
    // The next 24 hourly steps, the three lowest by expected intensity, shown in time order.
    QList<domain::energy::ForecastStep> day = m_forecast->hours.mid(0, 24);
    std::stable_sort(day.begin(), day.end(), [](const auto &a, const auto &b) { return a.carbonGPerKwh.p50 < b.carbonGPerKwh.p50; });
    day = day.mid(0, 3);
    std::sort(day.begin(), day.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    for (const auto &s : day)
        out.append(QVariantMap{{QStringLiteral("start"), s.time}, {QStringLiteral("gPerKwh"), s.carbonGPerKwh.p50}});
    return out;
}

void ForecastModel::countTrucks()
{
    m_alertTrucks = 0;
    m_trucksInService = 0;
    m_alertCovered = false;
    QList<double> freeKwh;
    for (const domain::Truck &t : m_store->trucks()) {
        if (t.status == domain::TruckStatus::Maintenance)
            continue;
        ++m_trucksInService;
        freeKwh << std::max(0.0, t.capacityKwh - t.energyKwh());
    }
    if (!alert())
        return;
    // The emptiest trucks first: the fewest that together hold the window's expected energy.
    std::sort(freeKwh.begin(), freeKwh.end(), std::greater<>());
    // Ready for what is expected, or for the P90 when only that curtails.
    const auto &w = m_forecast->windows.first();
    double needKwh = (isLikely(w) ? w.energyMwh.p50 : w.energyMwh.p90) * 1000.0;
    for (double kwh : std::as_const(freeKwh)) {
        if (needKwh <= 0.0)
            break;
        needKwh -= kwh;
        ++m_alertTrucks;
    }
    m_alertCovered = needKwh <= 0.0;
}

void ForecastModel::reload()
{
    if (!m_store->isOpen())
        return;
    auto fresh = m_store->forecast();
    if (fresh == m_forecast)
        return;
    m_forecast = std::move(fresh);
    countTrucks();
    emit changed();
}

} // namespace et::models
