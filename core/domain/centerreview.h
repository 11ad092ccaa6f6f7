// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace et::domain {

/// A signed-in user's review of a center (issue 19, point 12): 1 to 5 stars and up to
/// kMaxTextLength characters. One per user and center: its id is derived from both (idFor), so
/// writing again edits it. The server sets the author and the time; a review an admin hid is
/// deleted from every cache, and only the server keeps it with the reason.
struct CenterReview
{
    static constexpr int kMinStars = 1;
    static constexpr int kMaxStars = 5;
    static constexpr qsizetype kMaxTextLength = 500;
    static constexpr qsizetype kMaxHideReasonLength = 300;

    QString id;
    QString centerId;
    QString userId;
    QString author;     ///< shown with it: the part of the e-mail before '@'
    int stars = 0;
    QString text;
    QDateTime updatedAt;

    /// "rev-" and 16 hex digits of SHA-1(center id | user id).
    static QString idFor(const QString &centerId, const QString &userId);
    /// How a review names its author: the e-mail's local part, never the whole address.
    static QString authorOf(const QString &email);

    /// A write as a console sends it (`{"center_id", "user_id", "stars", "text"}`), checked: stars
    /// in [1, 5], the text at most kMaxTextLength characters (Unicode code points) once trimmed.
    static Result<CenterReview> fromRequest(const QJsonObject &body);
    QJsonObject toRequestJson() const;
    /// An admin's hide: `{"reason"}`, 1 to kMaxHideReasonLength characters once trimmed.
    static Result<QString> hideReasonFrom(const QJsonObject &body);

    static Result<CenterReview> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const CenterReview &) const = default;
};

/// A center's stars over its visible reviews.
struct ReviewSummary
{
    double average = 0.0; ///< 0 when there is none
    int count = 0;

    static ReviewSummary of(const QList<CenterReview> &reviews, const QString &centerId);
};

} // namespace et::domain
