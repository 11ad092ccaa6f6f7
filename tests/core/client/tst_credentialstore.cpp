// SPDX-License-Identifier: MIT
// CredentialStore against a real keychain: the gnome-keyring that scripts/test.sh unlocks in its
// private D-Bus session, with HOME and the XDG folders in a temporary folder. Run it through
// scripts/test.sh (it fails, on purpose, without that session: a skipped keychain test would
// hide a broken set-up). The fallback cases run this binary again as a child with no usable
// keychain: a stale bus address, no bus at all, and a bus whose Secret Service has no keyring.
// Last, the private folders are searched for every secret used: none may be there in plain text
// (gnome-keyring's own file is encrypted, so a plain search finds nothing in it either).
#include "client/credentialstore.h"
#include "credentialtesthelpers.h"
#include "privatedesktop.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace et;
using client::CredentialStore;
using namespace et::test;

namespace {

const char *const kChildVariable = "ET_CREDENTIAL_CHILD";

/// The child: one run of the store where the keychain cannot work. Prints what it saw as JSON
/// (never the secret itself) and exits 0 when it could run at all.
int runChild()
{
    const QString service = qEnvironmentVariable("ET_CREDENTIAL_SERVICE");
    const QString secret = qEnvironmentVariable("ET_CREDENTIAL_SECRET");
    const QString key = QStringLiteral("console/refresh/https://127.0.0.1:8443/op@jeju-grid.kr");
    static QStringList logged;
    QLoggingCategory::setFilterRules(QStringLiteral("et.client.*=true"));
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) { logged << message; });

    QJsonObject out;
    {
        CredentialStore store(service);
        QSignalSpy changed(&store, &CredentialStore::availabilityChanged);
        const domain::Status written = writeNow(store, key, secret);
        const ReadResult back = readNow(store, key);
        const domain::Status overwritten = writeNow(store, key, secret + QStringLiteral("-2"));
        const ReadResult backAgain = readNow(store, key);
        out[QStringLiteral("writeOk")] = written.ok() && overwritten.ok();
        out[QStringLiteral("readBack")] = back.ok() && back.value() == secret && backAgain.ok()
            && backAgain.value() == secret + QStringLiteral("-2");
        out[QStringLiteral("available")] = store.isAvailable();
        const QMetaEnum causes = QMetaEnum::fromType<CredentialStore::Cause>();
        out[QStringLiteral("cause")] = QString::fromLatin1(causes.valueToKey(int(store.unavailableCause())));
        out[QStringLiteral("message")] = store.unavailableMessage();
        out[QStringLiteral("detail")] = store.unavailableDetail();
        out[QStringLiteral("signals")] = int(changed.count());
        const domain::Status removed = removeNow(store, key);
        const ReadResult gone = readNow(store, key);
        out[QStringLiteral("removed")] = removed.ok() && gone.ok() && !gone.value().has_value();
        // Put back, so that the fresh instance below would find it if anything but this object kept it.
        out[QStringLiteral("rewritten")] = writeNow(store, key, secret).ok();
    }
    CredentialStore fresh(service);
    const ReadResult again = readNow(fresh, key);
    out[QStringLiteral("freshAbsent")] = again.ok() && !again.value().has_value();
    out[QStringLiteral("logged")] = int(logged.size());
    out[QStringLiteral("secretLogged")] = std::any_of(logged.cbegin(), logged.cend(), [&](const QString &m) { return m.contains(secret); });
    qInstallMessageHandler(nullptr);
    fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // This test writes to the keychain and searches HOME afterwards: never the user's own.
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath() + u'/') && !folderOf("XDG_RUNTIME_DIR").isEmpty(),
                 qPrintable(QStringLiteral("HOME (%1) must be a private temporary folder with XDG_RUNTIME_DIR set: "
                                           "run through scripts/test.sh").arg(home)));
        CredentialStore probe(m_service);
        const QString secret = remember(uniqueSecret(QStringLiteral("probe-")));
        const domain::Status written = writeNow(probe, QStringLiteral("probe"), secret);
        QVERIFY2(written.ok() && probe.isAvailable(),
                 qPrintable(QStringLiteral("needs a D-Bus session with an unlocked gnome-keyring (scripts/test.sh): %1")
                                .arg(probe.unavailableMessage())));
        QVERIFY(removeNow(probe, QStringLiteral("probe")).ok());
    }

    void causeOfBackendMessages_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("text");
        QTest::addColumn<CredentialStore::Cause>("cause");
        // The texts QtKeychain 0.13.2 gives on Debian 12 (seen in the child cases below).
        QTest::newRow("no bus") << 7 << "Cannot autolaunch D-Bus without X11 $DISPLAY" << CredentialStore::Cause::NoSession;
        QTest::newRow("stale bus") << 7 << "Could not connect: No such file or directory" << CredentialStore::Cause::NoSession;
        QTest::newRow("no keyring") << 7 << "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"
                                    << CredentialStore::Cause::NoUnlockedKeyring;
        QTest::newRow("locked") << 7 << "Cannot create an item in a locked collection" << CredentialStore::Cause::NoUnlockedKeyring;
        QTest::newRow("no service") << 7 << "The name org.freedesktop.secrets was not provided by any .service files"
                                    << CredentialStore::Cause::NoService;
        QTest::newRow("no backend") << 5 << "No keychain service available" << CredentialStore::Cause::NoService;
        QTest::newRow("refused") << 3 << "" << CredentialStore::Cause::AccessDenied;
        QTest::newRow("other") << 7 << "Something odd" << CredentialStore::Cause::Failure;
        QTest::newRow("none") << 0 << "" << CredentialStore::Cause::None;
    }

    void causeOfBackendMessages()
    {
        QFETCH(int, error);
        QFETCH(QString, text);
        QFETCH(CredentialStore::Cause, cause);
        QCOMPARE(CredentialStore::causeOf(error, text), cause);
    }

    void messageNamesCauseDetailAndConsequence()
    {
        const QString detail = QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
        const QString noBus = CredentialStore::messageFor(CredentialStore::Cause::NoSession, detail);
        QVERIFY2(noBus.startsWith(QStringLiteral("No keychain is available")), qPrintable(noBus));
        QVERIFY2(noBus.contains(detail), qPrintable(noBus));
        QVERIFY2(noBus.contains(QStringLiteral("in memory for this run only")), qPrintable(noBus));
        QVERIFY2(noBus.contains(QStringLiteral("you will have to sign in again next time")), qPrintable(noBus));
        const QString locked = CredentialStore::messageFor(CredentialStore::Cause::NoUnlockedKeyring, QStringLiteral("x"));
        QVERIFY2(locked.contains(QStringLiteral("Unlock it")), qPrintable(locked));
        QVERIFY(CredentialStore::messageFor(CredentialStore::Cause::None, detail).isEmpty());
    }

    void writeThenReadBack()
    {
        CredentialStore store(m_service);
        const QString secret = remember(uniqueSecret(QStringLiteral("rt1.")));
        const QString key = QStringLiteral("console/refresh/https://127.0.0.1:8443/op@jeju-grid.kr");
        const domain::Status written = writeNow(store, key, secret);
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));
        const ReadResult back = readNow(store, key);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY2(back.value() == secret, "the secret read back differs from the one written");
        QVERIFY(store.isAvailable());
        QVERIFY(store.unavailableMessage().isEmpty());
        QCOMPARE(store.unavailableCause(), CredentialStore::Cause::None);
    }

    void absentKeyIsAnAnswerNotAnError()
    {
        CredentialStore store(m_service);
        const ReadResult back = readNow(store, uniqueSecret(QStringLiteral("never-written-")));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(!back.value().has_value());
        QVERIFY(store.isAvailable());
    }

    void overwriteReplaces()
    {
        CredentialStore store(m_service);
        const QString first = remember(uniqueSecret(QStringLiteral("first-")));
        const QString second = remember(uniqueSecret(QStringLiteral("second-")));
        QVERIFY(writeNow(store, QStringLiteral("overwrite"), first).ok());
        QVERIFY(writeNow(store, QStringLiteral("overwrite"), second).ok());
        const ReadResult back = readNow(store, QStringLiteral("overwrite"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY2(back.value() == second, "the second write did not replace the first");
    }

    void removeLeavesNothing()
    {
        CredentialStore store(m_service);
        QVERIFY(writeNow(store, QStringLiteral("removed"), remember(uniqueSecret(QStringLiteral("gone-")))).ok());
        const domain::Status removed = removeNow(store, QStringLiteral("removed"));
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        const ReadResult back = readNow(store, QStringLiteral("removed"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(!back.value().has_value());
        // Signing out twice is not an error.
        QVERIFY(removeNow(store, QStringLiteral("removed")).ok());
        // Gone for a new instance too: it was removed from the keychain, not hidden in this one.
        CredentialStore other(m_service);
        const ReadResult fresh = readNow(other, QStringLiteral("removed"));
        QVERIFY(fresh.ok() && !fresh.value().has_value());
    }

    void unicodeAndLongSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("korean and emoji") << QStringLiteral("제주 비밀번호 🔑 ü ß ") + QUuid::createUuid().toString();
        QTest::newRow("spaces and newlines") << QStringLiteral("  a b\n\tc\r\n ") + QUuid::createUuid().toString();
        QString longSecret;
        while (longSecret.size() < 64 * 1024)
            longSecret += QUuid::createUuid().toString(QUuid::Id128);
        QTest::newRow("64 KiB") << longSecret;
        QTest::newRow("key-like with quotes") << QStringLiteral("\"'`$(x);\\\\") + QUuid::createUuid().toString();
    }

    void unicodeAndLongSecrets()
    {
        QFETCH(QString, secret);
        remember(secret);
        CredentialStore store(m_service);
        const QString key = QStringLiteral("unicode/") + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(writeNow(store, key, secret).ok());
        CredentialStore other(m_service);
        const ReadResult back = readNow(other, key);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY2(back.value().has_value(), "nothing read back");
        QCOMPARE(back.value()->size(), secret.size());
        QVERIFY2(*back.value() == secret, "the secret read back differs from the one written");
        QVERIFY(removeNow(store, key).ok());
    }

    void servicesDoNotSeeEachOther()
    {
        CredentialStore a(m_service + QStringLiteral("-a"));
        CredentialStore b(m_service + QStringLiteral("-b"));
        const QString secretA = remember(uniqueSecret(QStringLiteral("a-")));
        const QString secretB = remember(uniqueSecret(QStringLiteral("b-")));
        QVERIFY(writeNow(a, QStringLiteral("shared/key"), secretA).ok());
        const ReadResult seenByB = readNow(b, QStringLiteral("shared/key"));
        QVERIFY2(seenByB.ok(), qPrintable(seenByB.error().toString()));
        QVERIFY2(!seenByB.value().has_value(), "service b sees service a's key");
        QVERIFY(writeNow(b, QStringLiteral("shared/key"), secretB).ok());
        const ReadResult stillA = readNow(a, QStringLiteral("shared/key"));
        QVERIFY2(stillA.ok() && stillA.value() == secretA, "service b's write changed service a's key");
        QVERIFY(removeNow(b, QStringLiteral("shared/key")).ok());
        const ReadResult afterRemove = readNow(a, QStringLiteral("shared/key"));
        QVERIFY2(afterRemove.ok() && afterRemove.value() == secretA, "service b's remove removed service a's key");
        QCOMPARE(a.service(), m_service + QStringLiteral("-a"));
    }

    void survivesANewInstance()
    {
        const QString secret = remember(uniqueSecret(QStringLiteral("local-password-")));
        {
            CredentialStore store(m_service);
            QVERIFY(writeNow(store, QStringLiteral("bundled-server/password"), secret).ok());
        }
        CredentialStore later(m_service);
        const ReadResult back = readNow(later, QStringLiteral("bundled-server/password"));
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY2(back.value() == secret, "a new instance does not read what the old one wrote");
        QCOMPARE(CredentialStore().service(), QStringLiteral("energytruck-console"));
    }

    void operationsRunInTheOrderAsked()
    {
        CredentialStore store(m_service);
        const QString one = remember(uniqueSecret(QStringLiteral("one-")));
        const QString two = remember(uniqueSecret(QStringLiteral("two-")));
        QStringList order;
        std::optional<QString> readBetween;
        bool readAfterRemoveEmpty = false;
        // All asked at once, none waited for: each must see the ones before it.
        store.write(QStringLiteral("order"), one, nullptr, [&](domain::Status s) { order << (s.ok() ? "w1" : "w1!"); });
        store.write(QStringLiteral("order"), two, nullptr, [&](domain::Status s) { order << (s.ok() ? "w2" : "w2!"); });
        store.read(QStringLiteral("order"), nullptr, [&](ReadResult r) {
            order << QStringLiteral("r");
            if (r.ok())
                readBetween = r.value();
        });
        store.remove(QStringLiteral("order"), nullptr, [&](domain::Status s) { order << (s.ok() ? "d" : "d!"); });
        store.read(QStringLiteral("order"), nullptr, [&](ReadResult r) {
            order << QStringLiteral("r");
            readAfterRemoveEmpty = r.ok() && !r.value().has_value();
        });
        // Nothing is answered inside the calls.
        QVERIFY(order.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 15000);
        QCOMPARE(order, QStringList({"w1", "w2", "r", "d", "r"}));
        QVERIFY2(readBetween == two, "the read did not see the second write");
        QVERIFY(readAfterRemoveEmpty);
    }

    void aCallbackWhoseContextIsGoneIsDroppedButTheWriteHappens()
    {
        CredentialStore store(m_service);
        const QString secret = remember(uniqueSecret(QStringLiteral("context-")));
        auto *context = new QObject;
        bool called = false;
        store.write(QStringLiteral("context"), secret, context, [&](domain::Status) { called = true; });
        delete context;
        const ReadResult back = readNow(store, QStringLiteral("context"));
        QVERIFY(!called);
        QVERIFY2(back.ok() && back.value() == secret, "the write of a dropped callback did not happen");
        QVERIFY(removeNow(store, QStringLiteral("context")).ok());
    }

    void aKeychainThatAnswersLateIsUsedAgain()
    {
        // Giving up at once makes the real keychain's answer a late one. Rarely the answer still
        // comes first; then there was no wait to recover from, and the round is run again.
        bool sawLateAnswer = false;
        for (int round = 0; round < 5 && !sawLateAnswer; ++round) {
            CredentialStore store(m_service);
            store.setTimeouts(std::chrono::milliseconds(0), std::chrono::milliseconds(0));
            QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
            QSignalSpy waiting(&store, &CredentialStore::waitingChanged);
            const QString key = QStringLiteral("late-%1").arg(round);
            const QString secret = remember(uniqueSecret(QStringLiteral("late-")));
            // Answered from memory, as the store did not wait.
            QVERIFY(writeNow(store, key, secret).ok());
            if (store.isAvailable())
                continue;
            sawLateAnswer = true;
            // Later operations wait as long as a person at a prompt may take.
            store.setTimeouts(std::chrono::seconds(3), std::chrono::seconds(8));
            QCOMPARE(store.unavailableCause(), CredentialStore::Cause::NoAnswer);
            QVERIFY2(store.unavailableMessage().contains(u"did not answer"), qPrintable(store.unavailableMessage()));
            QVERIFY(waiting.count() >= 2 && !store.isWaiting()); // it waited, then stopped waiting
            // The keychain answers after all: it is used again and gets what memory kept.
            QTRY_VERIFY_WITH_TIMEOUT(store.isAvailable(), 10000);
            QCOMPARE(availability.count(), 2);
            QVERIFY(store.unavailableMessage().isEmpty());
            bool idle = false;
            store.whenIdle(nullptr, [&idle] { idle = true; });
            QTRY_VERIFY_WITH_TIMEOUT(idle, 10000);
            CredentialStore fresh(m_service);
            const ReadResult back = readNow(fresh, key);
            QVERIFY2(back.ok() && back.value() == secret, "what memory kept did not reach the keychain");
            QVERIFY(removeNow(fresh, key).ok());
        }
        QVERIFY2(sawLateAnswer, "the keychain answered before a zero time-out in every round");
    }

    void whenIdleWaitsForEveryOperation()
    {
        CredentialStore store(m_service);
        const QString secret = remember(uniqueSecret(QStringLiteral("idle-")));
        bool written = false;
        bool idleAfterWrite = false;
        store.write(QStringLiteral("idle"), secret, nullptr, [&written](domain::Status s) { written = s.ok(); });
        store.whenIdle(nullptr, [&] { idleAfterWrite = written; });
        QVERIFY(!written);
        QTRY_VERIFY_WITH_TIMEOUT(idleAfterWrite, 10000);
        // With nothing queued it answers at once, but from the event loop.
        bool idleNow = false;
        store.whenIdle(nullptr, [&idleNow] { idleNow = true; });
        QVERIFY(!idleNow);
        QTRY_VERIFY(idleNow);
        QVERIFY(removeNow(store, QStringLiteral("idle")).ok());
    }

    void memoryOnlyNeverTouchesTheKeychain()
    {
        CredentialStore store(m_service);
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        store.useMemoryOnly(QStringLiteral("--no-keychain"));
        QCOMPARE(availability.count(), 1);
        QCOMPARE(store.unavailableCause(), CredentialStore::Cause::TurnedOff);
        QVERIFY2(store.unavailableMessage().contains(u"--no-keychain"), qPrintable(store.unavailableMessage()));
        const QString secret = remember(uniqueSecret(QStringLiteral("memory-")));
        QVERIFY(writeNow(store, QStringLiteral("memory-only"), secret).ok());
        const ReadResult back = readNow(store, QStringLiteral("memory-only"));
        QVERIFY(back.ok() && back.value() == secret);
        CredentialStore real(m_service);
        const ReadResult inKeychain = readNow(real, QStringLiteral("memory-only"));
        QVERIFY(inKeychain.ok() && !inKeychain.value().has_value());
    }

    void anEmptyKeyIsAnError()
    {
        CredentialStore store(m_service);
        const domain::Status written = writeNow(store, QString(), QStringLiteral("x"));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("invalid_key"));
        const ReadResult back = readNow(store, QString());
        QVERIFY(!back.ok());
        QVERIFY(store.isAvailable());
    }

    void logsNeverCarryASecret()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("et.client.*=true"));
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) { logged << m; });
        const QString secret = remember(uniqueSecret(QStringLiteral("logged-")));
        {
            CredentialStore store(m_service);
            writeNow(store, QStringLiteral("log/key"), secret);
            readNow(store, QStringLiteral("log/key"));
            removeNow(store, QStringLiteral("log/key"));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        // The debug lines were there (the key, the service), so this looked at real output.
        QVERIFY2(std::any_of(logged.cbegin(), logged.cend(), [](const QString &m) { return m.contains(QStringLiteral("log/key")); }),
                 qPrintable(logged.join(u'\n')));
        QVERIFY2(std::none_of(logged.cbegin(), logged.cend(), [&](const QString &m) { return m.contains(secret); }),
                 "a log line carries the secret");
    }

    void fallsBackToMemoryWithoutAKeychain_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("message");
        QTest::newRow("stale bus address") << "stale" << "NoSession" << "Could not connect" << "cannot reach a D-Bus session";
        QTest::newRow("no bus at all") << "none" << "NoSession" << "D-Bus" << "cannot reach a D-Bus session";
        QTest::newRow("bus without a keyring") << "nokeyring" << "NoUnlockedKeyring" << "/org/freedesktop/secrets/collection/login"
                                               << "no unlocked login keyring";
    }

    void fallsBackToMemoryWithoutAKeychain()
    {
        QFETCH(QString, how);
        QFETCH(QString, cause);
        QFETCH(QString, detail);
        QFETCH(QString, message);
        const QString secret = remember(uniqueSecret(QStringLiteral("memory-only-")));
        const QString service = m_service + QStringLiteral("-child");
        // Inside HOME, so a leak would also be in the folders searched at the end.
        QTemporaryDir childHome(QDir::homePath() + QStringLiteral("/child-XXXXXX"));
        QVERIFY(childHome.isValid());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("ET_CREDENTIAL_SERVICE"), service);
        env.insert(QStringLiteral("ET_CREDENTIAL_SECRET"), secret);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QProcess child;
        test::PrivateDesktop desktop;
        if (how == u"stale") {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + childHome.filePath(QStringLiteral("no-bus")));
        } else if (how == u"none") {
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        } else {
            // A bus of its own whose Secret Service (gnome-keyring, started by D-Bus activation)
            // finds no keyring in an empty home and cannot ask for one without a display.
            const QString started = desktop.start(childHome.path(), {false});
            QVERIFY2(started.isEmpty(), qPrintable(started));
            const QProcessEnvironment session = desktop.environment();
            for (const QString &name : session.keys())
                env.insert(name, session.value(name));
        }
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), QStringList());
        QVERIFY2(child.waitForFinished(60000), qPrintable(child.errorString()));
        const QByteArray output = child.readAllStandardOutput();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 qPrintable(QString::fromUtf8(output + child.readAllStandardError())));
        const QJsonObject seen = QJsonDocument::fromJson(output).object();
        QVERIFY2(!seen.isEmpty(), output.constData());
        const QString text = QString::fromUtf8(output);

        QVERIFY2(!seen.value(QStringLiteral("available")).toBool(), qPrintable(text));
        QCOMPARE(seen.value(QStringLiteral("cause")).toString(), cause);
        QVERIFY2(seen.value(QStringLiteral("detail")).toString().contains(detail), qPrintable(text));
        const QString shown = seen.value(QStringLiteral("message")).toString();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY2(shown.contains(seen.value(QStringLiteral("detail")).toString()), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("you will have to sign in again next time")), qPrintable(shown));
        QCOMPARE(seen.value(QStringLiteral("signals")).toInt(), 1);
        // It still works, from memory: written, read back, overwritten, removed.
        QVERIFY2(seen.value(QStringLiteral("writeOk")).toBool(), qPrintable(text));
        QVERIFY2(seen.value(QStringLiteral("readBack")).toBool(), qPrintable(text));
        QVERIFY2(seen.value(QStringLiteral("removed")).toBool(), qPrintable(text));
        QVERIFY2(seen.value(QStringLiteral("rewritten")).toBool(), qPrintable(text));
        // …for this run only: a new instance has nothing.
        QVERIFY2(seen.value(QStringLiteral("freshAbsent")).toBool(), qPrintable(text));
        QVERIFY2(seen.value(QStringLiteral("logged")).toInt() > 0, qPrintable(text));
        QVERIFY2(!seen.value(QStringLiteral("secretLogged")).toBool(), "the child logged the secret");
        // Nothing reached the real keychain, and nothing the child's home.
        CredentialStore real(service);
        const ReadResult inKeychain = readNow(real, QStringLiteral("console/refresh/https://127.0.0.1:8443/op@jeju-grid.kr"));
        QVERIFY(inKeychain.ok() && !inKeychain.value().has_value());
        const QStringList hits = filesHoldingPlainText({childHome.path()}, {secret, secret + QStringLiteral("-2")});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }

    // Last: after every other case has written, overwritten and removed its secrets.
    void noSecretReachesTheDiskInPlainText()
    {
        const QString keyrings = folderOf("XDG_DATA_HOME").isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/keyrings")
                                                                     : folderOf("XDG_DATA_HOME") + QStringLiteral("/keyrings");
        const auto keyringFiles = [&keyrings] {
            QByteArray all;
            for (const QFileInfo &f : QDir(keyrings).entryInfoList({QStringLiteral("*.keyring")}, QDir::Files)) {
                QFile file(f.filePath());
                if (file.open(QIODevice::ReadOnly))
                    all += file.readAll();
            }
            return all;
        };
        // One secret still stored while we look: gnome-keyring wrote it to its file, encrypted.
        const QByteArray before = keyringFiles();
        CredentialStore store(m_service);
        const QString kept = remember(uniqueSecret(QStringLiteral("kept-while-searching-")));
        QVERIFY(writeNow(store, QStringLiteral("kept"), kept).ok());
        QTRY_VERIFY_WITH_TIMEOUT(keyringFiles() != before, 5000);
        QVERIFY2(keyringFiles().startsWith(QByteArray("GnomeKeyring\n\r\0\n", 16)),
                 "the keyring file is not gnome-keyring's encrypted format");

        const QStringList folders = {QDir::homePath(), folderOf("XDG_DATA_HOME"), folderOf("XDG_CONFIG_HOME"),
                                     folderOf("XDG_CACHE_HOME"), folderOf("XDG_RUNTIME_DIR"), QDir::currentPath()};
        QVERIFY(m_secrets.size() >= 10);
        const QStringList hits = filesHoldingPlainText(folders, m_secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("secrets in plain text in: ") + hits.join(QStringLiteral(", "))));
        QVERIFY(removeNow(store, QStringLiteral("kept")).ok());
    }

private:
    QString remember(const QString &secret)
    {
        m_secrets << secret;
        return secret;
    }

    /// Unique per run, so that a keyring left over from an earlier run cannot answer for this one.
    const QString m_service = QStringLiteral("energytruck-console-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QStringList m_secrets; ///< every secret used, for the search at the end
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild();
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
