// SPDX-License-Identifier: MIT
#include "forecastmodel.h"

#include "connectionstatus.h"
#include "modelslogging.h"

#include "client/store.h"
#include "domain/truck.h"

#include <algorithm>
#include <cmath>

namespace et::models {

namespace {
constexpr qint64 kQuarterHourSecs = 900;

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

ForecastModel::ForecastModel(client::Store *store, QObject *parent)
    : QObject(parent), m_store(store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Forecast) {
            reload();
        } else if (kind == domain::EntityKind::Balance) {
            noteBalance();
        } else if (kind == domain::EntityKind::Truck) {
            const int before = m_alertTrucks, inService = m_trucksInService;
            const bool covered = m_alertCovered;
            countTrucks();
            if (before != m_alertTrucks || inService != m_trucksInService || covered != m_alertCovered)
                emit changed();
        }
    });
    connect(&m_forecaster, &OfflineForecaster::finished, this, &ForecastModel::takeRecomputed);
    // Arithmetic only: the age, and whether a quarter-hour has passed offline.
    m_tick.setInterval(5000);
    connect(&m_tick, &QTimer::timeout, this, &ForecastModel::check);
    m_tick.start();
    // At start the newest data arrived when the cache was last written.
    if (m_store->isOpen()) {
        if (const auto balance = m_store->balance()) {
            m_anchorSim = balance->timestamp;
            m_anchorWall = m_store->lastSyncedAt();
        }
    }
    reload();
}

const domain::energy::EnergyForecastResult &ForecastModel::forecast() const
{
    static const domain::energy::EnergyForecastResult none;
    return available() ? shown() : none;
}

QVariantList ForecastModel::windows() const
{
    QVariantList out;
    for (const auto &w : forecast().windows)
        out.append(windowMap(w));
    return out;
}

QVariantMap ForecastModel::alertWindow() const
{
    return alert() ? windowMap(shown().windows.first()) : QVariantMap();
}

QVariantList ForecastModel::lowCarbonHours() const
{
    QVariantList out;
    // The next 24 hourly steps, the three lowest by expected intensity, shown in time order.
    QList<domain::energy::ForecastStep> day = forecast().hours.mid(0, 24);
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
    const auto &w = shown().windows.first();
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
    if (fresh == m_server)
        return;
    // What the server sent replaces whatever was worked out here.
    m_server = std::move(fresh);
    m_recomputed.reset();
    m_requested = QDateTime();
    m_recomputeError.clear();
    countTrucks();
    refreshAge();
    emit changed();
    check();
}

void ForecastModel::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    check();
}

void ForecastModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshAge();
}

QDateTime ForecastModel::simulatedNow() const
{
    if (!m_anchorSim.isValid() || !m_anchorWall.isValid())
        return {};
    return m_anchorSim.addMSecs(std::max<qint64>(0, m_anchorWall.msecsTo(m_clock())));
}

QString ForecastModel::ageText() const
{
    return ConnectionStatus::ageText(m_ageSeconds);
}

void ForecastModel::noteBalance()
{
    if (const auto balance = m_store->balance()) {
        m_anchorSim = balance->timestamp;
        m_anchorWall = m_clock();
    }
    refreshAge();
}

void ForecastModel::refreshAge()
{
    const QDateTime now = simulatedNow();
    const int age = available() && now.isValid() ? int(std::max<qint64>(0, issuedAt().secsTo(now))) : -1;
    if (age == m_ageSeconds)
        return;
    m_ageSeconds = age;
    emit ageChanged();
}

void ForecastModel::check()
{
    refreshAge();
    if (!m_offline || !m_server)
        return;
    const QDateTime now = simulatedNow();
    if (!now.isValid() || shown().issued.secsTo(now) < kQuarterHourSecs)
        return;
    const qint64 s = now.toSecsSinceEpoch();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(s - s % kQuarterHourSecs, Qt::UTC);
    if (at <= shown().issued || at == m_requested)
        return;
    if (!m_server->inputs) {
        const QString why = tr("The cached forecast came without what it was computed from (an older server): it cannot be "
                               "computed again offline");
        if (why != m_recomputeError) {
            m_recomputeError = why;
            emit changed();
        }
        return;
    }
    m_requested = at;
    m_forecaster.request(*m_server->inputs, m_store->assets(), at);
}

void ForecastModel::takeRecomputed(const OfflineForecaster::Outcome &outcome)
{
    // One the server's forecast has overtaken since it was asked for is of no use.
    if (outcome.issued != m_requested)
        return;
    if (!outcome.forecast) {
        qCWarning(lcModels).noquote() << "the forecast could not be computed again offline:" << outcome.error;
        m_recomputeError = tr("The forecast could not be computed again offline: %1").arg(outcome.error);
        emit changed();
        return;
    }
    m_recomputed = *outcome.forecast;
    m_recomputeError.clear();
    countTrucks();
    refreshAge();
    emit changed();
}

} // namespace et::models
