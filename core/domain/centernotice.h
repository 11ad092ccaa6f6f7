// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

/// What an operator posts on a center for a while (issue 19): a notice shown with it ("the
/// counsellor is out this afternoon"), or a temporary closure that makes it closed until the end
/// whatever its hours say (centers::NoticeOverride). Always with a reason and an end in the
/// future, at most kMaxDays ahead: a notice that outlives its purpose misleads. The console names
/// the id (so it shows at once from the outbox); the server sets the start, the author and the
/// time it was posted.
struct CenterNotice
{
    enum class Kind { Notice, Closure };
    static constexpr qsizetype kMaxReasonLength = 300;
    static constexpr int kMaxDays = 14;

    QString id;        ///< "ntc-" and up to 60 of [A-Za-z0-9-], chosen by the console
    QString centerId;
    Kind kind = Kind::Notice;
    QString reason;
    QDateTime startsAt; ///< when it was posted (UTC)
    QDateTime endsAt;   ///< exclusive
    QString postedBy;   ///< the operator's e-mail

    bool isActive(const QDateTime &now) const { return startsAt <= now && now < endsAt; }
    static QString newId();
    static bool isValidClientId(QStringView id);

    /// A request to post (`{"id", "center_id", "kind", "reason", "ends_at"}`) checked at `now`:
    /// the reason is 1 to kMaxReasonLength characters once trimmed; the end lies after `now` and
    /// at most kMaxDays later. The notice starts at `now`, posted by `postedBy`.
    static Result<CenterNotice> fromRequest(const QJsonObject &body, const QDateTime &now, const QString &postedBy);
    QJsonObject toRequestJson() const;

    static Result<CenterNotice> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const CenterNotice &) const = default;
};

QString toString(CenterNotice::Kind kind);

} // namespace et::domain
