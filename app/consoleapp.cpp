// SPDX-License-Identifier: MIT
#include "consoleapp.h"

#include "applogging.h"
#include "bundledserver.h"
#include "connectionstatus.h"
#include "consolecontroller.h"
#include "consolesession.h"
#include "localaccount.h"
#include "screenshottaker.h"

#include "client/accountdirectory.h"
#include "domain/passwordline.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace et::app {

namespace {
const QString kClient = QStringLiteral("console");

std::unique_ptr<QQmlApplicationEngine> loadWindow(const QString &qmlFile)
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->load(QUrl(QStringLiteral("qrc:/qt/qml/EnergyTruck/Console/") + qmlFile));
    if (engine->rootObjects().isEmpty())
        return nullptr;
    return engine;
}

QQuickWindow *windowOf(const QQmlApplicationEngine *engine)
{
    return engine ? qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst()) : nullptr;
}

/// Deleting an engine from inside one of its own signal handlers crashes; this waits for the
/// event loop.
void dispose(std::unique_ptr<QQmlApplicationEngine> engine)
{
    if (engine)
        engine.release()->deleteLater();
}
} // namespace

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_authRest(nullptr), m_auth(&m_authRest, &m_secrets, kClient),
      m_mapPack(options)
{
    models::ConsoleController::registerQml();
    models::SignInController::registerQml(&m_signIn);
    MapPackSettings::registerQml(&m_mapPack);
    connect(&m_signIn, &models::SignInController::submitted, this, &ConsoleApp::signIn);
    m_signIn.setDarkTheme(options.darkTheme);
    connect(&m_secrets, &client::CredentialStore::availabilityChanged, this, [this] {
        m_signIn.setKeychainNotice(m_secrets.unavailableMessage());
        if (m_session)
            m_session->controller()->setNotice(m_secrets.unavailableMessage());
    });
    connect(&m_auth, &client::AuthSession::userChanged, this, [this] {
        if (!m_session || !m_auth.user())
            return;
        m_session->controller()->setUser(m_auth.user());
        client::AccountDirectory::rememberUser(m_options.dataDir, m_serverIdentity, *m_auth.user());
    });
    // The server ended the login (revoked, a reused token, a disabled user): ask again.
    connect(&m_auth, &client::AuthSession::signInRequired, this, [this](const QString &reason) {
        closeConsole();
        showSignIn(reason);
    });
}

ConsoleApp::~ConsoleApp()
{
    shutdown();
    m_shot.reset();
    m_consoleEngine.reset();
    m_signInEngine.reset();
    m_session.reset();
}

domain::Status ConsoleApp::start()
{
    if (!m_options.caCertFile.isEmpty()) {
        const auto tls = client::TlsConfig::fromCaFile(m_options.caCertFile);
        if (!tls.ok())
            return tls.error().prefixed(QStringLiteral("--ca-cert"));
        m_tls = tls.value();
        m_authRest.setTlsConfig(m_tls);
    }
    switch (m_options.source) {
    case ConsoleOptions::Source::BundledServer:
        startBundled();
        return domain::Ok{};
    case ConsoleOptions::Source::RemoteServer:
        startRemote();
        return domain::Ok{};
    case ConsoleOptions::Source::CacheOnly:
        break;
    }
    const auto last = client::AccountDirectory::last(m_options.dataDir);
    if (!last)
        return domain::Error{QStringLiteral("--offline"),
                             tr("nobody has signed in with the data folder %1 yet, so there is no cache to show")
                                 .arg(m_options.dataDir)};
    m_serverIdentity = last->server;
    return openConsole(m_options.user.isEmpty() ? last->email : m_options.user);
}

void ConsoleApp::startBundled()
{
    m_serverIdentity = client::AccountDirectory::serverIdentity(QStringLiteral("bundled"));
    m_auth.setServerIdentity(m_serverIdentity);
    const QString dbPath = QDir(m_options.dataDir).filePath(QStringLiteral("server.sqlite"));
    if (const auto opened = openConsole(LocalAccount::email()); !opened.ok()) {
        fail(opened.error().toString());
        return;
    }
    m_session->controller()->setSignOutAvailable(false);
    m_localAccount = std::make_unique<LocalAccount>(&m_secrets, BundledServer::defaultProgram(), dbPath, m_options.dataDir);
    m_localAccount->ensure([this, dbPath](domain::Result<QString> password) {
        if (!password.ok()) {
            m_session->controller()->status()->setErrorText(password.error().message);
            return;
        }
        m_bundled = std::make_unique<BundledServer>();
        connect(m_bundled.get(), &BundledServer::failed, m_session->controller()->status(),
                &models::ConnectionStatus::setErrorText);
        connect(m_bundled.get(), &BundledServer::ready, this, [this, password = password.value()](const QUrl &url) {
            m_serverUrl = url;
            m_authRest.setBaseUrl(url);
            m_auth.signIn(LocalAccount::email(), password, [this](const domain::Status &status) {
                if (!status.ok()) {
                    m_session->controller()->status()->setErrorText(status.error().message);
                    return;
                }
                onSignedIn();
            });
        });
        // 60 simulated seconds per real second, so an operator sees the day move during a demo.
        m_bundled->start(BundledServer::defaultProgram(), dbPath, {QStringLiteral("--speed"), QStringLiteral("60")});
    });
}

void ConsoleApp::startRemote()
{
    m_serverUrl = m_options.serverUrl;
    m_serverIdentity = client::AccountDirectory::serverIdentity(m_serverUrl.toString());
    m_authRest.setBaseUrl(m_serverUrl);
    m_auth.setServerIdentity(m_serverIdentity);
    m_signIn.setServer(m_serverUrl.toDisplayString());
    if (m_options.passwordFromStdin) {
        const auto password = domain::PasswordLine::readStdin(QStringLiteral("--password-stdin"));
        if (!password.ok()) {
            fail(password.error().toString());
            return;
        }
        signIn(m_options.user, password.value());
        return;
    }
    QString email = m_options.user;
    if (email.isEmpty()) {
        if (const auto last = client::AccountDirectory::last(m_options.dataDir); last && last->server == m_serverIdentity)
            email = last->email;
    }
    if (email.isEmpty()) {
        showSignIn({});
        return;
    }
    // The cache first: an operator sees the last known state while the login is checked.
    if (const auto opened = openConsole(email); !opened.ok()) {
        fail(opened.error().toString());
        return;
    }
    m_auth.resume(email, [this, email](const domain::Status &status) {
        if (status.ok() || status.error().code == u"unreachable") {
            onSignedIn();
            return;
        }
        closeConsole();
        m_signIn.setEmail(email);
        showSignIn(status.error().code == u"no_saved_login" ? QString() : status.error().message);
    });
}

domain::Status ConsoleApp::openConsole(const QString &email)
{
    if (m_session && m_sessionEmail == email)
        return domain::Ok{};
    closeConsole();
    auto session = std::make_unique<ConsoleSession>();
    const QString cache = client::AccountDirectory::cachePathFor(m_options.dataDir, m_serverIdentity, email);
    if (const auto opened = session->open(m_options, cache); !opened.ok())
        return domain::Error{{}, tr("cannot open the offline cache: %1").arg(opened.error().toString())};
    m_session = std::move(session);
    m_sessionEmail = email;
    models::ConsoleController *console = m_session->controller();
    // Until the server answers (or while it cannot be reached), the role it gave last time.
    console->setUser(client::AccountDirectory::knownUser(m_options.dataDir, m_serverIdentity, email));
    if (!m_secrets.isAvailable())
        console->setNotice(m_secrets.unavailableMessage());
    connect(console, &models::ConsoleController::signOutRequested, this, &ConsoleApp::signOut);
    models::ConsoleController::setQmlInstance(console);
    m_signIn.setConsoleOpen(true);
    m_consoleEngine = loadWindow(QStringLiteral("Main.qml"));
    if (!m_consoleEngine)
        return domain::Error{{}, tr("the user interface failed to load (see the messages above)")};
    watchForScreenshot(windowOf(m_consoleEngine.get()), console);
    return domain::Ok{};
}

void ConsoleApp::closeConsole()
{
    m_shot.reset();
    m_signIn.setConsoleOpen(false);
    dispose(std::move(m_consoleEngine));
    if (m_session) {
        m_session->shutdown();
        m_session.release()->deleteLater();
    }
    m_sessionEmail.clear();
}

void ConsoleApp::showSignIn(const QString &reason)
{
    if (!m_secrets.isAvailable())
        m_signIn.setKeychainNotice(m_secrets.unavailableMessage());
    if (!reason.isEmpty())
        m_signIn.failed(reason);
    if (m_signInEngine)
        return;
    qCInfo(lcApp) << "showing the sign-in window for" << m_signIn.server();
    m_signInEngine = loadWindow(QStringLiteral("SignIn.qml"));
    if (!m_signInEngine) {
        fail(tr("the sign-in window failed to load (see the messages above)"));
        return;
    }
    watchForScreenshot(windowOf(m_signInEngine.get()), nullptr);
}

void ConsoleApp::closeSignIn()
{
    if (m_shot && m_signInEngine)
        m_shot.reset();
    dispose(std::move(m_signInEngine));
}

void ConsoleApp::signIn(const QString &email, const QString &password)
{
    m_signIn.setEmail(email);
    m_auth.signIn(email, password, [this, email](const domain::Status &status) {
        if (!status.ok()) {
            qCInfo(lcApp).noquote() << "sign-in of" << email << "failed:" << status.error().code;
            showSignIn(status.error().message);
            return;
        }
        m_signIn.succeeded();
        closeSignIn();
        if (const auto opened = openConsole(email); !opened.ok()) {
            fail(opened.error().toString());
            return;
        }
        onSignedIn();
    });
}

void ConsoleApp::onSignedIn()
{
    models::ConsoleController *console = m_session->controller();
    if (const auto user = m_auth.user()) {
        console->setUser(user);
        if (const auto kept = client::AccountDirectory::rememberUser(m_options.dataDir, m_serverIdentity, *user); !kept.ok())
            qCWarning(lcApp).noquote() << "cannot remember the user:" << kept.error().toString();
    }
    if (const auto remembered = client::AccountDirectory::remember(m_options.dataDir, {m_serverIdentity, m_sessionEmail});
        !remembered.ok())
        qCWarning(lcApp).noquote() << "cannot remember the account:" << remembered.error().toString();
    m_session->connectTo(m_serverUrl, &m_auth, m_tls);
}

void ConsoleApp::signOut()
{
    const QString email = m_sessionEmail;
    closeConsole();
    m_signIn.setEmail(email);
    showSignIn({});
    m_auth.signOut([](const domain::Status &status) {
        if (!status.ok())
            qCWarning(lcApp).noquote() << "sign-out:" << status.error().toString();
    });
}

void ConsoleApp::watchForScreenshot(QQuickWindow *window, models::ConsoleController *console)
{
    if (m_options.screenshotPath.isEmpty())
        return;
    if (!window) {
        fail(tr("the root object is not a window; cannot take a screenshot"));
        return;
    }
    m_shot = std::make_unique<ScreenshotTaker>(window, console, m_options.screenshotPath);
    m_shot->setMinimumWait(m_options.screenshotAfterMs);
    connect(m_shot.get(), &ScreenshotTaker::finished, this, [this](int code) {
        if (code == 3)
            qCWarning(lcApp) << "the view had no data within the time limit; the screenshot shows what was there";
        emit exitRequested(code);
    });
    m_shot->start();
}

void ConsoleApp::fail(const QString &message)
{
    qCCritical(lcApp).noquote() << message;
    QTextStream(stderr) << "energytruck-console: " << message << "\n";
    emit exitRequested(1);
}

void ConsoleApp::shutdown()
{
    if (m_session)
        m_session->shutdown();
    if (m_bundled)
        m_bundled->stop();
}

} // namespace et::app
