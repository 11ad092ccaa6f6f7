// SPDX-License-Identifier: MIT
#include "syncengine.h"

#include "catchup.h"
#include "clientlogging.h"
#include "domain/energybalance.h"
#include "domain/streamevent.h"
#include "eventstream.h"
#include "historyfill.h"
#include "outboxsender.h"
#include "restclient.h"
#include "store.h"

#include <algorithm>

namespace et::client {

namespace {
constexpr int kBatchWindowMs = 50;
constexpr qsizetype kBatchMaxEvents = 200;
constexpr int kSubscribeTimeoutMs = 10000;
} // namespace

SyncEngine::SyncEngine(Store *store, QObject *parent, const RestClient *session)
    : QObject(parent),
      m_store(store),
      m_rest(new RestClient(nullptr, this)),
      m_catchUp(new CatchUp(m_rest, store, this)),
      m_stream(new EventStream(this)),
      m_outbox(new OutboxSender(store, m_rest, this)),
      m_history(new HistoryFill(m_rest, store, this))
{
    m_historyTimer.setSingleShot(true);
    connect(&m_historyTimer, &QTimer::timeout, this, &SyncEngine::fillHistory);
    if (session)
        m_rest->shareTransportWith(*session);
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchWindowMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &SyncEngine::flushPending);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::catchUp);
    m_subscribeTimer.setSingleShot(true);
    m_subscribeTimer.setInterval(kSubscribeTimeoutMs);
    connect(&m_subscribeTimer, &QTimer::timeout, this, [this] {
        connectionLost(tr("the event stream did not confirm the subscription within %1 s").arg(kSubscribeTimeoutMs / 1000));
    });

    connect(m_stream, &EventStream::subscribed, this, [this](qint64 serverCursor) {
        m_subscribeTimer.stop();
        m_lastEventAt = QDateTime::currentDateTimeUtc();
        m_subscribed = true;
        m_backoff.reset();
        m_nextRetryAt = QDateTime();
        m_disconnectedSince = QDateTime();
        setState(ConnectionState::Online);
        // Whatever waited in the outbox goes now, not at the end of its backoff.
        m_outbox->flush();
        // Changes made between our catch-up and the subscription are in no event: fetch them.
        if (serverCursor > m_cursor.known())
            catchUp();
    });
    connect(m_stream, &EventStream::eventReceived, this, &SyncEngine::onStreamEvent);
    connect(m_stream, &EventStream::resyncRequested, this, [this](qint64) { catchUp(); });
    connect(m_stream, &EventStream::serverError, this, [this](const QString &code, const QString &message) {
        report(tr("the server rejected a message: %1: %2").arg(code, message));
    });
    connect(m_stream, &EventStream::malformedMessage, this, [this](const QString &error) {
        report(tr("ignored a malformed message from the server: %1").arg(error));
    });
    connect(m_stream, &EventStream::disconnected, this, &SyncEngine::connectionLost);
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    const bool wasRunning = m_running;
    if (wasRunning)
        stop(); // nothing of the old server's connection may leak into the new one
    m_serverUrl = url;
    m_rest->setBaseUrl(url);
    if (wasRunning)
        start();
}

QUrl SyncEngine::serverUrl() const
{
    return m_serverUrl;
}

void SyncEngine::setReconnectDelays(std::chrono::milliseconds first, std::chrono::milliseconds cap)
{
    m_backoff.setDelays(first, cap);
}

void SyncEngine::setKeepAlive(std::chrono::milliseconds quiet, std::chrono::milliseconds deadline)
{
    m_stream->setKeepAlive(quiet, deadline);
}

void SyncEngine::setAccessTokenSource(AccessTokenSource *source)
{
    m_rest->setAccessTokenSource(source);
    m_stream->setAccessTokenSource(source);
}

void SyncEngine::setChannels(const QStringList &channels)
{
    m_stream->setChannels(channels);
}

void SyncEngine::setTlsConfig(const TlsConfig &tls)
{
    m_rest->setTlsConfig(tls);
    m_stream->setTlsConfig(tls);
}

void SyncEngine::setHistoryInterval(std::chrono::milliseconds interval)
{
    m_historyInterval = interval;
}

ConnectionState SyncEngine::state() const
{
    return m_state;
}

QDateTime SyncEngine::lastEventAt() const
{
    return m_lastEventAt;
}

QString SyncEngine::lastError() const
{
    return m_lastError;
}

RestClient *SyncEngine::restClient() const
{
    return m_rest;
}

void SyncEngine::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    qCInfo(lcClientSync) << "state" << toString(m_state) << "->" << toString(state);
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::report(const QString &message)
{
    qCWarning(lcClientSync) << message;
    m_lastError = message;
    emit errorOccurred(message);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    if (!m_serverUrl.isValid() || m_serverUrl.isEmpty()) {
        setState(ConnectionState::Offline); // the cached data is all there is
        return;
    }
    m_running = true;
    m_backoff.reset();
    setState(ConnectionState::Connecting);
    m_outbox->start();
    catchUp();
}

void SyncEngine::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_subscribeTimer.stop();
    m_outbox->stop();
    m_nextRetryAt = QDateTime();
    m_catchUp->cancel();
    stopHistory();
    m_rest->abortAll();
    m_stream->close();
    m_subscribed = false;
    // Held events were never checked against the cursor; the next catch-up brings their state.
    m_heldDuringFetch.clear();
    flushPending();
    setState(ConnectionState::Offline);
}

void SyncEngine::catchUp()
{
    if (!m_running)
        return;
    // A delta while online keeps the socket; live events wait for it in m_heldDuringFetch.
    flushPending();
    m_catchUp->start([this](domain::Status status) {
        m_cursor.reset(m_store->cursor());
        if (!status.ok()) {
            connectionLost(status.error().toString());
            return;
        }
        m_lastEventAt = QDateTime::currentDateTimeUtc();
        onCaughtUp();
    });
}

void SyncEngine::onCaughtUp()
{
    emit caughtUp();
    // Whatever an offline stretch (or a first start) left out of the history, up to the newest
    // balance the catch-up brought.
    if (const auto balance = m_store->balance())
        wantHistoryUntil(balance->timestamp.addSecs(60), true);
    if (!m_subscribed) {
        m_stream->open(m_serverUrl);
        m_subscribeTimer.start();
        return;
    }
    // Replay what arrived during the fetch; whatever the delta already covered is skipped.
    QList<domain::Change> held = std::exchange(m_heldDuringFetch, {});
    std::sort(held.begin(), held.end(), [](const auto &a, const auto &b) { return a.cursor < b.cursor; });
    for (const auto &change : held)
        acceptChange(change);
}

void SyncEngine::onStreamEvent(const domain::StreamEvent &event)
{
    m_lastEventAt = QDateTime::currentDateTimeUtc();
    const auto change = event.toChange();
    if (!change.ok()) {
        report(tr("ignored event %1 (cursor %2): %3").arg(event.event).arg(event.cursor).arg(change.error().toString()));
        return;
    }
    // A new minute: its history point is on the server (written in the same transaction).
    if (change.value().entity == domain::EntityKind::Balance) {
        if (const auto balance = domain::EnergyBalance::fromJson(change.value().data); balance.ok())
            wantHistoryUntil(balance.value().timestamp.addSecs(60), false);
    }
    if (m_catchUp->isRunning()) {
        m_heldDuringFetch.append(change.value());
        return;
    }
    acceptChange(change.value());
}

void SyncEngine::acceptChange(const domain::Change &change)
{
    const qint64 known = m_cursor.known();
    switch (m_cursor.accept(change.cursor)) {
    case CursorSequence::Verdict::AlreadyApplied:
        return;
    case CursorSequence::Verdict::Gap:
        qCInfo(lcClientSync) << "cursor jumped from" << known << "to" << change.cursor << "- fetching the delta";
        catchUp();
        return;
    case CursorSequence::Verdict::Next:
        break;
    }
    m_pending.append(change);
    if (m_pending.size() >= kBatchMaxEvents)
        flushPending();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void SyncEngine::flushPending()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<domain::Change> batch = std::exchange(m_pending, {});
    const domain::Status applied = m_store->applyChanges(batch, batch.last().cursor);
    if (applied.ok())
        return;
    // One undecodable event must not cost the good ones around it: apply one by one and
    // report each that the store refuses (it can never become valid by waiting).
    report(tr("a live update could not be stored: %1").arg(applied.error().toString()));
    for (const auto &change : batch) {
        if (m_store->applyChanges({change}, change.cursor).ok())
            continue;
        report(tr("dropped live update %1 \"%2\" (cursor %3)").arg(domain::toString(change.entity), change.id).arg(change.cursor));
        m_store->applyChanges({}, change.cursor); // move past it; the next delta carries newer state
    }
}

void SyncEngine::wantHistoryUntil(const QDateTime &until, bool promptly)
{
    if (!m_running)
        return;
    // A catch-up's balance is the server's word (a reset server may be behind what we knew);
    // live balances only ever move it on.
    if (promptly || (until.isValid() && (!m_historyUntil.isValid() || until > m_historyUntil)))
        m_historyUntil = until;
    // A fill under way looks again when it ends.
    if (!m_historyUntil.isValid() || m_history->isRunning())
        return;
    if (promptly) {
        m_historyTimer.stop();
        fillHistory();
        return;
    }
    if (m_historyTimer.isActive())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 wait = m_historyLastStart.isValid() ? m_historyInterval.count() - m_historyLastStart.msecsTo(now) : 0;
    if (wait > 0)
        m_historyTimer.start(int(wait));
    else
        fillHistory();
}

void SyncEngine::fillHistory()
{
    if (!m_running || !m_historyUntil.isValid() || m_history->isRunning())
        return;
    const QDateTime newest = m_store->newestHistoryMinute();
    if (newest.isValid() && newest.addSecs(60) == m_historyUntil)
        return; // nothing new
    m_historyLastStart = QDateTime::currentDateTimeUtc();
    m_history->run(m_historyUntil, [this](domain::Status status) {
        // A page that could not be fetched or cached is asked again with the next balance (or
        // the next catch-up, when the connection is what failed); what is cached stays.
        if (!status.ok())
            report(tr("the energy history is not complete: %1").arg(status.error().toString()));
        else
            wantHistoryUntil({}, false); // minutes that arrived meanwhile
    });
}

void SyncEngine::stopHistory()
{
    m_history->cancel();
    m_historyTimer.stop();
}

void SyncEngine::connectionLost(const QString &message)
{
    m_subscribeTimer.stop();
    m_subscribed = false;
    m_heldDuringFetch.clear(); // unchecked against the cursor: the next catch-up covers them
    flushPending();
    m_cursor.reset(m_store->cursor());
    if (!m_running)
        return;
    m_catchUp->cancel();
    stopHistory();
    m_stream->close();
    report(tr("connection to %1 lost: %2").arg(m_serverUrl.toDisplayString(), message));
    if (!m_disconnectedSince.isValid())
        m_disconnectedSince = QDateTime::currentDateTimeUtc();
    auto delay = m_backoff.next();
    // A server that said "Retry-After" is not asked again before then.
    if (const QDateTime notBefore = m_rest->notBefore(); notBefore.isValid())
        delay = std::max(delay, std::chrono::milliseconds(QDateTime::currentDateTimeUtc().msecsTo(notBefore)));
    m_nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    setState(ConnectionState::Reconnecting);
    qCInfo(lcClientSync) << "retrying in" << delay.count() << "ms (attempt" << m_backoff.attempts() << ")";
    m_retryTimer.start(delay);
}

} // namespace et::client
