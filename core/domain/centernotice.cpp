// SPDX-License-Identifier: MIT
#include "centernotice.h"

#include <QUuid>

namespace et::domain {

namespace {
constexpr EnumName<CenterNotice::Kind> kKinds[] = {{CenterNotice::Kind::Notice, u"notice"}, {CenterNotice::Kind::Closure, u"closure"}};

/// Reads the fields a console sends; `r` keeps the first problem.
CenterNotice readRequested(JsonFieldReader &r)
{
    CenterNotice n;
    n.id = r.string(QStringLiteral("id"));
    if (r.ok() && !CenterNotice::isValidClientId(n.id))
        r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is not a notice id (ntc- and up to 60 letters, digits or dashes)").arg(n.id));
    n.centerId = r.string(QStringLiteral("center_id"));
    n.kind = r.enumValue<CenterNotice::Kind>(QStringLiteral("kind"), kKinds);
    n.reason = r.string(QStringLiteral("reason")).trimmed();
    if (r.ok() && n.reason.isEmpty())
        r.fail(QStringLiteral("reason"), QStringLiteral("is required"));
    if (r.ok() && n.reason.size() > CenterNotice::kMaxReasonLength)
        r.fail(QStringLiteral("reason"),
               QStringLiteral("is %1 characters long, at most %2").arg(n.reason.size()).arg(CenterNotice::kMaxReasonLength));
    n.endsAt = r.dateTime(QStringLiteral("ends_at"));
    return n;
}
} // namespace

QString toString(CenterNotice::Kind k) { return enumToString<CenterNotice::Kind>(k, kKinds); }

QString CenterNotice::newId()
{
    return QStringLiteral("ntc-") + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

bool CenterNotice::isValidClientId(QStringView id)
{
    if (!id.startsWith(u"ntc-") || id.size() < 5 || id.size() > 64)
        return false;
    return std::all_of(id.begin() + 4, id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

Result<CenterNotice> CenterNotice::fromRequest(const QJsonObject &body, const QDateTime &now, const QString &postedBy)
{
    JsonFieldReader r(body);
    CenterNotice n = readRequested(r);
    if (r.ok() && n.endsAt <= now)
        r.fail(QStringLiteral("ends_at"), QStringLiteral("%1 is not in the future").arg(toIsoUtc(n.endsAt)));
    if (r.ok() && n.endsAt > now.addDays(kMaxDays))
        r.fail(QStringLiteral("ends_at"), QStringLiteral("%1 is more than %2 days ahead").arg(toIsoUtc(n.endsAt)).arg(kMaxDays));
    if (!r.ok())
        return r.error();
    n.startsAt = now.toUTC();
    n.postedBy = postedBy;
    return n;
}

QJsonObject CenterNotice::toRequestJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("center_id"), centerId},
            {QStringLiteral("kind"), toString(kind)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("ends_at"), toIsoUtc(endsAt)}};
}

Result<CenterNotice> CenterNotice::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("notice: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    CenterNotice n = readRequested(r);
    n.startsAt = r.dateTime(QStringLiteral("starts_at"));
    n.postedBy = r.optionalString(QStringLiteral("posted_by"));
    if (r.ok() && n.endsAt <= n.startsAt)
        r.fail(QStringLiteral("ends_at"), QStringLiteral("is not after starts_at"));
    if (!r.ok())
        return r.error();
    return n;
}

QJsonObject CenterNotice::toJson() const
{
    QJsonObject o = toRequestJson();
    o.insert(QStringLiteral("starts_at"), toIsoUtc(startsAt));
    o.insert(QStringLiteral("posted_by"), postedBy);
    return o;
}

} // namespace et::domain
