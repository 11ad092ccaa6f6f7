// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include "clientlogging.h"
#include "domain/errorcode.h"

#include <qt6keychain/keychain.h>

namespace et::client {

using domain::Error;

namespace {

const char *const kKindNames[] = {"read", "write", "remove"};

} // namespace

QString CredentialStore::defaultService()
{
    return QStringLiteral("energytruck-console");
}

CredentialStore::CredentialStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{
    m_waitingTimer.setSingleShot(true);
    m_giveUpTimer.setSingleShot(true);
    connect(&m_waitingTimer, &QTimer::timeout, this, [this] { setWaiting(!m_job.isNull()); });
    connect(&m_giveUpTimer, &QTimer::timeout, this, &CredentialStore::giveUp);
}

void CredentialStore::useMemoryOnly(const QString &why)
{
    fallBack(Cause::TurnedOff, why);
}

void CredentialStore::setTimeouts(std::chrono::milliseconds waitingAfter, std::chrono::milliseconds giveUpAfter)
{
    m_waitingAfter = waitingAfter;
    m_giveUpAfter = giveUpAfter;
}

// A running job has no parent and deletes itself when it finishes; its finished() signal is
// connected to this object and so goes nowhere once we are gone.
CredentialStore::~CredentialStore() = default;

void CredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    enqueue({Kind::Read, key, QString(), context, context != nullptr, std::move(done), {}});
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, StatusCallback done)
{
    enqueue({Kind::Write, key, secret, context, context != nullptr, {}, std::move(done)});
}

void CredentialStore::remove(const QString &key, QObject *context, StatusCallback done)
{
    enqueue({Kind::Remove, key, QString(), context, context != nullptr, {}, std::move(done)});
}

void CredentialStore::whenIdle(QObject *context, std::function<void()> done)
{
    m_idleWaiters.append({context ? context : this, std::move(done)});
    QMetaObject::invokeMethod(this, &CredentialStore::notifyIfIdle, Qt::QueuedConnection);
}

void CredentialStore::notifyIfIdle()
{
    if (m_running || !m_queue.empty())
        return;
    const auto waiters = std::exchange(m_idleWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done();
    }
}

void CredentialStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    startNext();
}

void CredentialStore::startNext()
{
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    const Operation &operation = m_queue.front();
    // Answered from the event loop like a keychain job would be, never inside the caller's call.
    if (operation.key.isEmpty() || !isAvailable())
        QMetaObject::invokeMethod(this, &CredentialStore::completeInMemory, Qt::QueuedConnection);
    else
        startJob(operation);
}

void CredentialStore::startJob(const Operation &operation)
{
    QKeychain::Job *job = nullptr;
    switch (operation.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(operation.secret);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a QSettings file in plain text when the keychain is missing: we fall back to memory.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(operation.key);
    connect(job, &QKeychain::Job::finished, this, &CredentialStore::onJobFinished);
    qCDebug(lcClientSecrets) << kKindNames[int(operation.kind)] << "key" << operation.key << "in" << m_service;
    m_job = job;
    m_waitingTimer.start(m_waitingAfter);
    m_giveUpTimer.start(m_giveUpAfter);
    job->start();
}

void CredentialStore::onJobFinished(QKeychain::Job *job)
{
    if (job != m_job) {
        onLateAnswer(job);
        return;
    }
    m_job = nullptr;
    m_waitingTimer.stop();
    m_giveUpTimer.stop();
    setWaiting(false);
    const Operation &operation = m_queue.front();
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        if (operation.kind == Kind::Read) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
            finish(std::optional<QString>(read->textData()));
        } else {
            finish(std::optional<QString>());
        }
        return;
    }
    // Nothing stored under the key: an answer, not a failure (for a remove too — it is gone).
    if (error == QKeychain::EntryNotFound && operation.kind != Kind::Write) {
        qCDebug(lcClientSecrets) << "key" << operation.key << "is absent";
        finish(std::optional<QString>());
        return;
    }
    fallBack(causeOf(error, job->errorString()), job->errorString());
    completeInMemory();
}

void CredentialStore::completeInMemory()
{
    const Operation &operation = m_queue.front();
    if (operation.key.isEmpty()) {
        finish(Error{{}, QStringLiteral("a keychain key must not be empty"), domain::errorcode::invalidKey});
        return;
    }
    // The keychain came back (a late answer) between the queueing and now: it answers instead.
    if (isAvailable()) {
        startJob(operation);
        return;
    }
    switch (operation.kind) {
    case Kind::Read:
        finish(m_memory.contains(operation.key) ? std::optional<QString>(m_memory.value(operation.key)) : std::nullopt);
        return;
    case Kind::Write:
        m_memory.insert(operation.key, operation.secret);
        m_removedInMemory.remove(operation.key);
        break;
    case Kind::Remove:
        m_memory.remove(operation.key);
        m_removedInMemory.insert(operation.key);
        break;
    }
    finish(std::optional<QString>());
}

void CredentialStore::giveUp()
{
    QKeychain::Job *job = m_job;
    if (!job)
        return;
    // The job keeps running; its answer, if it ever comes, goes to onLateAnswer().
    m_job = nullptr;
    m_waitingTimer.stop();
    setWaiting(false);
    const auto seconds = std::chrono::duration<double>(m_giveUpAfter).count();
    fallBack(Cause::NoAnswer, tr("no answer within %1 s").arg(seconds));
    completeInMemory();
}

void CredentialStore::onLateAnswer(QKeychain::Job *job)
{
    // Only a keychain that merely had not answered may come back; one that failed stays away.
    if (m_cause != Cause::NoAnswer)
        return;
    const QKeychain::Error error = job->error();
    const bool isWrite = qobject_cast<QKeychain::WritePasswordJob *>(job) != nullptr;
    if (error != QKeychain::NoError && (error != QKeychain::EntryNotFound || isWrite)) {
        m_cause = causeOf(error, job->errorString());
        m_detail = job->errorString();
        qCWarning(lcClientSecrets).noquote() << "the keychain for" << m_service << "answered late with a failure (" << m_detail << ")";
        emit availabilityChanged();
        return;
    }
    qCInfo(lcClientSecrets) << "the keychain for" << m_service << "answered after all; using it again and moving"
                            << m_memory.size() << "secrets there";
    m_cause = Cause::None;
    m_detail.clear();
    // What was kept in memory meanwhile goes first, before anything still waiting in the queue
    // reads the keychain. While the store ran from memory no job was running, so the front of the
    // queue (if any) is only waiting for its queued completeInMemory(), which starts whatever is
    // at the front by then.
    std::deque<Operation> moves;
    for (auto it = m_memory.cbegin(); it != m_memory.cend(); ++it)
        moves.push_back({Kind::Write, it.key(), it.value(), nullptr, false, {}, {}});
    for (const QString &key : std::as_const(m_removedInMemory))
        moves.push_back({Kind::Remove, key, QString(), nullptr, false, {}, {}});
    m_memory.clear();
    m_removedInMemory.clear();
    m_queue.insert(m_queue.begin(), std::make_move_iterator(moves.begin()), std::make_move_iterator(moves.end()));
    emit availabilityChanged();
    startNext();
}

void CredentialStore::setWaiting(bool waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    if (waiting)
        qCInfo(lcClientSecrets) << "still waiting for the keychain for" << m_service << "after" << m_waitingAfter.count() << "ms";
    emit waitingChanged();
}

void CredentialStore::finish(const domain::Result<std::optional<QString>> &result)
{
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = false;
    // Dropped when the context is gone, but the operation itself was carried out.
    if (!operation.hasContext || operation.context) {
        if (operation.kind == Kind::Read) {
            if (operation.readDone)
                operation.readDone(result);
        } else if (operation.statusDone) {
            operation.statusDone(result.ok() ? domain::Status(domain::Ok{}) : domain::Status(result.error()));
        }
    }
    // The callback may have asked for more (and started it); startNext() sees that.
    startNext();
    if (!m_idleWaiters.isEmpty())
        QMetaObject::invokeMethod(this, &CredentialStore::notifyIfIdle, Qt::QueuedConnection);
}

void CredentialStore::fallBack(Cause cause, const QString &detail)
{
    if (!isAvailable())
        return;
    m_cause = cause;
    m_detail = detail;
    qCWarning(lcClientSecrets).noquote() << "keychain for" << m_service << "not available (" << detail
                                         << "): keeping secrets in memory for this run only";
    emit availabilityChanged();
}

QString CredentialStore::unavailableMessage() const
{
    return isAvailable() ? QString() : messageFor(m_cause, m_detail);
}

QString CredentialStore::waitingMessage()
{
    return tr("Waiting for the system keychain (a password prompt may be open)");
}

CredentialStore::Cause CredentialStore::causeOf(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Cause::None;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Cause::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return Cause::NoService;
    default:
        break;
    }
    const auto has = [&errorString](const char *text) { return errorString.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // The Secret Service answered but has no (unlocked) login collection: "Object does not exist
    // at path /org/freedesktop/secrets/collection/login", "Cannot create an item in a locked collection".
    if (has("/org/freedesktop/secrets/collection") || has("locked"))
        return Cause::NoUnlockedKeyring;
    // The bus is there but nothing provides org.freedesktop.secrets.
    if (has("org.freedesktop.secrets") || has("ServiceUnknown"))
        return Cause::NoService;
    // GDBus when there is no session bus: "Cannot autolaunch D-Bus without X11 $DISPLAY",
    // "Could not connect: No such file or directory" (a stale DBUS_SESSION_BUS_ADDRESS).
    if (has("D-Bus") || has("DBus") || has("Could not connect"))
        return Cause::NoSession;
    return Cause::Failure;
}

QString CredentialStore::messageFor(Cause cause, const QString &detail)
{
    QString why;
    switch (cause) {
    case Cause::None:
        return QString();
    case Cause::NoSession:
        why = tr("No keychain is available: the console cannot reach a D-Bus session (%1). "
                 "Start it from a desktop session to keep sign-ins.");
        break;
    case Cause::NoService:
        why = tr("No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) answers (%1). "
                 "Install or start one to keep sign-ins.");
        break;
    case Cause::NoUnlockedKeyring:
        why = tr("The keychain has no unlocked login keyring (%1). "
                 "Unlock it (for example by signing in to the desktop) and restart the console to keep sign-ins.");
        break;
    case Cause::AccessDenied:
        why = tr("Access to the keychain was refused (%1). Allow the console to use it and restart the console to keep sign-ins.");
        break;
    case Cause::NoAnswer:
        why = tr("The system keychain did not answer (%1); a password prompt for it may be open where nobody sees it. "
                 "Answer the prompt or unlock the keyring to keep sign-ins.");
        break;
    case Cause::TurnedOff:
        return tr("The system keychain is not used in this run (%1): sign-ins are kept in memory until the console ends.")
            .arg(detail);
    case Cause::Failure:
        why = tr("The keychain failed (%1). Restart the console to try it again.");
        break;
    }
    return why.arg(detail) + u' '
        + tr("Until then secrets are kept in memory for this run only: you will have to sign in again next time.");
}

} // namespace et::client
