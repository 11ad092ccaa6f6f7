// SPDX-License-Identifier: MIT
// ConsoleApp in-process against a real server and the real keychain, driven through its real QML
// windows as an operator would: the sign-in window first (no saved login), a wrong password
// answered there, a viewer signed in (no dispatch controls), Sign out back to the sign-in window
// with the user name kept, the password and the saved login gone, then an operator with a cache
// folder of their own. Runs in the private D-Bus session with gnome-keyring of scripts/test.sh.
#include "privatehome.h"
#include "quickitemfinder.h"
#include "client/accountdirectory.h"
#include "client/authsession.h"
#include "client/credentialstore.h"
#include "consoleapp.h"
#include "consoleoptions.h"
#include "serverprocess.h"
#include "testaccounts.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;

namespace {
QQuickWindow *shownWindow(const char *objectName)
{
    for (QWindow *w : QGuiApplication::topLevelWindows()) {
        if (w->objectName() == QLatin1String(objectName) && w->isVisible())
            return qobject_cast<QQuickWindow *>(w);
    }
    return nullptr;
}

QQuickItem *item(QQuickWindow *window, const char *objectName)
{
    return test::findQuickItem(window, QString::fromLatin1(objectName));
}

/// Types into the sign-in window's fields and presses Sign in, as a person would.
void submit(QQuickWindow *window, const QString &email, const QString &password)
{
    item(window, "emailField")->setProperty("text", email);
    item(window, "passwordField")->setProperty("text", password);
    QMetaObject::invokeMethod(item(window, "signInButton"), "clicked");
}
} // namespace

class TestConsoleApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString homeError = m_home.open(m_dir.path());
        QVERIFY2(homeError.isEmpty(), qPrintable(homeError));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--tick-ms"), QStringLiteral("60000")}),
                 qPrintable(m_server.errorString()));
    }

    void signInSignOutAndSomeoneElse()
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const auto options = app::ConsoleOptions::parse(
            {QStringLiteral("energytruck-console"), QStringLiteral("--server"), m_server.url().toString(), QStringLiteral("--data-dir"), data,
             QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("dispatch")},
            data, QStringLiteral("en"));
        QVERIFY2(options.ok(), qPrintable(options.error().toString()));
        app::ConsoleApp console(options.value());
        QVERIFY(console.start().ok());

        // Nobody signed in here yet: the sign-in window, and no console.
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow("signInWindow"), 10000);
        QVERIFY(!shownWindow("mainWindow"));
        QQuickWindow *signIn = shownWindow("signInWindow");
        const auto &viewer = test::testAccount(UserRole::Viewer);

        submit(signIn, viewer.email, viewer.password + QStringLiteral("-wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(!item(signIn, "signInError")->property("text").toString().isEmpty(), 10000);
        QVERIFY(shownWindow("signInWindow"));
        QVERIFY(!shownWindow("mainWindow"));
        QVERIFY(item(signIn, "passwordField")->property("text").toString().isEmpty()); // never kept

        submit(signIn, viewer.email, viewer.password);
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow("mainWindow"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shownWindow("signInWindow"), 5000);
        QQuickWindow *main = shownWindow("mainWindow");
        QTRY_VERIFY_WITH_TIMEOUT(item(main, "signOut") && item(main, "signOut")->isVisible(), 5000);
        // A viewer follows orders but gives none: no dispatch form anywhere.
        QQuickItem *form = item(main, "dispatchForm");
        QVERIFY(!form || !form->isVisible());
        const QString server = client::AccountDirectory::serverIdentity(m_server.url().toString());
        QTRY_VERIFY_WITH_TIMEOUT(savedLogin(server, viewer.email).has_value(), 5000);

        // Sign out: back to the sign-in window with the user name, the saved login wiped.
        QMetaObject::invokeMethod(item(main, "signOut"), "clicked");
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow("signInWindow"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!shownWindow("mainWindow"), 5000);
        signIn = shownWindow("signInWindow");
        QTRY_COMPARE_WITH_TIMEOUT(item(signIn, "emailField")->property("text").toString(), viewer.email, 5000);
        QVERIFY(item(signIn, "passwordField")->property("text").toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!savedLogin(server, viewer.email).has_value(), 5000);

        // Someone else: the operator gets a console (with the form) over a cache of their own.
        const auto &op = test::testAccount(UserRole::Operator);
        submit(signIn, op.email, op.password);
        QTRY_VERIFY_WITH_TIMEOUT(shownWindow("mainWindow"), 10000);
        main = shownWindow("mainWindow");
        QTRY_VERIFY_WITH_TIMEOUT(item(main, "signOut") && item(main, "signOut")->isVisible(), 5000);
        QCOMPARE(client::AccountDirectory::last(data)->email, op.email);
        const QString viewerCache = client::AccountDirectory::cachePathFor(data, server, viewer.email);
        const QString operatorCache = client::AccountDirectory::cachePathFor(data, server, op.email);
        QVERIFY(viewerCache != operatorCache);
        QVERIFY(QFile::exists(viewerCache));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(operatorCache), 5000);
        console.shutdown();
    }

private:
    std::optional<QString> savedLogin(const QString &server, const QString &email)
    {
        client::CredentialStore secrets;
        std::optional<domain::Result<std::optional<QString>>> answer;
        secrets.read(client::AuthSession::refreshKey(QStringLiteral("console"), server, email), &secrets,
                     [&answer](domain::Result<std::optional<QString>> r) { answer.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
            return QStringLiteral("<keychain failed>");
        return answer->value();
    }

    QTemporaryDir m_dir;
    test::PrivateHome m_home;
    test::ServerProcess m_server;
};

QTEST_MAIN(TestConsoleApp)
#include "tst_consoleapp.moc"
