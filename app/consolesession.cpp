// SPDX-License-Identifier: MIT
#include "consolesession.h"

#include "applogging.h"
#include "client/store.h"
#include "client/storerecovery.h"
#include "client/syncengine.h"
#include "connectionstatus.h"
#include "consolecontroller.h"
#include "domain/permissions.h"
#include "domain/streamevent.h"

#include <QDir>
#include <QFileInfo>

namespace et::app {

ConsoleSession::ConsoleSession(const client::RestClient *signIn, QObject *parent) : QObject(parent), m_signIn(signIn) {}

ConsoleSession::~ConsoleSession()
{
    shutdown();
    // The controller's models hold pointers to the store and engine: it goes first.
    m_controller.reset();
}

domain::Status ConsoleSession::open(const ConsoleOptions &options, const QString &cachePath)
{
    m_options = options;
    const QString folder = QFileInfo(cachePath).absolutePath();
    if (!QDir().mkpath(folder))
        return domain::Error{folder, tr("cannot create the data folder")};
    m_store = std::make_unique<client::Store>();
    // A damaged cache is moved aside and rebuilt from the server: the console starts either way.
    const auto opened = client::StoreRecovery::open(*m_store, cachePath);
    if (!opened.ok()) {
        // The store's message usually names the file already; say which file only when it does not.
        const domain::Error &e = opened.error();
        return e.toString().contains(cachePath) ? e : e.prefixed(cachePath);
    }
    if (options.source != ConsoleOptions::Source::CacheOnly)
        m_engine = std::make_unique<client::SyncEngine>(m_store.get(), nullptr, m_signIn);
    m_controller = std::make_unique<models::ConsoleController>(m_store.get(), m_engine.get());
    if (!options.view.isEmpty())
        m_controller->setCurrentView(options.view);
    m_controller->selectWhenAvailable(options.selectId);
    if (options.showAlarms) {
        m_controller->alarms()->setShowShelved(true);
        m_controller->alarms()->setListOpen(true);
    }
    if (!options.whatIfBody.isEmpty())
        m_controller->whatIf()->setBody(options.whatIfBody);
    m_controller->setStartPage(options.page);
    if (!options.nmeaSource.isEmpty()) {
        QString why;
        if (!m_controller->searchOrigin()->startNmea(options.nmeaSource, &why))
            m_controller->notices()->post(QStringLiteral("gps"), why);
    }
    if (options.at.isValid() || options.atSecondsBeforeNewest >= 0)
        m_controller->time()->scrubWhenAvailable(options.at, std::max<qint64>(options.atSecondsBeforeNewest, 0));
    if (opened.value().happened())
        m_controller->notices()->post(QStringLiteral("cache"), opened.value().message());
    qCInfo(lcApp).noquote() << "cache" << cachePath << "at cursor" << m_store->cursor();
    return domain::Ok{};
}

void ConsoleSession::shutdown()
{
    if (m_engine)
        m_engine->stop();
}

void ConsoleSession::connectTo(const QUrl &url, client::AccessTokenSource *tokens, const client::TlsConfig &tls)
{
    if (!m_engine)
        return;
    m_engine->stop();
    m_engine->setServerUrl(url);
    m_engine->setAccessTokenSource(tokens);
    m_engine->setTlsConfig(tls);
    // Only the channels the user may read: the server refuses a subscription with any other.
    const auto user = m_controller->user();
    QStringList channels;
    for (const QString &channel : domain::channel::all()) {
        const auto needed = domain::permissionForChannel(channel);
        if (!user || (needed && domain::allows(user->role, *needed)))
            channels << channel;
    }
    m_engine->setChannels(channels);
    m_engine->start();
}

} // namespace et::app
