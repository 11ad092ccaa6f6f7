// SPDX-License-Identifier: MIT
#pragma once

#include "jsonfieldreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace et::domain {

/// The kinds of entity the server keeps a change log for.
enum class EntityKind { Asset, Truck, Disaster, Balance, Center, Order, Forecast, DispatchPlan, Alarm, CenterNotice, CenterReview };
enum class ChangeOp { Upsert, Delete };

/// One entry of the server's change log: the newest state of one entity after `cursor`.
/// Cursors increase strictly; a client that has applied everything up to N asks for `since=N`.
struct Change
{
    qint64 cursor = 0;
    EntityKind entity = EntityKind::Asset;
    ChangeOp op = ChangeOp::Upsert;
    QString id;
    QJsonObject data; ///< the entity's JSON for upserts; empty for deletes

    static Result<Change> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Change &) const = default;
};

/// A page of the change log (`GET /api/v1/sync/changes?since=N`). `cursor` is where the next
/// request continues; `hasMore` says another page follows at once.
struct ChangeBatch
{
    QList<Change> changes;
    qint64 cursor = 0;
    bool hasMore = false;

    static Result<ChangeBatch> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

QString toString(EntityKind kind);
QString toString(ChangeOp op);
std::optional<EntityKind> entityKindFromString(QStringView text);

/// Largest cursor the wire format carries exactly (JSON numbers are doubles).
constexpr qint64 kMaxCursor = (qint64(1) << 53);

} // namespace et::domain
