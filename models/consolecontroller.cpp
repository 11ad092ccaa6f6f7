// SPDX-License-Identifier: MIT
#include "consolecontroller.h"

#include "consoleviews.h"
#include "engineobjects.h"
#include "jejutime.h"
#include "modelslogging.h"

#include "client/store.h"
#include "client/syncengine.h"
#include "domain/permissions.h"
#include "jejudata/bundledroads.h"

#include <QAbstractProxyModel>
#include <QThreadPool>

namespace et::models {

namespace {
/// The entity list behind a view's markers (a filter's source), where a selection by id lives.
EntityListModel *entityListOf(QAbstractItemModel *model)
{
    while (model) {
        if (auto *list = qobject_cast<EntityListModel *>(model))
            return list;
        auto *proxy = qobject_cast<QAbstractProxyModel *>(model);
        model = proxy ? proxy->sourceModel() : nullptr;
    }
    return nullptr;
}
} // namespace

ConsoleController::ConsoleController(client::Store *store, client::SyncEngine *engine, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_store(store),
      m_time(new TimeCursor(this)),
      m_energy(new EnergyInstant(store, m_time, this)),
      m_assets(new AssetListModel(m_energy, this)),
      m_trucks(new TruckListModel(store, this)),
      m_disasters(new DisasterListModel(store, this)),
      m_allCenters(new CenterListModel(store, this)),
      m_centers(new CenterFilterModel(m_allCenters, this)),
      m_selfCheck(new SelfCheck(store, SelfCheck::bundledQuestions(), this)),
      m_searchOrigin(new SearchOrigin(this)),
      m_info(new InfoPages(this)),
      m_centerCommunity(new CenterCommunity(store, this)),
      m_balance(new EnergyBalanceModel(m_energy, this)),
      m_forecast(new ForecastModel(store, this)),
      m_energyChart(new EnergyChartData(this)),
      m_historyChart(new HistoryChartLoader(store, m_energyChart, this)),
      m_liveChart(new LiveChartTail(store, m_energyChart, this)),
      m_hvdcFlows(new HvdcFlowModel(m_energy, this)),
      m_gridFlows(new GridFlowModel(m_energy, this)),
      m_status(new ConnectionStatus(store, engine, this)),
      m_orders(new OrderListModel(store, this)),
      m_truckOrders(new TruckOrdersModel(m_orders, this)),
      m_rejections(new CommandRejectionModel(store, this)),
      m_commands(new OperatorCommands(store, this)),
      m_suggestions(new DispatchSuggestionModel(store, this)),
      m_truckBoard(new TruckBoardModel(m_trucks, this)),
      m_truckKpis(new TruckDayKpis(store, this)),
      m_truckSoc(new TruckSocHistory(store, this)),
      m_destinations(new DestinationModel(store, this)),
      m_incidentImpact(new IncidentImpactModel(store, this)),
      m_hazardShapes(new HazardShapes(store, this)),
      m_whatIf(new WhatIfDraft(store, m_hazardShapes, m_commands, this)),
      m_typhoonExercise(new TyphoonExercise(this)),
      m_alarms(new AlarmListModel(store, m_status, this)),
      m_audit(new AuditLogModel(engine ? engine->restClient() : nullptr, this)),
      m_notices(new NoticeListModel(this)),
      m_views(new ViewRegistry(this))
{
    defineConsoleViews(*m_views, *this, *store);
    m_views->setPermissionCheck([this](domain::Permission p) { return m_user && domain::allows(m_user->role, p); });
    m_whatIf->setPermissionCheck([this] { return m_user && domain::allows(m_user->role, domain::Permission::ManageDisasters); });
    connect(this, &ConsoleController::userChanged, m_whatIf, &WhatIfDraft::changed);
    // The ranking matches the needs of the user's own saved self-check (and none once it is deleted).
    auto matchNeeds = [this] { m_centers->setNeeds(m_selfCheck->profile()); };
    connect(m_selfCheck, &SelfCheck::resultChanged, this, matchNeeds);
    matchNeeds();
    // The search measures from the GPS, a chosen point or the map's centre, whichever is in use.
    auto measureFrom = [this] {
        const QGeoCoordinate at = m_searchOrigin->coordinate();
        if (at.isValid())
            m_centers->setOrigin(at.latitude(), at.longitude());
    };
    connect(m_searchOrigin, &SearchOrigin::changed, this, measureFrom);
    // The map follows a selected center; the search's origin does not (or selecting a center
    // would reorder the list under it): it takes the map's centre while nothing is selected, and
    // the first one it is given (a console opened on a selected center measures from somewhere).
    connect(this, &ConsoleController::mapCenterChanged, this, [this] {
        if (m_allCenters->selectedRow() < 0 || !m_searchOrigin->coordinate().isValid())
            m_searchOrigin->setMapCentre(m_mapCenter);
    });
    connect(m_views, &ViewRegistry::currentChanged, this, [this] {
        emit currentViewChanged();
        emit dataAvailabilityChanged();
        readAuditIfShown();
    });
    connect(this, &ConsoleController::dataAvailabilityChanged, m_views, &ViewRegistry::cacheChanged);
    connect(m_disasters, &EntityListModel::selectionChanged, this, [this] {
        m_incidentImpact->setDisasterId(m_disasters->selectedId());
        m_hazardShapes->setSelectedId(m_disasters->selectedId());
    });
    // A typhoon replays on the time slider; its cone is issued at the simulation's newest minute.
    connect(m_time, &TimeCursor::instantChanged, this, [this] { m_hazardShapes->setAt(m_time->instant()); });
    connect(m_time, &TimeCursor::rangeChanged, this, [this] {
        m_hazardShapes->setIssuedAt(m_time->latest());
        m_alarms->setNow(m_time->latest());
    });
    connect(m_trucks, &EntityListModel::selectionChanged, this, [this] {
        m_truckOrders->setTruckId(m_trucks->selectedId());
        m_truckSoc->setTruckId(m_trucks->selectedId());
    });
    wireEnergyChart();
    // The road graph (DestinationModel's drives) is read once per process, about a tenth of a
    // second: on a worker now, so the dispatch form does not wait for it on the GUI thread.
    QThreadPool::globalInstance()->start([] { (void)jejudata::BundledRoads::graph(); });
    for (EntityListModel *m : {static_cast<EntityListModel *>(m_assets), static_cast<EntityListModel *>(m_trucks),
                               static_cast<EntityListModel *>(m_disasters),
                               static_cast<EntityListModel *>(m_allCenters)})
        connect(m, &EntityListModel::contentChanged, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_balance, &EnergyBalanceModel::changed, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_energy, &EnergyInstant::loadingChanged, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_time, &TimeCursor::scrubPendingChanged, this, &ConsoleController::dataAvailabilityChanged);
    connect(store, &client::Store::changed, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_audit, &AuditLogModel::resultChanged, this, &ConsoleController::dataAvailabilityChanged);
    // The console opens on the Audit view (--view audit) before the engine knows its server.
    if (engine)
        connect(engine, &client::SyncEngine::stateChanged, this, [this] {
            if (!m_audit->loaded())
                readAuditIfShown();
        });
}

void ConsoleController::wireEnergyChart()
{
    // The newest balance (the cache's, not the instant's) is the chart's newest point until the
    // history has it; EnergyInstant moves the time cursor's live end.
    connect(m_store, &client::Store::changed, m_liveChart, [this](domain::EntityKind kind) {
        if (kind == domain::EntityKind::Balance)
            m_liveChart->addBalance();
    });
    m_liveChart->addBalance();
    connect(m_historyChart, &HistoryChartLoader::loaded, m_liveChart, &LiveChartTail::trim);
    // The forecast the server issued last (cached) is the chart's forward part.
    const auto newestForecast = [this] {
        if (!m_forecast->available()) {
            m_energyChart->clearForecast();
        } else if (auto set = m_energyChart->setForecast(m_forecast->forecast()); !set.ok()) {
            qCWarning(lcModels).noquote() << "the chart keeps its forecast: the cached one is refused:" << set.error().toString();
        }
    };
    connect(m_forecast, &ForecastModel::changed, m_energyChart, newestForecast);
    newestForecast();
    // Offline (no server, or its connection lost), a stale forecast is computed again here.
    const auto followConnection = [this] {
        const client::ConnectionState s = m_engine ? m_engine->state() : client::ConnectionState::Offline;
        m_forecast->setOffline(s == client::ConnectionState::Offline || s == client::ConnectionState::Reconnecting);
    };
    connect(m_status, &ConnectionStatus::stateChanged, m_forecast, followConnection);
    followConnection();
    const auto followCursor = [this] {
        if (m_time->instant().isValid())
            m_energyChart->setNow(m_time->instant(), m_time->live() ? EnergyChartData::Follow::Hourly : EnergyChartData::Follow::Paged);
    };
    connect(m_time, &TimeCursor::instantChanged, m_energyChart, followCursor);
    followCursor();
    connect(m_assets, &EntityListModel::selectionChanged, this, [this] {
        m_historyChart->setAssetId(m_assets->selectedId());
        m_liveChart->setAssetId(m_assets->selectedId());
    });
}

void ConsoleController::readAuditIfShown()
{
    if (m_views->current() == ViewRegistry::View::Audit && canReadAudit() && m_engine && m_engine->serverUrl().isValid())
        m_audit->refresh();
}


void ConsoleController::setMapCenter(const QGeoCoordinate &center)
{
    if (center == m_mapCenter)
        return;
    m_mapCenter = center;
    emit mapCenterChanged();
}


void ConsoleController::selectWhenAvailable(const QString &id)
{
    EntityListModel *model = entityListOf(m_views->currentMarkers());
    if (!model || id.isEmpty())
        return;
    if (model->rowOfId(id) >= 0) {
        model->setSelectedId(id);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(model, &EntityListModel::contentChanged, this, [model, id, connection] {
        if (model->rowOfId(id) < 0)
            return;
        model->setSelectedId(id);
        QObject::disconnect(*connection);
    });
}

void ConsoleController::setUser(const std::optional<domain::UserAccount> &user)
{
    if (user == m_user)
        return;
    m_user = user;
    m_centerCommunity->setUser(user);
    m_views->permissionsChanged();
    emit userChanged();
    readAuditIfShown();
}

void ConsoleController::setSignOutAvailable(bool available)
{
    if (available == m_signOutAvailable)
        return;
    m_signOutAvailable = available;
    emit userChanged();
}

bool ConsoleController::can(const QString &permission) const
{
    const auto p = domain::permissionFromString(permission);
    if (!p)
        qCWarning(lcModels) << "no such permission" << permission;
    return m_user && p && domain::allows(m_user->role, *p);
}

ConsoleController *ConsoleController::create(QQmlEngine *engine, QJSEngine *)
{
    return EngineObjects::take<ConsoleController>(engine);
}

QString ConsoleController::jejuTime(const QDateTime &time, const QString &pattern) const
{
    return JejuTime::format(time, pattern);
}

} // namespace et::models
