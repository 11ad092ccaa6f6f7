// SPDX-License-Identifier: MIT
#include "store/auditlog.h"

#include "http/apiserver.h"
#include "store/store.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace et::backend {

using domain::Error;
using domain::Ok;
using domain::Result;
using domain::Status;
using Method = QHttpServerRequest::Method;

const QString AuditLog::kGenesis = QString(64, u'0');

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000;
const QString kColumns = QStringLiteral("seq, at, user_id, email, role, method, path, request_id, status, result, prev_hash, hash");

Error sqlError(const QString &what, const QSqlQuery &q)
{
    return Error{{}, QStringLiteral("%1: %2").arg(what, q.lastError().text())};
}

/// The entry in the current row of `q` (selected as kColumns). `storedAt` gets the time as the
/// file holds it: the chain covers that text, so verify() also checks it is what toIsoUtc() writes.
AuditEntry entryAt(const QSqlQuery &q, QString *storedAt = nullptr)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    const QString at = q.value(1).toString();
    e.at = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (storedAt)
        *storedAt = at;
    e.userId = q.value(2).toString();
    e.email = q.value(3).toString();
    e.role = q.value(4).toString();
    e.method = q.value(5).toString();
    e.path = q.value(6).toString();
    e.requestId = q.value(7).toString();
    e.status = q.value(8).toInt();
    e.result = q.value(9).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    return e;
}
} // namespace

AuditLog::AuditLog(Store &store) : m_store(store) {}

QString AuditLog::resultOf(const ApiResponse &r)
{
    if (r.isError())
        return r.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    const QString id = r.body.value(QStringLiteral("id")).toString();
    if (r.status == 201)
        return QStringLiteral("created %1").arg(id).trimmed();
    return id.isEmpty() ? QStringLiteral("ok") : QStringLiteral("ok %1").arg(id);
}

Status AuditLog::append(AuditEntry e)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return Error{{}, QStringLiteral("starting an audit entry: %1").arg(db.lastError().text())};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))) {
        const Error err = sqlError(QStringLiteral("reading the audit trail's end"), q);
        db.rollback();
        return err;
    }
    e.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
    e.prevHash = e.seq == 1 ? kGenesis : q.value(1).toString();
    q.finish();
    e.at = QDateTime::currentDateTimeUtc(); // QDateTime holds milliseconds, as the stored text does
    e.hash = e.chainHash();
    q.prepare(QStringLiteral("INSERT INTO audit(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariant &v : QVariantList{e.seq, domain::toIsoUtc(e.at), e.userId, e.email, e.role, e.method, e.path, e.requestId, e.status, e.result,
                                          e.prevHash, e.hash})
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        const Error err = sqlError(QStringLiteral("writing an audit entry"), q);
        db.rollback();
        return err;
    }
    return Ok{};
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 after, int limit) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit WHERE seq > ? ORDER BY seq LIMIT ?").arg(kColumns));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("reading the audit trail"), q);
    QList<AuditEntry> out;
    while (q.next())
        out << entryAt(q);
    return out;
}

Result<QJsonObject> AuditLog::verify() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY seq").arg(kColumns)))
        return sqlError(QStringLiteral("reading the audit trail"), q);
    qint64 count = 0;
    qint64 previousSeq = 0;
    QString previousHash = kGenesis;
    while (q.next()) {
        QString storedAt;
        const AuditEntry e = entryAt(q, &storedAt);
        ++count;
        QString reason;
        if (e.seq != previousSeq + 1)
            reason = QStringLiteral("seq %1 follows %2: entries are missing").arg(e.seq).arg(previousSeq);
        else if (e.prevHash != previousHash)
            reason = QStringLiteral("prev_hash does not match the hash of the entry before");
        else if (!e.at.isValid() || domain::toIsoUtc(e.at) != storedAt)
            reason = QStringLiteral("at \"%1\" is not a time as the server writes it").arg(storedAt.left(40));
        else if (e.hash != e.chainHash())
            reason = QStringLiteral("hash does not match the entry's fields");
        if (!reason.isEmpty())
            return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("entries"), double(count)},
                               {QStringLiteral("first_bad_seq"), double(e.seq)}, {QStringLiteral("reason"), reason}};
        previousSeq = e.seq;
        previousHash = e.hash;
    }
    return QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entries"), double(count)}};
}

ApiResponse AuditLog::list(const ApiRequest &request) const
{
    const QUrlQuery query(request.raw.query());
    bool ok = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after")) ? query.queryItemValue(QStringLiteral("after")).toLongLong(&ok) : 0;
    if (!ok || after < 0)
        return ApiResponse::badRequest(QStringLiteral("after must be a whole number >= 0"));
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : kDefaultLimit;
    if (!ok || limit < 1 || limit > kMaxLimit)
        return ApiResponse::badRequest(QStringLiteral("limit must be a whole number in [1, %1]").arg(kMaxLimit));
    auto rows = entries(after, limit);
    if (!rows.ok())
        return ApiResponse::internal(rows.error());
    QJsonArray items;
    for (const AuditEntry &e : rows.value())
        items.append(e.toJson());
    const double next = rows.value().isEmpty() ? double(after) : double(rows.value().back().seq);
    return ApiResponse::ok({{QStringLiteral("items"), items}, {QStringLiteral("next"), next}});
}

void AuditLog::registerRoutes(ApiServer &server)
{
    const Access access = Access::needs(domain::Permission::ReadAudit);
    server.route(QStringLiteral("/api/v1/audit"), Method::Get, access, [this](const ApiRequest &r) { return list(r); });
    server.route(QStringLiteral("/api/v1/audit/verify"), Method::Get, access, [this](const ApiRequest &) {
        auto report = verify();
        return report.ok() ? ApiResponse::ok(report.value()) : ApiResponse::internal(report.error());
    });
}

} // namespace et::backend
