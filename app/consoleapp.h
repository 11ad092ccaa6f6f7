// SPDX-License-Identifier: MIT
#pragma once

#include "appearance.h"
#include "consoleoptions.h"
#include "interfacelanguage.h"
#include "domain/result.h"
#include "mappacksettings.h"
#include "signincontroller.h"
#include "startproblem.h"
#include "userpreferences.h"

#include "client/authsession.h"
#include "client/credentialstore.h"
#include "client/restclient.h"
#include "client/tlsconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace et::models {
class ConsoleController;
}

namespace et::app {

class AlarmNotifier;

class BundledServer;
class ConsoleSession;
class LocalAccount;
class ScreenStateLog;
class ScreenshotTaker;

/// The console from start to exit: who is signed in and which window shows. The bundled backend
/// gets its local account (LocalAccount) and the console opens straight on it; a remote server
/// resumes the data folder's last login from the keychain — also offline, when the cached data
/// shows at once and the queued commands wait for a successful refresh — or shows the sign-in
/// window. Each user has a cache and a console window (ConsoleSession, a QML engine) of their
/// own; signing out, or a login the server ends (revoked, reused token), closes it and shows the
/// sign-in window again.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const ConsoleOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    /// Shows the first window and starts the network. An Error is fatal (exit 1).
    domain::Status start();
    /// Stops syncing and the bundled server (blocks up to a few seconds: for quitting).
    void shutdown();

signals:
    /// The run is over (a screenshot was taken, or a start-up step failed).
    void exitRequested(int code);

private:
    void startBundled();
    void startRemote();
    domain::Status openConsole(const QString &email);
    void closeConsole();
    void showSignIn(const QString &reason);
    void closeSignIn();
    void signIn(const QString &email, const QString &password);
    /// A login works (or is saved and waits for the network): the console syncs as that user.
    void onSignedIn();
    void signOut();
    /// Follows a newly shown window: the state log, and the screenshot when one was asked for.
    void watchWindow(QQuickWindow *window, models::ConsoleController *console);
    /// The keychain's state where the operator looks: a banner when it cannot be used, a note in
    /// the status bar while it keeps us waiting, the same on the sign-in window.
    void showKeychainState();
    /// The bundled server could not be prepared or started: a banner and the status bar say why
    /// while the cached data stays on screen.
    void reportServerProblem(const QString &message);
    /// A saved login could not be checked with the remote server (not there, not trusted, not
    /// ours): the cached data stays on screen and a banner says what happened and what to do.
    void reportConnectionProblem(const domain::Error &error);
    /// The console cannot start at all: the reason on stderr and in a window of its own.
    void fail(const QString &message);

    ConsoleOptions m_options;
    client::TlsConfig m_tls;
    client::CredentialStore m_secrets;
    client::RestClient m_authRest;
    client::AuthSession m_auth;
    models::Appearance m_appearance{nullptr};
    InterfaceLanguage m_language;
    std::unique_ptr<models::UserPreferences> m_preferences;
    models::SignInController m_signIn{nullptr};
    MapPackSettings m_mapPack;
    StartProblem m_startProblem{nullptr};
    QString m_serverIdentity;
    QUrl m_serverUrl;
    std::unique_ptr<LocalAccount> m_localAccount;
    std::unique_ptr<BundledServer> m_bundled;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<AlarmNotifier> m_alarmNotifier;
    QString m_sessionEmail;
    std::unique_ptr<QQmlApplicationEngine> m_consoleEngine;
    std::unique_ptr<QQmlApplicationEngine> m_signInEngine;
    std::unique_ptr<QQmlApplicationEngine> m_problemEngine;
    std::unique_ptr<ScreenshotTaker> m_shot;
    std::unique_ptr<ScreenStateLog> m_stateLog;
};

} // namespace et::app
