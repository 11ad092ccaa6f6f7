// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace et::client {

/// The last answer that came with an ETag, per URL, for If-None-Match: asking again whether an
/// unchanged resource changed costs a 304 with no body, and the answer kept here stands in for
/// it. Bounded, oldest first out: a console asks a handful of distinct URLs, but a client that
/// pages through the audit trail or searches centers must not grow without end.
class EtagCache
{
public:
    struct Entry
    {
        QByteArray etag;
        QJsonObject body;
    };

    explicit EtagCache(qsizetype capacity = 64);

    /// Keeps `body` as the answer for `url` tagged `etag`, in place of any earlier one.
    void remember(const QString &url, const QByteArray &etag, const QJsonObject &body);
    std::optional<Entry> lookup(const QString &url) const;
    qsizetype size() const { return m_entries.size(); }

private:
    qsizetype m_capacity;
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; ///< oldest first
};

} // namespace et::client
