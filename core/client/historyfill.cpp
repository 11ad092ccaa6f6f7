// SPDX-License-Identifier: MIT
#include "historyfill.h"

#include "clientlogging.h"
#include "domain/errorcode.h"
#include "restclient.h"
#include "store.h"

namespace et::client {

namespace {
constexpr qint64 kMinute = 60;
} // namespace

HistoryFill::HistoryFill(RestClient *rest, Store *store, QObject *parent) : QObject(parent), m_rest(rest), m_store(store) {}

void HistoryFill::run(const QDateTime &until, std::function<void(domain::Status)> done)
{
    ++m_generation;
    m_running = true;
    m_appended = 0;
    m_done = std::move(done);
    // On the minute: the API takes 1-minute boundaries only.
    m_until = QDateTime::fromSecsSinceEpoch(until.toSecsSinceEpoch() - until.toSecsSinceEpoch() % kMinute, Qt::UTC);
    const QDateTime window = m_until.addDays(-Store::kHistoryDays);
    QDateTime newest = m_store->newestHistoryMinute();
    if (newest.isValid() && newest >= m_until) {
        // The cache is ahead of the server: it was reset or is another one, and its history is
        // not ours. Start again from its.
        qCWarning(lcClientSync) << "cached history ends at" << newest << "after the server's" << m_until << "- refetching";
        if (auto s = m_store->clearHistory(); !s.ok()) {
            finish(s);
            return;
        }
        newest = QDateTime();
    }
    const QDateTime from = newest.isValid() ? std::max(newest.addSecs(kMinute), window) : window;
    if (from >= m_until) {
        finish(domain::Ok{});
        return;
    }
    fetch(from);
}

void HistoryFill::cancel()
{
    ++m_generation;
    m_running = false;
    m_done = nullptr;
}

void HistoryFill::fetch(const QDateTime &from)
{
    const quint64 generation = m_generation;
    emit requested(from, m_until);
    m_rest->fetchHistory(from, m_until, domain::HistoryStep::Minute, kPointsPerRequest, this,
                         [this, generation, from](domain::Result<domain::EnergyHistoryPage> page) {
        if (generation != m_generation)
            return;
        if (!page.ok()) {
            finish(domain::Error{{}, tr("the energy history from %1 could not be fetched: %2").arg(domain::toIsoUtc(from), page.error().toString()),
                                 page.error().code});
            return;
        }
        const auto &p = page.value();
        // The answer must be the one asked for: a page for another range would leave a hole.
        if (p.from != from || p.step != domain::HistoryStep::Minute || p.to > m_until || p.points.size() > kPointsPerRequest) {
            finish(domain::Error{{}, tr("the server answered %1 to %2 at %3 for the history from %4").arg(domain::toIsoUtc(p.from), domain::toIsoUtc(p.to),
                                                                                                          domain::toString(p.step), domain::toIsoUtc(from)),
                                 domain::errorcode::badAnswer});
            return;
        }
        if (auto s = m_store->appendHistory(p); !s.ok()) {
            finish(domain::Error{{}, tr("the energy history from %1 could not be cached: %2").arg(domain::toIsoUtc(from), s.error().toString())});
            return;
        }
        m_appended += p.points.size();
        // The next request starts where this answer stopped (after `from`: pages are checked).
        if (p.hasMore && p.to < m_until)
            fetch(p.to);
        else
            finish(domain::Ok{});
    });
}

void HistoryFill::finish(domain::Status status)
{
    m_running = false;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (status.ok())
        qCDebug(lcClientSync) << "history: appended" << m_appended << "minutes; newest" << m_store->newestHistoryMinute();
    else
        qCWarning(lcClientSync).noquote() << status.error().toString();
    if (done)
        done(std::move(status));
}

} // namespace et::client
