// SPDX-License-Identifier: MIT
#pragma once

#include "domain/auditentry.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace et::backend {

using domain::AuditEntry;

class ApiServer;
class Store;
struct ApiRequest;
struct ApiResponse;

/// The append-only audit trail in the `audit` table (SQLite triggers refuse UPDATE and DELETE),
/// a hash chain so that changing, removing or reordering an entry shows: ApiServer appends one
/// entry for every POST, PATCH and DELETE after its handler answered (refusals included), and
/// `GET audit` / `GET audit/verify` (read_audit) read it. Passwords and tokens never reach it:
/// an entry holds the path, never a body or a header.
class AuditLog
{
public:
    static const QString kGenesis;

    explicit AuditLog(Store &store);

    /// Appends `entry`, filling seq, at, prev_hash and hash (AuditEntry::chainHash()).
    domain::Status append(AuditEntry entry);
    /// Entries with seq > `after`, oldest first, at most `limit`.
    domain::Result<QList<AuditEntry>> entries(qint64 after, int limit) const;
    /// `{"ok":true,"entries":N}` or `{"ok":false,"entries":N,"first_bad_seq":S,"reason":"..."}`.
    domain::Result<QJsonObject> verify() const;

    /// A result text for an answer: "created ID" (201), "ok ID" / "ok" (2xx), else the error code.
    static QString resultOf(const ApiResponse &response);

    void registerRoutes(ApiServer &server);

private:
    ApiResponse list(const ApiRequest &request) const;

    Store &m_store;
};

} // namespace et::backend
