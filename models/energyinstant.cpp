// SPDX-License-Identifier: MIT
#include "energyinstant.h"

#include "modelslogging.h"
#include "timecursor.h"

#include "client/historyreader.h"
#include "client/store.h"

namespace et::models {

EnergyInstant::EnergyInstant(client::Store *store, TimeCursor *cursor, QObject *parent)
    : QObject(parent), m_store(store), m_cursor(cursor)
{
    Q_ASSERT(m_store && m_cursor);
    connect(m_store, &client::Store::changed, this, &EnergyInstant::readLive);
    connect(m_store, &client::Store::historyChanged, this, &EnergyInstant::onHistoryChanged);
    connect(m_cursor, &TimeCursor::instantChanged, this, &EnergyInstant::onInstant);
    if (m_store->isOpen() && !m_store->filePath().isEmpty()) {
        m_reader = std::make_unique<client::HistoryReader>(m_store->filePath());
        connect(m_reader.get(), &client::HistoryReader::read, this, &EnergyInstant::onRead);
        connect(m_reader.get(), &client::HistoryReader::failed, this,
                [this](quint64 id, const domain::Error &e) { onReadFailed(id, e.toString()); });
    }
    readLive(domain::EntityKind::Asset);
    readLive(domain::EntityKind::Balance);
    requestWindow({}); // where the cached history begins and ends, for the slider's range
}

EnergyInstant::~EnergyInstant() = default;

bool EnergyInstant::live() const
{
    return m_cursor->live();
}

void EnergyInstant::readLive(domain::EntityKind kind)
{
    if (!m_store->isOpen())
        return;
    if (kind == domain::EntityKind::Balance) {
        m_liveBalance = m_store->balance();
        updateCursorRange();
    } else if (kind == domain::EntityKind::Asset) {
        m_liveAssets = m_store->assets();
    } else {
        return;
    }
    show();
}

void EnergyInstant::updateCursorRange()
{
    QDateTime latest = m_liveBalance ? m_liveBalance->timestamp : QDateTime();
    if (m_newest.isValid() && (!latest.isValid() || m_newest > latest))
        latest = m_newest;
    m_cursor->setLatest(latest);
}

bool EnergyInstant::inCachedRange(const QDateTime &minute) const
{
    return m_oldest.isValid() && minute >= m_oldest && minute <= m_newest;
}

void EnergyInstant::onInstant()
{
    if (live()) {
        m_minute = {};
        setLoading(false);
        show();
        return;
    }
    m_minute = HistoryWindow::minuteOf(m_cursor->instant());
    const bool pendingCovers = m_pending && m_minute >= m_pendingFrom && m_minute < m_pendingTo;
    if (m_window.covers(m_minute)) {
        // Read the next window before the instant gets there (play, a steady drag).
        if (m_window.nearEdge(m_minute, m_oldest, m_newest) && !pendingCovers)
            requestWindow(m_minute);
        setLoading(false);
    } else if (m_oldest.isValid() && !inCachedRange(m_minute)) {
        setLoading(false); // nothing cached there: nothing to wait for
    } else {
        if (!pendingCovers)
            requestWindow(m_minute);
        setLoading(true);
    }
    show();
}

void EnergyInstant::onHistoryChanged()
{
    // Cached minutes never change, so a complete window that ends before the newest minute stays
    // right; otherwise the sync engine may just have filled part of it.
    const bool windowMayChange = !m_window.complete() || !m_newest.isValid() || m_window.to() > m_newest;
    requestWindow(!live() && windowMayChange ? m_minute : QDateTime());
}

void EnergyInstant::requestWindow(const QDateTime &minute)
{
    if (!m_reader) {
        m_error = tr("the energy history cannot be read: the cache has no file");
        return;
    }
    QDateTime from, to;
    if (minute.isValid()) {
        std::tie(from, to) = HistoryWindow::rangeAround(minute, m_oldest, m_newest);
    } else if (m_pending && m_pendingFrom < m_pendingTo) {
        // A newer request replaces a queued one: ask again for the window still wanted.
        from = m_pendingFrom;
        to = m_pendingTo;
    } else {
        from = to = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // only the history's ends
    }
    m_pending = m_reader->request(from, to);
    m_pendingFrom = from;
    m_pendingTo = to;
    ++m_readsRequested;
}

void EnergyInstant::onRead(const client::HistoryRead &read)
{
    if (read.id == m_pending)
        m_pending = 0;
    m_error.clear();
    m_oldest = read.oldest;
    m_newest = read.newest;
    if (!m_oldest.isValid())
        m_window.clear(); // the cache was emptied (another server's history)
    const bool window = read.page.from < read.page.to;
    const bool coversShown = read.page.from <= m_minute && m_minute < read.page.to;
    if (window && (coversShown || !m_window.covers(m_minute)))
        m_window.setPage(read.page);
    m_cursor->setHistoryStart(m_oldest.isValid() ? m_oldest : m_cursor->latest());
    updateCursorRange(); // may move a scrubbed instant that fell out of the range (onInstant)
    if (!live())
        onInstant();
}

void EnergyInstant::onReadFailed(quint64 id, const QString &message)
{
    qCWarning(lcModels).noquote() << "reading the cached energy history failed:" << message;
    if (id != m_pending)
        return;
    m_pending = 0;
    m_error = message;
    setLoading(false);
    show();
    emit changed(); // the error shows even when nothing else did
}

void EnergyInstant::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void EnergyInstant::show()
{
    std::optional<domain::EnergyBalance> balance;
    QList<domain::Asset> assets;
    if (live()) {
        balance = m_liveBalance;
        assets = m_liveAssets;
    } else if (const domain::EnergyHistoryPoint *point = m_window.pointAt(m_minute)) {
        balance = point->toBalance(m_window.columns(), m_liveBalance ? m_liveBalance->hvdcLinks : QList<domain::HvdcLinkFlow>{});
        assets.reserve(m_liveAssets.size());
        for (const domain::Asset &a : std::as_const(m_liveAssets)) {
            if (const auto output = m_window.assetOutput(*point, a.id)) {
                assets << a;
                assets.last().outputMw = *output;
            }
        }
    } else if (m_loading) {
        return; // the last minute shown stays until its window arrives
    }
    if (balance == m_balance && assets == m_assets)
        return;
    m_balance = std::move(balance);
    m_assets = std::move(assets);
    emit changed();
}

} // namespace et::models
