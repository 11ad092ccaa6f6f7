// SPDX-License-Identifier: MIT
#include "auditentry.h"

#include "change.h"
#include "useraccount.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace et::domain {

namespace {

// The server's paths and results are short; a megabyte "path" is not an entry of ours.
constexpr qsizetype kMaxTextLength = 2048;

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return pattern.match(text).hasMatch();
}

/// A field the API always sends but as null when it does not apply (user_id, email, role):
/// absent is an error, null is "".
QString nullableString(JsonFieldReader &r, const QJsonObject &o, const QString &key)
{
    if (r.ok() && !o.contains(key))
        r.fail(key, QStringLiteral("is missing"));
    return r.optionalString(key);
}

void checkLength(JsonFieldReader &r, const QString &key, const QString &text)
{
    if (r.ok() && text.size() > kMaxTextLength)
        r.fail(key, QStringLiteral("is longer than %1 characters").arg(kMaxTextLength));
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

Result<AuditEntry> AuditEntry::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("audit entry: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    AuditEntry e;
    e.seq = r.integer64(QStringLiteral("seq"), 1, kMaxCursor);
    e.at = r.dateTime(QStringLiteral("at"));
    e.userId = nullableString(r, o, QStringLiteral("user_id"));
    e.email = nullableString(r, o, QStringLiteral("email"));
    e.role = nullableString(r, o, QStringLiteral("role"));
    if (r.ok() && !e.role.isEmpty() && !userRoleFromString(e.role))
        r.fail(QStringLiteral("role"), QStringLiteral("unknown role \"%1\"").arg(e.role.left(40)));
    e.method = r.string(QStringLiteral("method"));
    e.path = r.string(QStringLiteral("path"));
    e.requestId = r.string(QStringLiteral("request_id"));
    e.status = r.integer(QStringLiteral("status"), 100, 599);
    e.result = r.string(QStringLiteral("result"));
    e.prevHash = r.string(QStringLiteral("prev_hash"));
    e.hash = r.string(QStringLiteral("hash"));
    for (const auto &[key, text] : {std::pair{QStringLiteral("email"), e.email}, {QStringLiteral("path"), e.path},
                                    {QStringLiteral("request_id"), e.requestId}, {QStringLiteral("result"), e.result}})
        checkLength(r, key, text);
    if (r.ok() && !isSha256Hex(e.prevHash))
        r.fail(QStringLiteral("prev_hash"), QStringLiteral("is not 64 lower-case hex digits"));
    if (r.ok() && !isSha256Hex(e.hash))
        r.fail(QStringLiteral("hash"), QStringLiteral("is not 64 lower-case hex digits"));
    if (!r.ok())
        return r.error();
    return e;
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("seq"), double(seq)},
            {QStringLiteral("at"), toIsoUtc(at)},
            {QStringLiteral("user_id"), nullIfEmpty(userId)},
            {QStringLiteral("email"), nullIfEmpty(email)},
            {QStringLiteral("role"), nullIfEmpty(role)},
            {QStringLiteral("method"), method},
            {QStringLiteral("path"), path},
            {QStringLiteral("request_id"), requestId},
            {QStringLiteral("status"), status},
            {QStringLiteral("result"), result},
            {QStringLiteral("prev_hash"), prevHash},
            {QStringLiteral("hash"), hash}};
}

QString AuditEntry::chainHash() const
{
    const QJsonArray canonical{double(seq), toIsoUtc(at), userId, email, role, method, path, requestId, status, result, prevHash};
    const QByteArray text = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<AuditPage> AuditPage::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("audit page: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    AuditPage page;
    const QJsonArray items = r.array(QStringLiteral("items"));
    page.next = r.integer64(QStringLiteral("next"), 0, kMaxCursor);
    if (!r.ok())
        return r.error();
    auto entries = decodeArray<AuditEntry>(items, &AuditEntry::fromJson);
    if (!entries.ok())
        return entries.error().prefixed(QStringLiteral("items"));
    page.items = std::move(entries).value();
    // Paging relies on this: a page out of order or not ending at `next` would skip or repeat entries.
    for (qsizetype i = 1; i < page.items.size(); ++i) {
        if (page.items.at(i).seq <= page.items.at(i - 1).seq)
            return Error{QStringLiteral("items[%1].seq").arg(i), QStringLiteral("entries are not in ascending seq order")};
    }
    if (!page.items.isEmpty() && page.items.constLast().seq != page.next)
        return Error{QStringLiteral("next"), QStringLiteral("is not the seq of the page's last entry")};
    return page;
}

Result<AuditVerification> AuditVerification::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("audit verification: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    AuditVerification v;
    v.ok = r.boolean(QStringLiteral("ok"));
    v.entries = r.integer64(QStringLiteral("entries"), 0, kMaxCursor);
    if (r.ok() && !v.ok) {
        v.firstBadSeq = r.integer64(QStringLiteral("first_bad_seq"), 1, kMaxCursor);
        v.reason = r.string(QStringLiteral("reason"));
        checkLength(r, QStringLiteral("reason"), v.reason);
    }
    if (!r.ok())
        return r.error();
    return v;
}

QJsonObject AuditVerification::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok}, {QStringLiteral("entries"), double(entries)}};
    if (!ok) {
        o.insert(QStringLiteral("first_bad_seq"), double(firstBadSeq));
        o.insert(QStringLiteral("reason"), reason);
    }
    return o;
}

} // namespace et::domain
