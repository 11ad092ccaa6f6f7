// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace et::client {

/// Secrets — refresh tokens, the bundled server's local password — kept in the operating
/// system's keychain through QtKeychain (the Secret Service over D-Bus on Linux: GNOME Keyring,
/// KWallet; the Keychain on macOS; the Credential Store on Windows).
///
/// Every call is asynchronous and returns at once: the keychain may have to start a daemon or
/// ask the user to unlock it, and the GUI thread must not wait for that. Operations run one at a
/// time in the order they were asked, so a read after a write sees what was written. Callbacks
/// run on this object's thread from the event loop (never inside the call) and are dropped when
/// `context` is destroyed; a null context means "always call back". An operation still waiting
/// when the store is destroyed is dropped without a callback.
///
/// Keys are plain strings chosen by the caller, e.g. "console/refresh/https://host:8443/op@jeju-grid.kr";
/// the service name (default "energytruck-console") keeps our entries apart from other
/// programs' and is what a user sees in the keychain's own manager. Two stores with different
/// services never see each other's keys; two with the same service share them, across runs.
///
/// **When the keychain is not available** — no D-Bus session, no Secret Service, no unlocked
/// keyring, access refused, or any other failure — the first operation that fails switches the
/// store to memory for the rest of the run: that operation and every later one are carried out
/// in a map inside this object and succeed. isAvailable() turns false, unavailableMessage() says
/// in the operator's language what went wrong, what to do and that secrets are kept only until
/// the program ends ("…you will have to sign in again next time"), and availabilityChanged() is
/// emitted. A keychain that failed does not come back in the same run: answers must come from one
/// place, and a keychain that refused once rarely recovers without the user acting.
///
/// **When the keychain does not answer** — the Secret Service shows a password prompt for a
/// locked or new keyring, perhaps on a display nobody looks at, and waits — the store does not
/// wait with it. After waitingAfter() (3 s) waiting() turns true, so the caller can say that a
/// prompt may be open; after giveUpAfter() (8 s) the operation is carried out in memory as above,
/// with the cause NoAnswer. The keychain's job is left running: if it answers later and works
/// (the user unlocked the keyring), the store goes back to the keychain, writes what it kept in
/// memory meanwhile (and removes what was removed), and emits availabilityChanged() again; if it
/// answers with a failure, the cause becomes that failure.
///
/// Secrets are never written anywhere else — no file, no QSettings (QtKeychain's "insecure
/// fallback" is switched off) and no log line: the et.client.secrets category names keys and
/// outcomes, never values.
///
/// Before the first operation the keychain's state is unknown and isAvailable() is true. Note
/// that with D-Bus but no unlocked keyring a read still answers "absent" (there is nothing to
/// find); only the first write shows the problem.
class CredentialStore : public QObject
{
    Q_OBJECT
    /// False once the keychain failed and secrets live in memory for this run only.
    Q_PROPERTY(bool available READ isAvailable NOTIFY availabilityChanged)
    /// Why, for the operator (translated); empty while available.
    Q_PROPERTY(QString unavailableMessage READ unavailableMessage NOTIFY availabilityChanged)
    /// True while an operation has waited longer than waitingAfter() for the keychain.
    Q_PROPERTY(bool waiting READ isWaiting NOTIFY waitingChanged)
public:
    /// Why the keychain is not in use.
    enum class Cause {
        None,              ///< it is (or nothing has failed yet)
        NoSession,         ///< no D-Bus session bus to reach it
        NoService,         ///< a bus, but no Secret Service on it
        NoUnlockedKeyring, ///< a Secret Service without an unlocked default ("login") keyring
        AccessDenied,      ///< the user or the system refused access
        NoAnswer,          ///< it did not answer in time (a password prompt may be open)
        TurnedOff,         ///< the program was told not to use it (useMemoryOnly())
        Failure,           ///< anything else the backend reported
    };
    Q_ENUM(Cause)

    /// ok(secret), ok(nullopt) when the key holds nothing, or an Error (an empty key).
    using ReadCallback = std::function<void(domain::Result<std::optional<QString>>)>;
    /// ok, or an Error (an empty key). Removing an absent key is ok.
    using StatusCallback = std::function<void(domain::Status)>;

    static QString defaultService(); ///< "energytruck-console"

    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    /// How long an operation runs before waiting() turns true (default 3 s).
    std::chrono::milliseconds waitingAfter() const { return m_waitingAfter; }
    /// How long an operation runs before the store gives up on the keychain (default 8 s).
    std::chrono::milliseconds giveUpAfter() const { return m_giveUpAfter; }
    void setTimeouts(std::chrono::milliseconds waitingAfter, std::chrono::milliseconds giveUpAfter);

    void read(const QString &key, QObject *context, ReadCallback done);
    /// Stores `secret` under `key`, replacing what was there.
    void write(const QString &key, const QString &secret, QObject *context, StatusCallback done);
    void remove(const QString &key, QObject *context, StatusCallback done);
    /// Calls `done` (from the event loop) once every operation asked so far has been carried
    /// out — at most giveUpAfter() per operation. For a program about to exit: a write it did not
    /// wait for would otherwise be lost with the process.
    void whenIdle(QObject *context, std::function<void()> done);

    /// Never asks the keychain in this run: for a session where nobody could answer its prompt
    /// (the console under xvfb-run). `why` is the detail the message quotes.
    void useMemoryOnly(const QString &why);

    bool isAvailable() const { return m_cause == Cause::None; }
    bool isWaiting() const { return m_waiting; }
    Cause unavailableCause() const { return m_cause; }
    QString unavailableMessage() const;
    /// The backend's own error text ("Cannot autolaunch D-Bus without X11 $DISPLAY"), for logs.
    QString unavailableDetail() const { return m_detail; }

    /// What a QtKeychain error code and text mean for the user. QtKeychain reports most Linux
    /// failures as OtherError with libsecret's or GDBus's message, so the text is all there is
    /// to tell "no bus" from "no keyring".
    static Cause causeOf(int keychainError, const QString &errorString);
    /// The operator-facing message for a cause, with the backend's detail quoted.
    static QString messageFor(Cause cause, const QString &detail);
    /// "Waiting for the system keychain (a password prompt may be open)", for a status bar.
    static QString waitingMessage();

signals:
    /// The keychain turned out to be unusable (see unavailableMessage()), or a keychain that had
    /// not answered answered after all and is used again.
    void availabilityChanged();
    void waitingChanged();

private:
    enum class Kind { Read, Write, Remove };
    struct Operation
    {
        Kind kind;
        QString key;
        QString secret;
        QPointer<QObject> context;
        bool hasContext = false;
        ReadCallback readDone;
        StatusCallback statusDone;
    };

    void enqueue(Operation operation);
    void startNext();
    void startJob(const Operation &operation);
    void onJobFinished(QKeychain::Job *job);
    /// The front operation's job ran past giveUpAfter(): carry on without it.
    void giveUp();
    /// A job given up on answered after all.
    void onLateAnswer(QKeychain::Job *job);
    void setWaiting(bool waiting);
    void notifyIfIdle();
    /// Carries out the front operation in memory and answers it.
    void completeInMemory();
    void fallBack(Cause cause, const QString &detail);
    /// Pops the front operation and calls its callback with `result` (or `status`).
    void finish(const domain::Result<std::optional<QString>> &result);

    QString m_service;
    std::deque<Operation> m_queue; ///< the front one is running
    bool m_running = false;
    Cause m_cause = Cause::None;
    QString m_detail;
    QHash<QString, QString> m_memory; ///< secrets for this run, once the keychain failed
    QSet<QString> m_removedInMemory;  ///< keys removed meanwhile, to remove if the keychain comes back
    QPointer<QKeychain::Job> m_job;   ///< the front operation's job while it runs
    QTimer m_waitingTimer;
    QTimer m_giveUpTimer;
    std::chrono::milliseconds m_waitingAfter{3000};
    std::chrono::milliseconds m_giveUpAfter{8000};
    bool m_waiting = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_idleWaiters;
};

} // namespace et::client
