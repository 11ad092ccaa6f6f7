// SPDX-License-Identifier: MIT
#include "etagcache.h"

#include <algorithm>

namespace et::client {

EtagCache::EtagCache(qsizetype capacity) : m_capacity(std::max<qsizetype>(1, capacity)) {}

void EtagCache::remember(const QString &url, const QByteArray &etag, const QJsonObject &body)
{
    if (!m_entries.contains(url)) {
        m_order.append(url);
        while (m_order.size() > m_capacity)
            m_entries.remove(m_order.takeFirst());
    }
    m_entries.insert(url, {etag, body});
}

std::optional<EtagCache::Entry> EtagCache::lookup(const QString &url) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

} // namespace et::client
