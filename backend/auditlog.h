// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>

namespace et::backend {

class ApiServer;
class Store;
struct ApiRequest;
struct ApiResponse;

/// One entry of the audit trail (docs/api.md "GET audit").
struct AuditEntry
{
    qint64 seq = 0;
    QString at;         ///< wall clock, ISO 8601 UTC with milliseconds
    QString userId;     ///< empty when the request named no user
    QString email;      ///< a failed sign-in: the e-mail as typed
    QString role;
    QString method;
    QString path;       ///< without the query
    QString requestId;
    int status = 0;
    QString result;
    QString prevHash;   ///< the hash of the entry before (64 zeros for the first)
    QString hash;

    /// Hex SHA-256 of the UTF-8 of the compact JSON array
    /// `[seq, at, user_id, email, role, method, path, request_id, status, result, prev_hash]`
    /// (strings, an absent value as "", seq and status as numbers).
    QString computeHash() const;
    QJsonObject toJson() const;
};

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

    /// Appends `entry`, filling seq, at, prev_hash and hash.
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
