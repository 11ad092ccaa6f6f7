// SPDX-License-Identifier: MIT
#include "catchup.h"

#include "clientlogging.h"
#include "domain/errorcode.h"
#include "restclient.h"
#include "store.h"

namespace et::client {

CatchUp::CatchUp(RestClient *rest, Store *store, QObject *parent) : QObject(parent), m_rest(rest), m_store(store) {}

void CatchUp::setPageSize(int changes)
{
    m_pageSize = changes;
}

void CatchUp::start(std::function<void(domain::Status)> done)
{
    ++m_generation;
    m_running = true;
    m_applied = 0;
    m_snapshotTaken = false;
    m_replaceNext = false;
    m_done = std::move(done);
    fetchPage();
}

void CatchUp::cancel()
{
    ++m_generation;
    m_running = false;
    m_done = nullptr;
}

bool CatchUp::isRunning() const
{
    return m_running;
}

qsizetype CatchUp::appliedChanges() const
{
    return m_applied;
}

bool CatchUp::restartWithSnapshot(const QString &why)
{
    // Once per run: a server that answers 410 even to since=0 is broken, not behind.
    if (m_snapshotTaken)
        return false;
    m_snapshotTaken = true;
    m_replaceNext = true;
    ++m_snapshots;
    qCWarning(lcClientSync).noquote() << why << "- taking a fresh snapshot (the outbox is kept)";
    fetchPage();
    return true;
}

void CatchUp::fetchPage()
{
    // A snapshot starts from 0 whatever the cache's cursor; its first page replaces the cache.
    const qint64 since = m_replaceNext ? 0 : m_store->cursor();
    const quint64 generation = m_generation;
    qCDebug(lcClientSync) << "fetching changes since" << since;
    m_rest->fetchChanges(since, m_pageSize, this, [this, generation, since](domain::Result<domain::ChangeBatch> batch) {
        if (generation != m_generation)
            return; // cancelled or restarted meanwhile
        if (!batch.ok()) {
            const QString code = batch.error().code;
            if ((code == domain::errorcode::cursorExpired || code == domain::errorcode::cursorUnknown)
                && restartWithSnapshot(tr("the server cannot give the changes since cursor %1 (%2)").arg(since).arg(code)))
                return;
            finish(batch.error());
            return;
        }
        const auto &page = batch.value();
        // A server whose log is behind our cursor was reset or is another server: merging its
        // "newest" state would move the cache backwards and keep entities it no longer has.
        if (page.cursor < since) {
            if (!restartWithSnapshot(tr("the server's change log ends at cursor %1, before this cache's cursor %2")
                                         .arg(page.cursor).arg(since)))
                finish(domain::Error{{}, tr("the server's change log ends at cursor %1, before cursor %2").arg(page.cursor).arg(since)});
            return;
        }
        const Store::Apply mode = std::exchange(m_replaceNext, false) ? Store::Apply::ReplaceAll : Store::Apply::Merge;
        const domain::Status applied = m_store->applyChanges(page.changes, page.cursor, mode);
        if (!applied.ok()) {
            finish(domain::Error{{}, tr("could not apply changes from the server: %1").arg(applied.error().toString())});
            return;
        }
        m_applied += page.changes.size();
        // An empty page that claims more would make us ask the same question forever.
        if (page.hasMore && !page.changes.isEmpty())
            fetchPage();
        else
            finish(domain::Ok{});
    });
}

void CatchUp::finish(domain::Status status)
{
    m_running = false;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (status.ok())
        qCInfo(lcClientSync) << "caught up:" << m_applied << "changes, cursor" << m_store->cursor();
    else
        qCWarning(lcClientSync) << "catch-up failed:" << status.error().toString();
    if (done)
        done(std::move(status));
}

} // namespace et::client
