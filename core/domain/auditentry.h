// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace et::domain {

/// One entry of the server's audit trail as `GET /api/v1/audit` shows it (docs/api.md, "Admin:
/// GET /api/v1/audit"): who (user_id, email, role: absent for an unauthenticated request; for a
/// failed sign-in the e-mail as typed), what (method, path without its query, request id) and the
/// answer (status, result), chained by SHA-256 hashes. The console only shows these; the server
/// verifies the chain (AuditVerification).
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;        ///< the server's wall clock, UTC
    QString userId;      ///< "" when the request named no user
    QString email;       ///< ""
    QString role;        ///< "admin", "operator", "viewer", "partner" or ""
    QString method;      ///< "POST", "PATCH", "DELETE"
    QString path;
    QString requestId;
    int status = 0;
    QString result;      ///< "created ord-…", "ok", "signed in", or the answer's error code
    QString prevHash;    ///< 64 lower-case hex digits
    QString hash;

    static Result<AuditEntry> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    /// What `hash` must be: hex SHA-256 of the UTF-8 of the compact JSON array
    /// `[seq, at, user_id, email, role, method, path, request_id, status, result, prev_hash]`
    /// (at as toIsoUtc(), an absent value as "", seq and status as numbers). The server writes
    /// and verifies the chain with it; docs/api.md states the same form.
    QString chainHash() const;
    bool operator==(const AuditEntry &) const = default;
};

/// One page of `GET /audit?after=&limit=`: entries oldest first and `next`, the last seq of the
/// page (the `after` of the request when the page is empty).
struct AuditPage
{
    QList<AuditEntry> items;
    qint64 next = 0;

    static Result<AuditPage> fromJson(const QJsonValue &value);
};

/// The answer of `GET /audit/verify`: whether the hash chain holds, how many entries the server
/// read (up to and including the bad one), and for a broken chain the first bad seq and why.
struct AuditVerification
{
    bool ok = false;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; ///< 0 when ok
    QString reason;         ///< "" when ok

    static Result<AuditVerification> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const AuditVerification &) const = default;
};

} // namespace et::domain
