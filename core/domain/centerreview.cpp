// SPDX-License-Identifier: MIT
#include "centerreview.h"

#include <QCryptographicHash>

namespace et::domain {

namespace {
/// The fields a console sends; `r` keeps the first problem.
CenterReview readWritten(JsonFieldReader &r)
{
    CenterReview v;
    v.centerId = r.string(QStringLiteral("center_id"));
    v.userId = r.string(QStringLiteral("user_id"));
    v.stars = r.integer(QStringLiteral("stars"), CenterReview::kMinStars, CenterReview::kMaxStars);
    v.text = r.optionalString(QStringLiteral("text")).trimmed();
    // Code points, as a person counts them (a Hangul syllable or an emoji is one).
    if (const qsizetype length = v.text.toUcs4().size(); r.ok() && length > CenterReview::kMaxTextLength)
        r.fail(QStringLiteral("text"), QStringLiteral("is %1 characters long, at most %2").arg(length).arg(CenterReview::kMaxTextLength));
    v.id = CenterReview::idFor(v.centerId, v.userId);
    return v;
}
} // namespace

QString CenterReview::idFor(const QString &centerId, const QString &userId)
{
    const QByteArray key = (centerId + u'|' + userId).toUtf8();
    return QStringLiteral("rev-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

QString CenterReview::authorOf(const QString &email)
{
    return email.section(u'@', 0, 0);
}

Result<CenterReview> CenterReview::fromRequest(const QJsonObject &body)
{
    JsonFieldReader r(body);
    CenterReview v = readWritten(r);
    if (!r.ok())
        return r.error();
    return v;
}

QJsonObject CenterReview::toRequestJson() const
{
    return {{QStringLiteral("center_id"), centerId}, {QStringLiteral("user_id"), userId}, {QStringLiteral("stars"), stars}, {QStringLiteral("text"), text}};
}

Result<QString> CenterReview::hideReasonFrom(const QJsonObject &body)
{
    JsonFieldReader r(body);
    const QString reason = r.string(QStringLiteral("reason")).trimmed();
    if (r.ok() && reason.isEmpty())
        r.fail(QStringLiteral("reason"), QStringLiteral("is required"));
    if (r.ok() && reason.size() > kMaxHideReasonLength)
        r.fail(QStringLiteral("reason"), QStringLiteral("is %1 characters long, at most %2").arg(reason.size()).arg(kMaxHideReasonLength));
    if (!r.ok())
        return r.error();
    return reason;
}

Result<CenterReview> CenterReview::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("review: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    CenterReview v = readWritten(r);
    const QString id = r.string(QStringLiteral("id"));
    if (r.ok() && id != v.id)
        r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is not the review of this user and center").arg(id));
    v.author = r.optionalString(QStringLiteral("author"));
    v.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    if (!r.ok())
        return r.error();
    return v;
}

QJsonObject CenterReview::toJson() const
{
    QJsonObject o = toRequestJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("author"), author);
    o.insert(QStringLiteral("updated_at"), toIsoUtc(updatedAt));
    return o;
}

ReviewSummary ReviewSummary::of(const QList<CenterReview> &reviews, const QString &centerId)
{
    ReviewSummary s;
    int total = 0;
    for (const CenterReview &r : reviews) {
        if (r.centerId != centerId)
            continue;
        ++s.count;
        total += r.stars;
    }
    s.average = s.count ? double(total) / s.count : 0.0;
    return s;
}

} // namespace et::domain
