// SPDX-License-Identifier: MIT
#include "outboxsender.h"

#include "clientlogging.h"
#include "domain/errorcode.h"
#include "restclient.h"
#include "store.h"

namespace et::client {

namespace errorcode = domain::errorcode;

namespace {
// Error codes that tell nothing about the command: the server was not reached, was busy or
// failed, or asked to wait, or its certificate did not verify (so nothing was sent). Everything
// else our server says (with its own code) is a verdict.
const QStringList kNoVerdict = {
    errorcode::unreachable, errorcode::timeout, errorcode::aborted, errorcode::rateLimited,
    errorcode::internal, errorcode::notReady, errorcode::badAnswer, errorcode::tlsUntrusted,
};
} // namespace

OutboxSender::OutboxSender(Store *store, RestClient *rest, QObject *parent)
    : QObject(parent), m_store(store), m_rest(rest)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_nextAttemptAt = QDateTime();
        sendNext();
    });
    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_kick, &QTimer::timeout, this, &OutboxSender::sendNext);
    connect(m_store, &Store::outboxChanged, this, &OutboxSender::schedule);
}

void OutboxSender::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_backoff.setDelays(first, cap);
}

bool OutboxSender::isRefusal(const domain::Error &error)
{
    if (error.code.isEmpty() || kNoVerdict.contains(error.code))
        return false;
    // "http_404" and the like come from something between us and the server (a proxy, a wrong
    // URL): not the server's verdict, so the command waits rather than being thrown away.
    return !errorcode::isHttpStatus(error.code);
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    schedule();
}

void OutboxSender::stop()
{
    m_running = false;
    ++m_generation;
    m_inFlight.reset();
    m_retryTimer.stop();
    m_kick.stop();
    m_nextAttemptAt = QDateTime();
    emit stateChanged();
}

void OutboxSender::flush()
{
    if (!m_running)
        return;
    m_backoff.reset();
    m_retryTimer.stop();
    m_nextAttemptAt = QDateTime();
    schedule();
}

void OutboxSender::schedule()
{
    if (m_running && !m_inFlight && !m_retryTimer.isActive())
        m_kick.start();
}

void OutboxSender::sendNext()
{
    if (!m_running || m_inFlight || m_retryTimer.isActive())
        return;
    const QList<QueuedCommand> queue = m_store->outbox();
    if (queue.isEmpty()) {
        emit idle();
        return;
    }
    const domain::OperatorCommand command = queue.first().command;
    m_inFlight = command;
    emit stateChanged();
    qCInfo(lcClientSync) << "sending" << domain::toString(command.kind) << command.targetId << "key" << command.key
                         << "attempt" << queue.first().attempts + 1;
    const quint64 generation = m_generation;
    m_rest->sendCommand(command, this, [this, command, generation](domain::Result<RestResponse> answer) {
        if (generation != m_generation)
            return;
        m_inFlight.reset();
        onAnswer(command, answer);
        emit stateChanged();
    });
}

void OutboxSender::onAnswer(const domain::OperatorCommand &command, const domain::Result<RestResponse> &answer)
{
    if (answer.ok()) {
        m_backoff.reset();
        m_lastError.clear();
        // The server has carried it out; even an answer we cannot store must not keep it queued,
        // or it would be sent (and replayed) forever. The event stream brings the entity anyway.
        if (auto stored = m_store->acknowledge(command.key, answer.value().body); !stored.ok()) {
            qCWarning(lcClientSync) << "the answer to" << command.key << "was not stored:" << stored.error().toString();
            m_store->acknowledge(command.key, {});
        }
        emit accepted(command, answer.value().replayed);
        schedule();
        return;
    }
    const domain::Error &error = answer.error();
    if (error.code == errorcode::aborted && !m_running)
        return;
    if (isRefusal(error)) {
        m_backoff.reset();
        if (auto stored = m_store->reject(command.key, error.message, error.code); !stored.ok())
            qCWarning(lcClientSync) << "could not record the refusal of" << command.key << ":" << stored.error().toString();
        emit rejected(command, error.message);
        schedule();
        return;
    }
    retryLater(error.message);
}

void OutboxSender::retryLater(const QString &reason)
{
    m_lastError = reason;
    if (m_inFlight)
        return;
    const QList<QueuedCommand> queue = m_store->outbox();
    if (!queue.isEmpty())
        m_store->noteAttempt(queue.first().command.key, reason);
    emit stalled(reason);
    if (!m_retrying || !m_running)
        return;
    auto delay = m_backoff.next();
    if (const QDateTime notBefore = m_rest->notBefore(); notBefore.isValid()) {
        const auto wait = std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(notBefore));
        delay = std::max(delay, wait);
    }
    m_nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    qCInfo(lcClientSync) << "outbox: no verdict (" << reason << "); next attempt in" << delay.count() << "ms";
    m_retryTimer.start(delay);
}

} // namespace et::client
