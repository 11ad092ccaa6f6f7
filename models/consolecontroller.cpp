// SPDX-License-Identifier: MIT
#include "consolecontroller.h"
#include "sharedsingleton.h"
#include "jejutime.h"
#include "domain/permissions.h"

#include "assetlistmodel.h"
#include "centerfiltermodel.h"
#include "centerlistmodel.h"
#include "connectionstatus.h"
#include "disasterlistmodel.h"
#include "energybalancemodel.h"
#include "modelslogging.h"
#include "trucklistmodel.h"
#include "client/store.h"
#include "client/syncengine.h"

#include <QPointer>
#include <QQmlEngine>

namespace et::models {

ConsoleController::ConsoleController(client::Store *store, client::SyncEngine *engine, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_store(store),
      m_assets(new AssetListModel(store, this)),
      m_trucks(new TruckListModel(store, this)),
      m_disasters(new DisasterListModel(store, this)),
      m_allCenters(new CenterListModel(store, this)),
      m_centers(new CenterFilterModel(m_allCenters, this)),
      m_balance(new EnergyBalanceModel(store, this)),
      m_hvdcFlows(new HvdcFlowModel(store, this)),
      m_status(new ConnectionStatus(store, engine, this)),
      m_orders(new OrderListModel(store, this)),
      m_truckOrders(new TruckOrdersModel(m_orders, this)),
      m_rejections(new CommandRejectionModel(store, this)),
      m_commands(new OperatorCommands(store, this)),
      m_audit(new AuditLogModel(engine ? engine->restClient() : nullptr, this)),
      m_notices(new NoticeListModel(this))
{
    connect(m_trucks, &EntityListModel::selectionChanged, this, [this] { m_truckOrders->setTruckId(m_trucks->selectedId()); });
    for (EntityListModel *m : {static_cast<EntityListModel *>(m_assets), static_cast<EntityListModel *>(m_trucks),
                               static_cast<EntityListModel *>(m_disasters),
                               static_cast<EntityListModel *>(m_allCenters)})
        connect(m, &EntityListModel::contentChanged, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_balance, &EnergyBalanceModel::changed, this, &ConsoleController::dataAvailabilityChanged);
    connect(store, &client::Store::changed, this, &ConsoleController::dataAvailabilityChanged);
    connect(m_audit, &AuditLogModel::resultChanged, this, &ConsoleController::dataAvailabilityChanged);
    // The console opens on the Audit view (--view audit) before the engine knows its server.
    if (engine)
        connect(engine, &client::SyncEngine::stateChanged, this, [this] {
            if (!m_audit->loaded())
                readAuditIfShown();
        });
}

void ConsoleController::readAuditIfShown()
{
    if (m_currentView == u"audit" && canReadAudit() && m_engine && m_engine->serverUrl().isValid())
        m_audit->refresh();
}

void ConsoleController::setCurrentView(const QString &view)
{
    if (view == m_currentView)
        return;
    if (!viewNames().contains(view)) {
        qCWarning(lcModels) << "ignoring unknown view" << view;
        return;
    }
    m_currentView = view;
    emit currentViewChanged();
    emit dataAvailabilityChanged();
    readAuditIfShown();
}

void ConsoleController::setDarkTheme(bool dark)
{
    if (dark == m_darkTheme)
        return;
    m_darkTheme = dark;
    emit darkThemeChanged();
}

EntityListModel *ConsoleController::modelFor(const QString &view) const
{
    if (view == QLatin1String("energy"))
        return m_assets;
    if (view == QLatin1String("dispatch"))
        return m_trucks;
    if (view == QLatin1String("disasters"))
        return m_disasters;
    if (view == QLatin1String("centers"))
        return m_allCenters;
    return nullptr;
}

void ConsoleController::selectWhenAvailable(const QString &id)
{
    EntityListModel *model = modelFor(m_currentView);
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

QStringList ConsoleController::viewNames()
{
    return {QStringLiteral("energy"), QStringLiteral("dispatch"), QStringLiteral("disasters"),
            QStringLiteral("centers"), QStringLiteral("audit")};
}

bool ConsoleController::hasDataFor(const QString &view) const
{
    if (view == QLatin1String("energy"))
        return m_balance->available() && m_assets->rowCount() > 0;
    if (view == QLatin1String("dispatch"))
        return m_trucks->rowCount() > 0;
    if (view == QLatin1String("disasters"))
        return m_disasters->rowCount() > 0 || (m_store->isOpen() && m_store->cursor() > 0);
    if (view == QLatin1String("centers"))
        return m_allCenters->rowCount() > 0;
    // Never cached: there is something to show once the server answered (the list or why not).
    if (view == QLatin1String("audit"))
        return m_audit->loaded() || !canReadAudit();
    return false;
}

namespace {
QPointer<ConsoleController> s_qmlInstance;
}

void ConsoleController::setQmlInstance(ConsoleController *instance)
{
    s_qmlInstance = instance;
}

void ConsoleController::registerQml()
{
    const char *uri = "EnergyTruck.Models";
    const QString why = QStringLiteral("provided by the Console singleton");
    qmlRegisterUncreatableType<AssetListModel>(uri, 1, 0, "AssetListModel", why);
    qmlRegisterUncreatableType<TruckListModel>(uri, 1, 0, "TruckListModel", why);
    qmlRegisterUncreatableType<DisasterListModel>(uri, 1, 0, "DisasterListModel", why);
    qmlRegisterUncreatableType<CenterListModel>(uri, 1, 0, "CenterListModel", why);
    qmlRegisterUncreatableType<CenterFilterModel>(uri, 1, 0, "CenterFilterModel", why);
    qmlRegisterUncreatableType<EnergyBalanceModel>(uri, 1, 0, "EnergyBalanceModel", why);
    qmlRegisterUncreatableType<HvdcFlowModel>(uri, 1, 0, "HvdcFlowModel", why);
    qmlRegisterUncreatableType<ConnectionStatus>(uri, 1, 0, "ConnectionStatus", why);
    qmlRegisterUncreatableType<OrderListModel>(uri, 1, 0, "OrderListModel", why);
    qmlRegisterUncreatableType<TruckOrdersModel>(uri, 1, 0, "TruckOrdersModel", why);
    qmlRegisterUncreatableType<CommandRejectionModel>(uri, 1, 0, "CommandRejectionModel", why);
    qmlRegisterUncreatableType<OperatorCommands>(uri, 1, 0, "OperatorCommands", why);
    qmlRegisterUncreatableType<AuditLogModel>(uri, 1, 0, "AuditLogModel", why);
    qmlRegisterUncreatableType<NoticeListModel>(uri, 1, 0, "NoticeListModel", why);
    registerSharedSingleton<ConsoleController>(uri, "Console", [] { return s_qmlInstance.data(); });
}

QString ConsoleController::jejuTime(const QDateTime &time, const QString &pattern) const
{
    return JejuTime::format(time, pattern);
}

} // namespace et::models
