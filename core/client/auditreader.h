// SPDX-License-Identifier: MIT
#pragma once

#include "domain/auditentry.h"
#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <functional>

namespace et::client {

class RestClient;

/// What AuditReader::read() found: the server's verdict on the hash chain and the newest entries
/// (oldest first, at most the reader's maximum).
struct AuditTrail
{
    domain::AuditVerification verification;
    QList<domain::AuditEntry> entries;
    bool complete = true; ///< false when the page cap stopped the reading before the newest entry
};

/// Reads the server's audit trail for an administrator: `GET /audit/verify`, then
/// `GET /audit?after=&limit=` page by page, keeping the newest `maxEntries`. The audit trail is
/// deliberately NOT cached in the SQLite store: it is evidence that lives on the server, an admin
/// reads it live (when the view opens and on Refresh), and a copy on a field laptop would be one
/// more place for it to leak or go stale. Asynchronous like RestClient: read() returns at once
/// and `done` runs later on this object's thread.
class AuditReader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(domain::Result<AuditTrail>)>;

    /// Requests go through `rest` (not owned; may be destroyed first: read() then fails).
    explicit AuditReader(RestClient *rest, int maxEntries = 500, QObject *parent = nullptr);

    /// One reading of the trail; a second read() while one runs is answered with its result too.
    void read(Callback done);
    bool isReading() const { return !m_waiting.isEmpty(); }
    int maxEntries() const { return m_maxEntries; }

    /// Entries per request: 1 to the server's maximum, 1000 (the default).
    void setPageSize(int entries) { m_pageSize = std::clamp(entries, 1, 1000); }
    int pageSize() const { return m_pageSize; }
    /// Pages read at most when the chain is broken (and the count of entries is unknown).
    static constexpr int kMaxPages = 100;

private:
    void fetchFrom(qint64 after, int pages);
    void finish(domain::Result<AuditTrail> result);

    QPointer<RestClient> m_rest;
    int m_maxEntries;
    int m_pageSize = 1000;
    AuditTrail m_trail;
    QList<Callback> m_waiting;
};

} // namespace et::client
