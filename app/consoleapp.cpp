// SPDX-License-Identifier: MIT
#include "consoleapp.h"

#include "alarmnotifier.h"

#include "applogging.h"
#include "bundledserver.h"
#include "connectionstatus.h"
#include "consolecontroller.h"
#include "consolesession.h"
#include "localaccount.h"
#include "screenshottaker.h"
#include "screenstatelog.h"
#include "windowloader.h"

#include "client/accountdirectory.h"
#include "domain/errorcode.h"
#include "domain/passwordline.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryFile>
#include <QTimer>

namespace et::app {

namespace {
const QString kClient = QStringLiteral("console");

QQuickWindow *windowOf(const QQmlApplicationEngine *engine)
{
    return engine ? qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst()) : nullptr;
}

/// Everything the console keeps lives in the data folder: one it cannot write to is a reason
/// not to start, said before anything half-starts (a bundled server without a database, a cache
/// that cannot keep a queued command).
domain::Status checkWritableFolder(const QString &path)
{
    const QString what = QCoreApplication::translate(
        "et::app::ConsoleApp", "The data folder %1 cannot be written to (%2). Choose another folder with --data-dir DIR, "
                               "or give your user account write access to this one, and start the console again.");
    if (!QDir().mkpath(path))
        return domain::Error{{}, what.arg(QDir::toNativeSeparators(path), QCoreApplication::translate("et::app::ConsoleApp", "it cannot be created"))};
    QTemporaryFile probe(QDir(path).filePath(QStringLiteral(".write-check-XXXXXX")));
    if (!probe.open())
        return domain::Error{{}, what.arg(QDir::toNativeSeparators(path), probe.errorString())};
    return domain::Ok{};
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
      m_mapPack(options.tilesFile, options.tileUrl, options.dataDir)
{
    // The saved settings, where this run's flags do not say otherwise; the language from the
    // settings page switches while the console runs (InterfaceLanguage retranslates every window).
    const models::UserPreferences::Saved saved = models::UserPreferences::read();
    QStringList overridden;
    if (options.theme)
        overridden << QStringLiteral("--theme");
    if (options.languageFromFlag)
        overridden << QStringLiteral("--lang");
    if (options.source != ConsoleOptions::Source::BundledServer)
        overridden << QStringLiteral("--server");
    models::UserPreferences::startWith(m_appearance, saved, options.theme,
                                       options.languageFromFlag ? std::optional(options.language) : std::nullopt, options.language);
    m_language.use(m_appearance.language());
    connect(&m_appearance, &models::Appearance::languageChanged, this, [this] { m_language.use(m_appearance.language()); });
    m_preferences = std::make_unique<models::UserPreferences>(&m_appearance, overridden, saved);
    // A server chosen on the settings page is this start's, unless --server or --offline says otherwise.
    if (m_options.source == ConsoleOptions::Source::BundledServer && !saved.serverUrl.isEmpty()) {
        m_options.source = ConsoleOptions::Source::RemoteServer;
        m_options.serverUrl = saved.serverUrl;
    }
    connect(&m_startProblem, &StartProblem::quitRequested, this, [this] { emit exitRequested(1); });
    connect(&m_signIn, &models::SignInController::submitted, this, &ConsoleApp::signIn);
    connect(&m_secrets, &client::CredentialStore::availabilityChanged, this, &ConsoleApp::showKeychainState);
    connect(&m_secrets, &client::CredentialStore::waitingChanged, this, &ConsoleApp::showKeychainState);
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
    m_problemEngine.reset();
    m_alarmNotifier.reset();
    m_session.reset();
}

domain::Status ConsoleApp::start()
{
    if (!m_options.stateLogPath.isEmpty()) {
        m_stateLog = std::make_unique<ScreenStateLog>();
        if (!m_stateLog->open(m_options.stateLogPath))
            return domain::Error{QStringLiteral("--state-log"), m_stateLog->errorString()};
    }
    if (m_options.noKeychain)
        m_secrets.useMemoryOnly(QStringLiteral("--no-keychain"));
    if (const auto writable = checkWritableFolder(m_options.dataDir); !writable.ok()) {
        fail(writable.error().message);
        return domain::Ok{};
    }
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
            reportServerProblem(password.error().message);
            return;
        }
        m_bundled = std::make_unique<BundledServer>();
        connect(m_bundled.get(), &BundledServer::failed, this, &ConsoleApp::reportServerProblem);
        connect(m_bundled.get(), &BundledServer::ready, this, [this, password = password.value()](const QUrl &url) {
            m_serverUrl = url;
            m_authRest.setBaseUrl(url);
            m_auth.signIn(LocalAccount::email(), password, [this](const domain::Status &status) {
                if (!status.ok()) {
                    reportServerProblem(status.error().message);
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
        // Kept unless the server said the login is over: a server that cannot be reached, is not
        // trusted or answers oddly is no reason to take the cached data off the screen.
        if (status.ok() || m_auth.state() == client::AuthSession::State::SignedIn) {
            onSignedIn();
            if (!status.ok())
                reportConnectionProblem(status.error());
            return;
        }
        closeConsole();
        m_signIn.setEmail(email);
        showSignIn(status.error().code == domain::errorcode::noSavedLogin ? QString() : status.error().message);
    });
}

domain::Status ConsoleApp::openConsole(const QString &email)
{
    if (m_session && m_sessionEmail == email)
        return domain::Ok{};
    closeConsole();
    auto session = std::make_unique<ConsoleSession>(&m_authRest);
    const QString cache = client::AccountDirectory::cachePathFor(m_options.dataDir, m_serverIdentity, email);
    if (const auto opened = session->open(m_options, cache); !opened.ok())
        return domain::Error{{}, tr("cannot open the offline cache: %1").arg(opened.error().toString())};
    m_session = std::move(session);
    m_sessionEmail = email;
    models::ConsoleController *console = m_session->controller();
    // Until the server answers (or while it cannot be reached), the role it gave last time.
    console->setUser(client::AccountDirectory::knownUser(m_options.dataDir, m_serverIdentity, email));
    showKeychainState();
    connect(console, &models::ConsoleController::signOutRequested, this, &ConsoleApp::signOut);
    m_alarmNotifier = std::make_unique<AlarmNotifier>(console->alarms(), m_preferences.get());
    // Whatever kept the server away is over once it answers.
    connect(console->status(), &models::ConnectionStatus::stateChanged, console, [console] {
        if (console->status()->online())
            console->notices()->dismiss(QStringLiteral("server"));
    });
    m_consoleEngine = loadWindow(QStringLiteral("Main.qml"),
                                 {.appearance = &m_appearance, .preferences = m_preferences.get(), .console = console, .mapPack = &m_mapPack});
    if (!m_consoleEngine)
        return domain::Error{{}, tr("the user interface failed to load (see the messages above)")};
    m_language.follow(m_consoleEngine.get());
    watchWindow(windowOf(m_consoleEngine.get()), console);
    return domain::Ok{};
}

void ConsoleApp::closeConsole()
{
    m_shot.reset();
    dispose(std::move(m_consoleEngine));
    if (m_session) {
        m_session->shutdown();
        m_session.release()->deleteLater();
    }
    m_sessionEmail.clear();
}

void ConsoleApp::showSignIn(const QString &reason)
{
    showKeychainState();
    if (!reason.isEmpty())
        m_signIn.failed(reason);
    if (m_signInEngine)
        return;
    qCInfo(lcApp) << "showing the sign-in window for" << m_signIn.server();
    m_signInEngine = loadWindow(QStringLiteral("SignInWindow.qml"), {.appearance = &m_appearance, .signIn = &m_signIn});
    if (!m_signInEngine) {
        fail(tr("the sign-in window failed to load (see the messages above)"));
        return;
    }
    m_language.follow(m_signInEngine.get());
    watchWindow(windowOf(m_signInEngine.get()), nullptr);
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

void ConsoleApp::showKeychainState()
{
    const QString waiting = m_secrets.isWaiting() ? client::CredentialStore::waitingMessage() : QString();
    m_signIn.setKeychainNotice(m_secrets.isAvailable() ? waiting : m_secrets.unavailableMessage());
    if (!m_session)
        return;
    models::ConsoleController *console = m_session->controller();
    console->notices()->post(QStringLiteral("keychain"), m_secrets.unavailableMessage());
    console->status()->setWaitingText(waiting);
}

void ConsoleApp::reportServerProblem(const QString &message)
{
    if (!m_session)
        return;
    // What the operator can do about the two causes a field laptop meets: a second console on
    // the same data folder, and a database file damaged by a crash or a full disk.
    const QString db = QDir::toNativeSeparators(QDir(m_options.dataDir).filePath(QStringLiteral("server.sqlite")));
    QString hint;
    if (message.contains(QLatin1String("database is locked")))
        hint = tr("Another program holds its database %1: close it (another console on the same data folder?) and start "
                  "the console again.").arg(db);
    else if (message.contains(QLatin1String("not a database")) || message.contains(QLatin1String("malformed")))
        hint = tr("Its database %1 is damaged: move it aside (keep it for a bug report) and start the console again; "
                  "a new one is made.").arg(db);
    models::ConsoleController *console = m_session->controller();
    QStringList parts{message, hint, tr("The cached data is shown.")};
    parts.removeAll(QString());
    console->notices()->post(QStringLiteral("server"), parts.join(u' '));
    console->status()->setErrorText(message);
}

void ConsoleApp::reportConnectionProblem(const domain::Error &error)
{
    if (!m_session)
        return;
    const QString server = m_serverUrl.toDisplayString();
    QString text;
    if (error.code == domain::errorcode::unreachable || error.code == domain::errorcode::timeout)
        text = tr("Cannot reach the server %1 (%2). The cached data is shown and the console keeps trying; "
                  "check the network and the address.").arg(server, error.message);
    else if (error.code == client::TlsConfig::untrustedCode())
        text = tr("Not connected to %1: %2. The cached data is shown.").arg(server, error.message);
    else
        text = tr("%1 does not answer as an Energy Truck server does (%2). The cached data is shown; "
                  "check the address given with --server.").arg(server, error.message);
    m_session->controller()->notices()->post(QStringLiteral("server"), text);
}

void ConsoleApp::watchWindow(QQuickWindow *window, models::ConsoleController *console)
{
    if (m_stateLog)
        m_stateLog->watch(window, console);
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
        // The picture of why the console could not start is saved, but the start failed.
        if (code == 0 && m_problemEngine)
            code = 4;
        emit exitRequested(code);
    });
    m_shot->start();
}

void ConsoleApp::fail(const QString &message)
{
    qCCritical(lcApp).noquote() << message;
    QTextStream(stderr) << "energytruck-console: " << message << "\n";
    if (m_problemEngine) {
        m_startProblem.setMessage(message);
        return;
    }
    m_shot.reset();
    closeSignIn();
    closeConsole();
    m_startProblem.setMessage(message);
    m_problemEngine = loadWindow(QStringLiteral("StartProblemWindow.qml"),
                                 {.appearance = &m_appearance, .startProblem = &m_startProblem});
    if (!m_problemEngine) {
        emit exitRequested(1);
        return;
    }
    watchWindow(windowOf(m_problemEngine.get()), nullptr);
}

void ConsoleApp::shutdown()
{
    if (m_session)
        m_session->shutdown();
    if (m_bundled)
        m_bundled->stop();
}

} // namespace et::app
