// SPDX-License-Identifier: MIT
#include "sim/simulation.h"

#include "backendlogging.h"
#include "sim/disasterimpact.h"
#include "sim/simrandom.h"
#include "sim/truckpowers.h"
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/energy/forecastjson.h"
#include "jejudata/bundledroads.h"
#include "domain/energy/offlineforecast.h"
#include "store/store.h"

#include <QJsonDocument>

#include <cmath>

namespace et::backend {

using domain::Asset;
using domain::EntityKind;
using domain::Error;
using domain::Ok;
using domain::Status;
using domain::Truck;

namespace {
const QString kStateKey = QStringLiteral("sim_state");
const QString kBalanceId = QStringLiteral("current");
const QString kForecastId = QStringLiteral("current");
// Beyond this many simulated seconds in one tick the simulation lags instead of eating the CPU.
// Six hours keep a tick under ~0.3 s on a busy machine, so requests between ticks are answered
// promptly and see the simulation move in steps no larger than that.
constexpr qint64 kMaxStepsPerTick = 6 * 3600;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

template<typename T>
domain::Result<QList<T>> decodeStored(Store &store, EntityKind kind, domain::Result<T> (*decode)(const QJsonValue &))
{
    auto rows = store.readAll(kind);
    if (!rows.ok())
        return rows.error();
    QList<T> out;
    for (const QJsonObject &o : rows.value()) {
        auto v = decode(o);
        if (!v.ok())
            return v.error().prefixed(QStringLiteral("stored %1").arg(domain::toString(kind)));
        out << v.value();
    }
    return out;
}
} // namespace

Simulation::Simulation(Store &store, const SeedData &seed, quint64 rngSeed, QObject *parent)
    : QObject(parent), m_store(store), m_model(seed.islandModelSpec(), domain::energy::DemandShape::jeju(seed.holidays), rngSeed),
      m_mover(seed.assets, jejudata::BundledRoads::graph().ok() ? &jejudata::BundledRoads::graph().value() : nullptr), m_seed(rngSeed),
      m_dispatch(jejudata::BundledRoads::graph().ok() ? &jejudata::BundledRoads::graph().value() : nullptr)
{
    if (!jejudata::BundledRoads::graph().ok())
        qCWarning(lcSim).noquote() << "no truck dispatch plans: the road graph did not load:" << jejudata::BundledRoads::graph().error().toString();
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Simulation::tick);
    connect(&m_store, &Store::committed, this, &Simulation::noteChanges);
}

void Simulation::noteChanges(const QList<domain::Change> &changes)
{
    for (const auto &c : changes) {
        if (c.entity == EntityKind::Disaster && c.op == domain::ChangeOp::Upsert) {
            if (auto d = domain::Disaster::fromJson(c.data); d.ok())
                m_disasters.insert(d.value().id, d.value());
        }
        if (m_writing)
            continue;
        // An operator command committed by the API: memory follows what is on disk.
        if (c.entity == EntityKind::Order) {
            if (c.op == domain::ChangeOp::Delete) {
                m_orders.remove(c.id);
                m_writtenOrders.remove(c.id);
            } else if (auto o = domain::DispatchOrder::fromJson(c.data); o.ok()) {
                m_orders.put(o.value());
                m_writtenOrders.insert(o.value().id, o.value());
            } else {
                qCCritical(lcSim).noquote() << "committed order does not decode:" << o.error().toString();
            }
        } else if (c.entity == EntityKind::Truck && c.op == domain::ChangeOp::Upsert) {
            auto t = Truck::fromJson(c.data);
            for (qsizetype i = 0; t.ok() && i < m_trucks.size(); ++i) {
                if (m_trucks[i].id != t.value().id)
                    continue;
                // A truck stopped within a minute (an order cancelled) leaves the rest of the
                // minute's charge untaken: the accounting keeps it apart.
                const Truck &was = m_trucks[i];
                const double untakenKwh = was.powerKw * double(60 - m_simTime.toSecsSinceEpoch() % 60) / 3600.0;
                if (was.powerKw > 0.0 && t.value().powerKw == 0.0 && was.status == domain::TruckStatus::Charging)
                    m_ledger.forgoneChargeKwh += untakenKwh;
                else if (was.powerKw > 0.0 && t.value().powerKw == 0.0 && was.status == domain::TruckStatus::Discharging)
                    m_ledger.forgoneDeliveryKwh += untakenKwh;
                m_trucks[i] = m_writtenTrucks[i] = t.value();
            }
        }
    }
}

void Simulation::setRetention(qint64 orderSecs, qint64 tombstoneSecs)
{
    m_orderRetentionSecs = orderSecs;
    m_tombstoneRetentionSecs = tombstoneSecs;
}

OrderDecision Simulation::planOrder(const domain::DispatchOrder &request) const
{
    return m_orders.accept(request, m_trucks, m_assets, m_simTime);
}

OrderDecision Simulation::planCancel(const QString &orderId) const
{
    return m_orders.cancel(orderId, m_trucks, m_simTime);
}

Status Simulation::initialize(const QDateTime &start)
{
    auto assets = decodeStored<Asset>(m_store, EntityKind::Asset, &Asset::fromJson);
    if (!assets.ok())
        return assets.error();
    m_assets = assets.value();
    auto trucks = decodeStored<Truck>(m_store, EntityKind::Truck, &Truck::fromJson);
    if (!trucks.ok())
        return trucks.error();
    m_trucks = trucks.value();
    m_writtenTrucks = m_trucks;
    auto disasters = decodeStored<domain::Disaster>(m_store, EntityKind::Disaster, &domain::Disaster::fromJson);
    if (!disasters.ok())
        return disasters.error();
    for (const auto &d : disasters.value())
        m_disasters.insert(d.id, d);
    auto orders = decodeStored<domain::DispatchOrder>(m_store, EntityKind::Order, &domain::DispatchOrder::fromJson);
    if (!orders.ok())
        return orders.error();
    m_orders.load(orders.value());
    m_writtenOrders = m_orders.orders();
    for (const Asset &a : std::as_const(m_assets))
        m_assetStatus.insert(a.id, a.status);
    if (m_replay)
        m_replayDispatch.emplace(m_model.spec(), m_assets);

    if (const auto state = m_store.meta(kStateKey)) {
        auto o = domain::parseJsonObject(state->toUtf8());
        if (!o.ok())
            return o.error().prefixed(kStateKey);
        domain::JsonFieldReader r(o.value());
        m_simTime = r.dateTime(QStringLiteral("sim_time"));
        if (const auto issued = r.optionalDateTime(QStringLiteral("forecast_issued")))
            m_forecastIssued = *issued;
        if (!r.ok())
            return r.error().prefixed(kStateKey);
        // Absent in a database from before the trucks' accounting: it starts anew.
        if (const QJsonValue ledger = o.value().value(QStringLiteral("truck_ledger")); ledger.isObject()) {
            auto l = TruckAccounting::fromJson(ledger.toObject());
            if (!l.ok())
                return l.error().prefixed(kStateKey + QStringLiteral(".truck_ledger"));
            m_ledger = l.value();
        }
        // Absent in a database from before the trucks' batteries were kept: they start aged anew.
        if (const QJsonValue packs = o.value().value(QStringLiteral("batteries")); packs.isObject()) {
            if (auto s = m_batteries.load(packs.toObject()); !s.ok())
                return s.error().prefixed(kStateKey + QStringLiteral(".batteries"));
        }
        m_batteries.ensure(m_trucks, m_seed);
        if (auto stored = m_store.read(EntityKind::Balance, kBalanceId); stored.ok() && stored.value()) {
            auto b = domain::EnergyBalance::fromJson(*stored.value());
            if (!b.ok())
                return b.error().prefixed(QStringLiteral("stored balance"));
            m_balance = b.value();
        }
        if (m_replay && !m_replay->covers(m_simTime))
            return Error{QStringLiteral("--history-source"), QStringLiteral("the database's clock is at %1, outside KPX's series (%2): replay into a new --db")
                                                                 .arg(domain::toIsoUtc(m_simTime), m_replay->rangeText())};
        qCInfo(lcSim).noquote() << "resumed at" << domain::toIsoUtc(m_simTime);
        return Ok{};
    }

    const QDateTime t = start.toUTC();
    m_simTime = QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch() - t.toSecsSinceEpoch() % 60, Qt::UTC);
    if (m_replay) {
        if (auto s = replayMayStartAt(*m_replay, m_simTime); !s.ok())
            return s;
    }
    m_batteries.ensure(m_trucks, m_seed);
    QList<EntityWrite> writes;
    simulateMinute(writes);
    issueDueForecast(writes);
    planDueDispatch(writes);
    auto r = m_store.write(writes, {{kStateKey, stateJson()}});
    if (!r.ok())
        return r.error();
    qCInfo(lcSim).noquote() << "started at" << domain::toIsoUtc(m_simTime) << "seed" << m_seed;
    return Ok{};
}

Status Simulation::replayMayStartAt(const domain::energy::KpxIslandSeries &series, const QDateTime &start)
{
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(start.toSecsSinceEpoch() - start.toSecsSinceEpoch() % 60, Qt::UTC);
    if (series.covers(minute))
        return Ok{};
    return Error{QStringLiteral("--start"), QStringLiteral("%1 is outside KPX's series (%2): start inside them, e.g. --start 2025-04-13T00:00+09:00")
                                                .arg(domain::toIsoUtc(minute), series.rangeText())};
}

void Simulation::start(double speed, int tickMs)
{
    m_speed = speed;
    m_clock.start();
    m_lastTickMs = 0;
    m_timer.start(tickMs);
}

void Simulation::stop()
{
    m_timer.stop();
}

void Simulation::tick()
{
    const qint64 now = m_clock.elapsed();
    m_carryMs += double(now - m_lastTickMs) * m_speed;
    m_lastTickMs = now;
    qint64 steps = qint64(m_carryMs / 1000.0);
    m_carryMs -= double(steps) * 1000.0;
    if (steps > kMaxStepsPerTick) {
        qCWarning(lcSim).noquote() << "falling behind: wanted" << steps << "simulated seconds in one tick";
        steps = kMaxStepsPerTick;
    }
    if (steps <= 0)
        return;
    const auto s = advance(steps);
    m_lastTickFailed = !s.ok();
    if (!s.ok())
        qCCritical(lcSim).noquote() << "tick failed:" << s.error().toString();
    if (m_replay && m_simTime >= m_replay->lastMinute()) {
        stop();
        qCWarning(lcSim).noquote() << QStringLiteral("the replay reached the end of KPX's series (%1): the clock stops; the server keeps serving what it has")
                                          .arg(m_replay->rangeText());
    }
}

Status Simulation::advance(qint64 seconds)
{
    QList<EntityWrite> writes;
    const QList<Asset> assetsBefore = m_assets;
    for (qint64 i = 0; i < seconds; ++i) {
        if (m_replay && m_simTime >= m_replay->lastMinute())
            break; // nothing real to show beyond the series
        m_simTime = m_simTime.addSecs(1);
        m_orders.step(m_trucks, m_assetStatus, m_mover, 1.0, m_simTime, m_ledger.moved);
        m_mover.step(m_trucks, 1.0, m_simTime, m_ledger.moved);
        if (m_simTime.toSecsSinceEpoch() % 60 == 0) {
            simulateMinute(writes);
            m_orders.expire(m_simTime, m_orderRetentionSecs);
        }
    }
    // Full precision on the wire and on disk: a restarted simulation continues exactly, and
    // updated_at is the simulated second of the truck's last change, whatever the tick length.
    QList<qsizetype> movedTrucks;
    for (qsizetype i = 0; i < m_trucks.size(); ++i) {
        if (m_trucks[i] == m_writtenTrucks[i])
            continue;
        movedTrucks << i;
        writes.append({EntityKind::Truck, m_trucks[i].id, m_trucks[i].toJson()});
    }
    orderWrites(writes);
    issueDueForecast(writes);
    planDueDispatch(writes);
    StoreTransaction t{writes, {{kStateKey, stateJson()}}, std::nullopt, m_simTime.addSecs(-m_tombstoneRetentionSecs)};
    m_writing = true;
    auto r = m_store.commit(t);
    m_writing = false;
    if (!r.ok()) {
        // Keep memory and disk in step: the next tick rewrites what this one lost.
        m_assets = assetsBefore;
        return r.error();
    }
    for (qsizetype i : std::as_const(movedTrucks))
        m_writtenTrucks[i] = m_trucks[i];
    m_writtenOrders = m_orders.orders();
    return Ok{};
}

void Simulation::orderWrites(QList<EntityWrite> &writes) const
{
    // Orders that changed since the last write, and deletes for the ones that expired.
    const auto &now = m_orders.orders();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto written = m_writtenOrders.constFind(it.key());
        if (written == m_writtenOrders.cend() || !(*written == *it))
            writes.append({EntityKind::Order, it.key(), it->toJson()});
    }
    for (auto it = m_writtenOrders.cbegin(); it != m_writtenOrders.cend(); ++it) {
        if (!now.contains(it.key()))
            writes.append(EntityWrite::removal(EntityKind::Order, it.key(), m_simTime));
    }
}

void Simulation::simulateMinute(QList<EntityWrite> &writes)
{
    SimRandom rng(SimRandom::mix(m_seed, quint64(m_simTime.toSecsSinceEpoch() / 60)));
    // Charging trucks are load like any other; they only charge while the grid curtails. The
    // model's demand carries a 1 % minute-to-minute noise around Jeju's shape (a replay's is
    // KPX's as it is; the draw is made anyway, so the trucks' random numbers stay the same).
    const double demandFactor = 1.0 + 0.01 * rng.normal();
    // The packs age by the minute gone (its SoC, as the trucks stand at its start).
    if (auto s = m_batteries.sample(m_trucks, 60.0, m_simTime); !s.ok())
        qCWarning(lcSim).noquote() << "a battery could not be aged:" << s.error().toString();
    // The minute gone is settled: the energy the trucks moved in it against what its balance said.
    m_ledger.settleMinute();
    // New trips, on the last minute's balance (a truck that has just decided does not charge yet).
    m_mover.decide(m_trucks, m_balance, rng, m_simTime);

    // Disasters take assets out; what wind and solar remain is the online share of capacity.
    const auto impact = DisasterImpact::statuses(m_disasters.values(), m_assets, m_simTime);
    QSet<QString> offline;
    QHash<QString, domain::AssetStatus> statusNow;
    for (const Asset &a : std::as_const(m_assets)) {
        const auto s = impact.value(a.id, domain::AssetStatus::Online);
        statusNow.insert(a.id, s);
        if (s == domain::AssetStatus::Offline)
            offline.insert(a.id);
    }
    // What the trucks at their sites ask for this minute. The balance gives charging trucks what
    // its surplus allows (before curtailment); with no surplus at all they charge as load.
    const TruckPowers::Asked asked = TruckPowers::ask(m_trucks, m_orders.orders(), statusNow, m_simTime);
    const auto dispatch = [&](double gridChargeMw, double absorbMw) {
        return m_replayDispatch ? m_replayDispatch->dispatch(m_simTime, m_replay->at(m_simTime), gridChargeMw, asked.dischargeMw, offline, absorbMw)
                                : m_model.dispatch(m_simTime, demandFactor, gridChargeMw, asked.dischargeMw, offline, absorbMw);
    };
    auto d = dispatch(0.0, asked.chargeMw);
    const double withoutTrucksCurtailedMw = asked.chargeMw > 0.0 ? dispatch(0.0, 0.0).balance.curtailmentMw : d.balance.curtailmentMw;
    double gridChargeMw = 0.0;
    if (asked.chargeMw > 0.0 && d.truckAbsorbedMw <= 0.0) {
        gridChargeMw = asked.chargeMw;
        d = dispatch(gridChargeMw, 0.0);
    } else if (asked.chargeMw > 0.0) {
        TruckPowers::grant(m_trucks, d.truckAbsorbedMw / asked.chargeMw);
    }
    d.balance.truckGridChargeMw = gridChargeMw;
    m_ledger.expect(d.balance, withoutTrucksCurtailedMw);
    // Hundredths, as history keeps them and the assets carry them: the balance and the assets'
    // outputs then agree exactly. The trucks' own figures stay exact (the accounting).
    std::optional<domain::TruckDayTotals> day = m_balance.truckDay;
    m_balance = d.balance;
    for (double *v : {&m_balance.demandMw, &m_balance.thermalMw, &m_balance.windMw, &m_balance.solarMw, &m_balance.truckDischargeMw,
                      &m_balance.curtailmentMw, &m_balance.smpKrwPerKwh, &m_balance.carbonGPerKwh})
        *v = round2(*v);
    for (auto &l : m_balance.hvdcLinks)
        l.flowMw = round2(l.flowMw);
    if (!day)
        day = domain::TruckDayTotals{};
    day->add(m_balance, 1.0);
    m_balance.truckDay = day;
    writes.append({EntityKind::Balance, kBalanceId, m_balance.toJson()});

    QHash<QString, qsizetype> pending;
    for (qsizetype i = 0; i < writes.size(); ++i) {
        if (writes[i].entity == EntityKind::Asset)
            pending.insert(writes[i].id, i);
    }
    for (Asset &a : m_assets) {
        const domain::AssetStatus status = impact.value(a.id, domain::AssetStatus::Online);
        double mw = a.outputMw;
        if (status == domain::AssetStatus::Offline)
            mw = 0.0;
        else
            mw = d.assetOutputMw.value(a.id, a.kind == domain::AssetKind::Wind || a.kind == domain::AssetKind::Solar ? 0.0 : a.outputMw);
        mw = round2(mw);
        if (mw == a.outputMw && status == a.status)
            continue;
        m_assetStatus.insert(a.id, status);
        a.outputMw = mw;
        a.status = status;
        a.updatedAt = m_simTime;
        // One write per asset per tick: the newest value replaces an earlier minute's.
        if (const auto it = pending.constFind(a.id); it != pending.cend())
            writes[*it].data = a.toJson();
        else
            writes.append({EntityKind::Asset, a.id, a.toJson()});
    }
    // A forecast falls due on the quarter-hour; it is issued once per tick (issueDueForecast), for
    // the last instant it fell due: when one tick covers several quarter-hours, the earlier
    // forecasts would be replaced in the same transaction before anyone could read them. What
    // produces nothing in it is what a console's cache says is out of service (OfflineForecast).
    if (!m_forecastIssued.isValid() || m_simTime.toSecsSinceEpoch() % m_forecastIntervalSecs == 0) {
        m_forecastDue = m_simTime;
        m_forecastOffline = domain::energy::OfflineForecast::outOfService(m_assets);
    }
    emit minuteComputed(m_balance, m_assets);
}

void Simulation::issueDueForecast(QList<EntityWrite> &writes)
{
    if (!m_forecastDue.isValid())
        return;
    // At most one a real second: a simulation running a day a second would otherwise spend its
    // time on forecasts replaced before anyone could read them. Which quarter-hours are issued
    // then depends on the ticks; what a forecast says depends only on its issue time.
    if (m_forecastIssued.isValid() && m_forecastWallClock.isValid() && m_forecastWallClock.elapsed() < 1000)
        return;
    m_forecastWallClock.start();
    // Assets out of service when it fell due are taken to stay out.
    m_forecastIssued = m_forecastDue;
    m_forecastDue = QDateTime();
    // From the hourly outlook it publishes with the forecast, so that a console can compute the
    // same forecast again offline (docs/api.md, "inputs").
    const auto outlook = domain::energy::HourlyOutlook::issue(m_model.weather(), m_forecastIssued);
    auto forecast = domain::energy::ForecastJson::rounded(m_model.forecast(m_forecastIssued, m_forecastOffline, outlook),
                                                          domain::energy::ForecastJson::kResolution);
    if (auto inputs = domain::energy::ForecastInputs::describe(m_model.spec(), m_model.demand(), outlook); inputs.ok())
        forecast.inputs = std::move(inputs).value();
    else
        qCWarning(lcSim).noquote() << "the forecast goes out without its inputs:" << inputs.error().toString();
    QJsonObject o = domain::energy::ForecastJson::toJson(forecast);
    m_forecast = std::move(forecast);
    o.insert(QStringLiteral("id"), kForecastId);
    writes.append({EntityKind::Forecast, kForecastId, o});
}

void Simulation::planDueDispatch(QList<EntityWrite> &writes)
{
    if (!m_forecast || !m_dispatch.due(m_simTime, m_forecast->issued))
        return;
    const auto plan = m_dispatch.plan(m_simTime, m_trucks, m_assets, *m_forecast, m_balance.smpKrwPerKwh,
                                      [this](const QString &truckId) { return m_batteries.wearKrwPerKwh(truckId); }, activeDisasters());
    if (!plan.ok()) {
        qCWarning(lcSim).noquote() << "no dispatch plan:" << plan.error().toString();
        return;
    }
    QJsonObject o = domain::dispatch::DispatchPlanJson::toJson(plan.value());
    o.insert(QStringLiteral("id"), kForecastId); // "current", like the forecast
    writes.append({EntityKind::DispatchPlan, kForecastId, o});
}

QList<domain::Disaster> Simulation::activeDisasters() const
{
    QList<domain::Disaster> out;
    for (const domain::Disaster &d : m_disasters) {
        if (DisasterImpact::isActive(d, m_simTime))
            out << d;
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

QString Simulation::stateJson() const
{
    QJsonObject o{{QStringLiteral("sim_time"), domain::toIsoUtc(m_simTime)}};
    if (m_forecastIssued.isValid())
        o.insert(QStringLiteral("forecast_issued"), domain::toIsoUtc(m_forecastIssued));
    o.insert(QStringLiteral("batteries"), m_batteries.toJson());
    o.insert(QStringLiteral("truck_ledger"), m_ledger.toJson());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace et::backend
