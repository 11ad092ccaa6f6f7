// SPDX-License-Identifier: MIT
#include "historyreader.h"

#include "clientlogging.h"
#include "store.h"

#include <QThread>

#include <limits>

namespace et::client {

HistoryReader::HistoryReader(const QString &cachePath, QObject *parent)
    : QObject(parent), m_path(cachePath), m_io(QStringLiteral("et-history-reader"))
{
}

HistoryReader::~HistoryReader()
{
    m_latest = std::numeric_limits<quint64>::max(); // every queued read is now superseded
    m_io.post([this] { m_store.reset(); });      // its SQL connection is closed on the thread that opened it
    m_io.finish();
}

quint64 HistoryReader::request(const QDateTime &from, const QDateTime &to)
{
    const quint64 id = ++m_latest;
    m_io.post([this, id, from, to] { readOnThread(id, from, to); });
    return id;
}

void HistoryReader::readOnThread(quint64 id, const QDateTime &from, const QDateTime &to)
{
    if (id < m_latest.load())
        return; // a newer request is queued behind this one
    m_lastReadThread = QThread::currentThreadId();
    auto result = readRange(from, to);
    // Answered on the owner's thread; `this` outlives the queued call, as the destructor waits
    // for this thread and the call is then dropped with the object's pending events.
    if (result.ok()) {
        HistoryRead read = std::move(result).value();
        read.id = id;
        QMetaObject::invokeMethod(this, [this, read = std::move(read)] { emit this->read(read); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(this, [this, id, error = result.error()] { emit failed(id, error); }, Qt::QueuedConnection);
    }
}

domain::Result<HistoryRead> HistoryReader::readRange(const QDateTime &from, const QDateTime &to)
{
    if (!m_store) {
        auto store = std::make_unique<Store>();
        if (auto opened = store->open(m_path, Store::Access::Reader); !opened.ok())
            return opened.error();
        m_store = std::move(store);
        qCDebug(lcClientStore) << "history reader opened" << m_path;
    }
    HistoryRead out;
    out.oldest = m_store->oldestHistoryMinute();
    out.newest = m_store->newestHistoryMinute();
    if (from < to) {
        auto page = m_store->history(from, to);
        if (!page.ok())
            return page.error();
        out.page = std::move(page).value();
    } else {
        out.page.from = from;
        out.page.to = to;
    }
    return out;
}

} // namespace et::client
