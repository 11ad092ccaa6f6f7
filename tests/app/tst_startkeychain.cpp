// SPDX-License-Identifier: MIT
// The start-condition matrix, keychain rows: the real console with its bundled backend, started
// with each kind of keychain a user may have, must reach its data and say what is missing.
//  - an unlocked Secret Service (the test session's gnome-keyring): live data, no word about it,
//    and the bundled server's password kept there;
//  - a Secret Service that prompts (a real gnome-keyring with no keyring yet, on an Xvfb display
//    nobody looks at): live data while the write still waits, "waiting for the system keychain"
//    in the status bar after ~3 s, the no-keychain banner after the time-out; then the prompt is
//    answered (xdotool types a password, as a person would) and the keychain is used from then
//    on: the banner goes, and the next start finds the password there;
//  - a Secret Service that refuses (the same keyring with no display to prompt on): the banner;
//  - no D-Bus at all: the banner.
#include "consolerun.h"
#include "privatedesktop.h"
#include "privatehome.h"

#include "client/credentialstore.h"
#include "localaccount.h"

#include <QTemporaryDir>
#include <QTest>

using namespace et;
using test::ConsoleRun;

namespace {
bool liveWithData(const QJsonObject &state)
{
    return state.value(QStringLiteral("hasData")).toBool() && state.value(QStringLiteral("online")).toBool();
}

QStringList consoleArgs(const QString &dataDir)
{
    return {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dataDir};
}
} // namespace

class TestStartKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = m_home.open(m_dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unlockedSecretService()
    {
        const QString data = m_dir.filePath(QStringLiteral("unlocked"));
        ConsoleRun console;
        QVERIFY(console.start(consoleArgs(data), m_dir.filePath(QStringLiteral("unlocked.jsonl"))));
        const QJsonObject live = console.waitForState(liveWithData, 30000);
        QVERIFY2(!live.isEmpty(), qPrintable(console.describe()));
        console.stop();
        // Nothing to say about the keychain: neither a wait nor a banner, ever.
        for (const QJsonObject &line : console.lines()) {
            QVERIFY2(ConsoleRun::text(line, QStringLiteral("notice-keychain")).isEmpty(), qPrintable(console.describe()));
            QVERIFY2(ConsoleRun::text(line, QStringLiteral("waitingText")).isEmpty(), qPrintable(console.describe()));
        }
        // The bundled server's password is in the keychain for the next start.
        QCOMPARE(readSecret(app::LocalAccount::secretKey(data)).value_or(QString()).size(), 24);
    }

    void promptNobodyAnswersThenAnswered()
    {
        test::PrivateDesktop desktop;
        const QString started = desktop.start(m_dir.filePath(QStringLiteral("prompting")), {true});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString data = m_dir.filePath(QStringLiteral("prompting-data"));
        ConsoleRun console;
        console.setEnvironment(desktop.environment());
        QVERIFY(console.start(consoleArgs(data), m_dir.filePath(QStringLiteral("prompting.jsonl"))));

        // Signed in with the password in memory while the keychain's write waits on its prompt.
        const QJsonObject live = console.waitForEvent(QStringLiteral("first-live-frame"), 30000);
        QVERIFY2(!live.isEmpty(), qPrintable(console.describe()));
        const QJsonObject waiting = console.waitForState(
            [](const QJsonObject &s) { return ConsoleRun::text(s, QStringLiteral("waitingText")).contains(u"Waiting for the system keychain"); },
            10000);
        QVERIFY2(!waiting.isEmpty(), qPrintable(console.describe()));
        QVERIFY2(waiting.value(QStringLiteral("t")).toInt() >= 2500, qPrintable(console.describe()));
        const QJsonObject banner = console.waitForState(
            [](const QJsonObject &s) { return ConsoleRun::text(s, QStringLiteral("notice-keychain")).contains(u"did not answer"); }, 15000);
        QVERIFY2(!banner.isEmpty(), qPrintable(console.describe()));
        QVERIFY2(live.value(QStringLiteral("t")).toInt() < banner.value(QStringLiteral("t")).toInt(), qPrintable(console.describe()));
        QVERIFY2(ConsoleRun::text(banner, QStringLiteral("waitingText")).isEmpty(), qPrintable(console.describe()));
        QVERIFY(liveWithData(banner));

        // Someone answers the prompt after all: the keychain is used from then on.
        const QString answered = desktop.answerKeyringPrompt(QStringLiteral("a keyring password"));
        QVERIFY2(answered.isEmpty(), qPrintable(answered));
        const qint64 linesBefore = console.lines().size();
        QTRY_VERIFY2_WITH_TIMEOUT(ConsoleRun::text(console.lines().constLast(), QStringLiteral("notice-keychain")).isEmpty()
                                      && console.lines().size() > linesBefore,
                                  qPrintable(console.describe()), 15000);
        // The log line and the state line come on different streams: under load the log's may be
        // read a moment later.
        QTRY_VERIFY2_WITH_TIMEOUT(console.output().contains("answered after all"), qPrintable(console.describe()), 5000);
        console.stop();

        // The next start finds the password there: no new one is set, nothing is said.
        ConsoleRun again;
        again.setEnvironment(desktop.environment());
        QVERIFY(again.start(consoleArgs(data), m_dir.filePath(QStringLiteral("prompting-again.jsonl"))));
        QVERIFY2(!again.waitForState(liveWithData, 30000).isEmpty(), qPrintable(again.describe()));
        again.stop();
        QVERIFY2(!again.output().contains("setting a new password"), qPrintable(again.describe()));
        for (const QJsonObject &line : again.lines())
            QVERIFY2(ConsoleRun::text(line, QStringLiteral("notice-keychain")).isEmpty(), qPrintable(again.describe()));
    }

    void secretServiceRefuses()
    {
        // The same real gnome-keyring, but with no display it cannot ask for a password: it refuses.
        test::PrivateDesktop desktop;
        const QString started = desktop.start(m_dir.filePath(QStringLiteral("refusing")), {false});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        expectBannerAndLiveData(desktop.environment(), QStringLiteral("refusing"), QStringLiteral("no unlocked login keyring"));
    }

    void noDBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        expectBannerAndLiveData(env, QStringLiteral("nodbus"), QStringLiteral("cannot reach a D-Bus session"));
    }

private:
    void expectBannerAndLiveData(const QProcessEnvironment &env, const QString &name, const QString &words)
    {
        ConsoleRun console;
        console.setEnvironment(env);
        QVERIFY(console.start(consoleArgs(m_dir.filePath(name + QStringLiteral("-data"))), m_dir.filePath(name + QStringLiteral(".jsonl"))));
        const QJsonObject state = console.waitForState(
            [&words](const QJsonObject &s) { return liveWithData(s) && ConsoleRun::text(s, QStringLiteral("notice-keychain")).contains(words); },
            30000);
        QVERIFY2(!state.isEmpty(), qPrintable(console.describe()));
        // What to do, and what it means, are on screen too.
        QVERIFY2(ConsoleRun::text(state, QStringLiteral("notice-keychain")).contains(u"sign in again next time"), qPrintable(console.describe()));
        console.stop();
    }

    std::optional<QString> readSecret(const QString &key)
    {
        client::CredentialStore secrets;
        std::optional<domain::Result<std::optional<QString>>> answer;
        secrets.read(key, &secrets, [&answer](domain::Result<std::optional<QString>> r) { answer.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    QTemporaryDir m_dir;
    test::PrivateHome m_home;
};

QTEST_GUILESS_MAIN(TestStartKeychain)
#include "tst_startkeychain.moc"
