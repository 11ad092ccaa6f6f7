// SPDX-License-Identifier: MIT
#pragma once

#include "alarmlistmodel.h"
#include "assetlistmodel.h"
#include "auditlogmodel.h"
#include "centercommunity.h"
#include "centerfiltermodel.h"
#include "infopages.h"
#include "searchorigin.h"
#include "selfcheck.h"
#include "centerlistmodel.h"
#include "commandrejectionmodel.h"
#include "connectionstatus.h"
#include "destinationmodel.h"
#include "hazardshapes.h"
#include "whatifdraft.h"
#include "incidentimpactmodel.h"
#include "typhoonexercise.h"
#include "disasterlistmodel.h"
#include "energybalancemodel.h"
#include "energychartdata.h"
#include "energyinstant.h"
#include "forecastmodel.h"
#include "gridflowmodel.h"
#include "historychartloader.h"
#include "hvdcflowmodel.h"
#include "livecharttail.h"
#include "noticelistmodel.h"
#include "dispatchsuggestionmodel.h"
#include "operatorcommands.h"
#include "orderlistmodel.h"
#include "timecursor.h"
#include "trucklistmodel.h"
#include "truckboardmodel.h"
#include "truckdaykpis.h"
#include "trucksochistory.h"
#include "truckordersmodel.h"
#include "viewregistry.h"

#include "domain/useraccount.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::client {
class Store;
class SyncEngine;
} // namespace et::client

namespace et::models {

/// What a console window's QML sees as the singleton `Console` of `EnergyTruck.Models`: every
/// model over one user's Store, the connection status, the views (`views`) and who is signed in.
/// QML reads data only through it and never touches the network or the store. Each console
/// window's engine gets its own (EngineObjects): signing in as someone else makes a new one.
class ConsoleController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Console)
    QML_SINGLETON
    Q_PROPERTY(et::models::AssetListModel *assets READ assets CONSTANT)
    Q_PROPERTY(et::models::TruckListModel *trucks READ trucks CONSTANT)
    Q_PROPERTY(et::models::DisasterListModel *disasters READ disasters CONSTANT)
    Q_PROPERTY(et::models::CenterListModel *allCenters READ allCenters CONSTANT)
    Q_PROPERTY(et::models::CenterFilterModel *centers READ centers CONSTANT)
    /// The user's private self-check; its needs profile feeds the centers' ranking.
    Q_PROPERTY(et::models::SelfCheck *selfCheck READ selfCheck CONSTANT)
    /// Where the center search measures from: GPS, a point on the map or the map's centre.
    Q_PROPERTY(et::models::SearchOrigin *searchOrigin READ searchOrigin CONSTANT)
    Q_PROPERTY(et::models::InfoPages *info READ info CONSTANT)
    /// The page a view opens on at start (--page), e.g. the Centers view's "selfCheck"; "" = its first.
    Q_PROPERTY(QString startPage READ startPage CONSTANT)
    /// Imports, notices and reviews of the centers (issue 19).
    Q_PROPERTY(et::models::CenterCommunity *centerCommunity READ centerCommunity CONSTANT)
    /// The instant the Energy view shows — live or scrubbed on the time slider — and the energy
    /// at that instant, which `balance`, `assets`, `hvdcFlows` and `gridFlows` show.
    Q_PROPERTY(et::models::TimeCursor *time READ time CONSTANT)
    Q_PROPERTY(et::models::EnergyInstant *energy READ energy CONSTANT)
    Q_PROPERTY(et::models::EnergyBalanceModel *balance READ balance CONSTANT)
    Q_PROPERTY(et::models::ForecastModel *forecast READ forecast CONSTANT)
    /// The Energy view's chart: the island's past and forecast, and the selected asset's output.
    Q_PROPERTY(et::models::EnergyChartData *energyChart READ energyChart CONSTANT)
    Q_PROPERTY(et::models::HvdcFlowModel *hvdcFlows READ hvdcFlows CONSTANT)
    /// Every flow on the map: the HVDC links and each plant's and converter's feed into its substation.
    Q_PROPERTY(et::models::GridFlowModel *gridFlows READ gridFlows CONSTANT)
    Q_PROPERTY(et::models::ConnectionStatus *status READ status CONSTANT)
    Q_PROPERTY(et::models::OrderListModel *orders READ orders CONSTANT)
    Q_PROPERTY(et::models::TruckOrdersModel *truckOrders READ truckOrders CONSTANT)
    Q_PROPERTY(et::models::CommandRejectionModel *rejections READ rejections CONSTANT)
    Q_PROPERTY(et::models::OperatorCommands *commands READ commands CONSTANT)
    /// The truck dispatch's suggestions of the cached plan, best first.
    Q_PROPERTY(et::models::DispatchSuggestionModel *suggestions READ suggestions CONSTANT)
    /// The trucks in lanes by state (the dispatch board; shares `trucks`' selection).
    Q_PROPERTY(et::models::TruckBoardModel *truckBoard READ truckBoard CONSTANT)
    /// Today's KPIs of the trucks (absorbed, delivered, value, CO₂ avoided, share absorbed).
    Q_PROPERTY(et::models::TruckDayKpis *truckKpis READ truckKpis CONSTANT)
    /// The selected truck's SoC over the last day (follows `trucks`' selection).
    Q_PROPERTY(et::models::TruckSocHistory *truckSoc READ truckSoc CONSTANT)
    /// Where the dispatch form may send its truck, nearest first.
    Q_PROPERTY(et::models::DestinationModel *destinations READ destinations CONSTANT)
    /// The selected disaster's impact (follows `disasters`' selection).
    Q_PROPERTY(et::models::IncidentImpactModel *incidentImpact READ incidentImpact CONSTANT)
    /// What the map draws of the incidents: cones, swaths, contours, areas, and the replayed
    /// typhoon at the time slider's instant.
    Q_PROPERTY(et::models::HazardShapes *hazardShapes READ hazardShapes CONSTANT)
    /// The what-if draft: assessed here, never sent until promoted.
    Q_PROPERTY(et::models::WhatIfDraft *whatIf READ whatIf CONSTANT)
    /// The alarms of every view's alarm bar (the server's and the console's lost connection).
    Q_PROPERTY(et::models::AlarmListModel *alarms READ alarms CONSTANT)
    /// Past typhoons to replay as an exercise incident.
    Q_PROPERTY(et::models::TyphoonExercise *typhoonExercise READ typhoonExercise CONSTANT)
    /// The server's audit trail (admins), read live when the Audit view opens.
    Q_PROPERTY(et::models::AuditLogModel *audit READ audit CONSTANT)
    /// The views, the current one, and what the map shows for it.
    Q_PROPERTY(et::models::ViewRegistry *views READ views CONSTANT)
    /// Where the map is looking; distances in the Centers view are measured from here.
    Q_PROPERTY(QGeoCoordinate mapCenter READ mapCenter WRITE setMapCenter NOTIFY mapCenterChanged)
    /// What the operator must read once (the cache was damaged and rebuilt, no keychain, the
    /// bundled server could not start), each until dismissed.
    Q_PROPERTY(et::models::NoticeListModel *notices READ notices CONSTANT)
    /// Who is signed in ("" when nobody: cache-only or tests) and as what (admin, operator, viewer, partner).
    Q_PROPERTY(QString userEmail READ userEmail NOTIFY userChanged)
    Q_PROPERTY(QString userRole READ userRole NOTIFY userChanged)
    /// The controls QML shows or hides by role (bindings follow a change of user).
    Q_PROPERTY(bool canDispatch READ canDispatch NOTIFY userChanged)
    Q_PROPERTY(bool signOutAvailable READ signOutAvailable NOTIFY userChanged)
    Q_PROPERTY(bool canManageDisasters READ canManageDisasters NOTIFY userChanged)
    Q_PROPERTY(bool canHandleAlarms READ canHandleAlarms NOTIFY userChanged)
    Q_PROPERTY(bool canReadAudit READ canReadAudit NOTIFY userChanged)
public:
    /// `engine` may be null (offline mode). Neither is owned.
    ConsoleController(client::Store *store, client::SyncEngine *engine, QObject *parent = nullptr);

    TimeCursor *time() const { return m_time; }
    EnergyInstant *energy() const { return m_energy; }
    AssetListModel *assets() const { return m_assets; }
    TruckListModel *trucks() const { return m_trucks; }
    DisasterListModel *disasters() const { return m_disasters; }
    CenterListModel *allCenters() const { return m_allCenters; }
    CenterFilterModel *centers() const { return m_centers; }
    SelfCheck *selfCheck() const { return m_selfCheck; }
    SearchOrigin *searchOrigin() const { return m_searchOrigin; }
    InfoPages *info() const { return m_info; }
    QString startPage() const { return m_startPage; }
    void setStartPage(const QString &page) { m_startPage = page; }
    CenterCommunity *centerCommunity() const { return m_centerCommunity; }
    EnergyBalanceModel *balance() const { return m_balance; }
    ForecastModel *forecast() const { return m_forecast; }
    EnergyChartData *energyChart() const { return m_energyChart; }
    /// What keeps energyChart's measured series equal to the cached history.
    HistoryChartLoader *historyChart() const { return m_historyChart; }
    HvdcFlowModel *hvdcFlows() const { return m_hvdcFlows; }
    GridFlowModel *gridFlows() const { return m_gridFlows; }
    ConnectionStatus *status() const { return m_status; }
    OrderListModel *orders() const { return m_orders; }
    /// The orders of the truck selected in `trucks` (follows the selection).
    TruckOrdersModel *truckOrders() const { return m_truckOrders; }
    CommandRejectionModel *rejections() const { return m_rejections; }
    OperatorCommands *commands() const { return m_commands; }
    DispatchSuggestionModel *suggestions() const { return m_suggestions; }
    TruckBoardModel *truckBoard() const { return m_truckBoard; }
    TruckDayKpis *truckKpis() const { return m_truckKpis; }
    TruckSocHistory *truckSoc() const { return m_truckSoc; }
    DestinationModel *destinations() const { return m_destinations; }
    IncidentImpactModel *incidentImpact() const { return m_incidentImpact; }
    HazardShapes *hazardShapes() const { return m_hazardShapes; }
    WhatIfDraft *whatIf() const { return m_whatIf; }
    /// The offline cache, for the application's own objects (the situation report's export).
    client::Store *store() const { return m_store; }
    TyphoonExercise *typhoonExercise() const { return m_typhoonExercise; }
    AlarmListModel *alarms() const { return m_alarms; }
    AuditLogModel *audit() const { return m_audit; }

    ViewRegistry *views() const { return m_views; }
    /// The current view's id (ViewRegistry::ids()); setting an unknown one changes nothing.
    QString currentView() const { return m_views->currentId(); }
    void setCurrentView(const QString &view) { m_views->setCurrentId(view); }
    QGeoCoordinate mapCenter() const { return m_mapCenter; }
    void setMapCenter(const QGeoCoordinate &center);

    /// Selects the entity `id` in the current view's list as soon as the cache holds it.
    void selectWhenAvailable(const QString &id);
    /// `time` as Jeju time (KST) with a Qt pattern such as "yyyy-MM-dd HH:mm"; "" when invalid.
    Q_INVOKABLE QString jejuTime(const QDateTime &time, const QString &pattern) const;
    /// Whether the cache holds what the current view shows.
    bool currentViewHasData() const { return m_views->currentHasData(); }
    NoticeListModel *notices() const { return m_notices; }
    QString userEmail() const { return m_user ? m_user->email : QString(); }
    QString userRole() const { return m_user ? domain::toString(m_user->role) : QString(); }
    void setUser(const std::optional<domain::UserAccount> &user);
    std::optional<domain::UserAccount> user() const { return m_user; }
    /// False for the bundled backend's own account: there is nobody else to sign in as.
    bool signOutAvailable() const { return m_signOutAvailable && m_user.has_value(); }
    void setSignOutAvailable(bool available);
    /// Whether the signed-in user may do `permission` ("dispatch", "manage_disasters", … as in
    /// domain/permissions.h), so QML shows only the controls that can work. Nobody signed in may
    /// do nothing. The server decides in the end; this only keeps useless buttons off the screen.
    Q_INVOKABLE bool can(const QString &permission) const;
    bool canDispatch() const { return can(QStringLiteral("dispatch")); }
    bool canManageDisasters() const { return can(QStringLiteral("manage_disasters")); }
    bool canHandleAlarms() const { return can(QStringLiteral("handle_alarms")); }
    bool canReadAudit() const { return can(QStringLiteral("read_audit")); }
    /// The operator asked to sign out; the application ends the session.
    Q_INVOKABLE void signOut() { emit signOutRequested(); }

    /// The window's controller (EngineObjects).
    static ConsoleController *create(QQmlEngine *engine, QJSEngine *);

signals:
    void currentViewChanged();
    void dataAvailabilityChanged();
    void mapCenterChanged();
    void userChanged();
    void signOutRequested();

private:
    /// The chart follows the time cursor, the cursor the newest balance, the chart's newest points
    /// the balances the history has not brought yet, its forward part the forecast (the cached
    /// one, or the one recomputed offline), and its asset output the asset selected; the
    /// forecast knows whether the console is offline.
    void wireEnergyChart();
    /// Reads the audit trail when its view is open to an admin and the engine has a server.
    void readAuditIfShown();

    bool m_signOutAvailable = true;
    client::SyncEngine *m_engine;
    client::Store *m_store;
    TimeCursor *m_time;
    EnergyInstant *m_energy;
    AssetListModel *m_assets;
    TruckListModel *m_trucks;
    DisasterListModel *m_disasters;
    CenterListModel *m_allCenters;
    CenterFilterModel *m_centers;
    SelfCheck *m_selfCheck;
    SearchOrigin *m_searchOrigin;
    InfoPages *m_info;
    QString m_startPage;
    CenterCommunity *m_centerCommunity;
    EnergyBalanceModel *m_balance;
    ForecastModel *m_forecast;
    EnergyChartData *m_energyChart;
    HistoryChartLoader *m_historyChart;
    LiveChartTail *m_liveChart;
    HvdcFlowModel *m_hvdcFlows;
    GridFlowModel *m_gridFlows;
    ConnectionStatus *m_status;
    OrderListModel *m_orders;
    TruckOrdersModel *m_truckOrders;
    CommandRejectionModel *m_rejections;
    OperatorCommands *m_commands;
    DispatchSuggestionModel *m_suggestions;
    TruckBoardModel *m_truckBoard;
    TruckDayKpis *m_truckKpis;
    TruckSocHistory *m_truckSoc;
    DestinationModel *m_destinations;
    IncidentImpactModel *m_incidentImpact;
    HazardShapes *m_hazardShapes;
    WhatIfDraft *m_whatIf;
    TyphoonExercise *m_typhoonExercise;
    AlarmListModel *m_alarms;
    AuditLogModel *m_audit;
    NoticeListModel *m_notices;
    ViewRegistry *m_views;
    QGeoCoordinate m_mapCenter;
    std::optional<domain::UserAccount> m_user;
};

} // namespace et::models
