// SPDX-License-Identifier: MIT
#pragma once

#include "change.h"
#include "jsonfieldreader.h"
#include "useraccount.h"

#include <QJsonObject>
#include <QString>

namespace et::domain {

/// WebSocket channels a console can subscribe to.
namespace channel {
inline const QString energy = QStringLiteral("energy");       ///< balance.updated
inline const QString assets = QStringLiteral("assets");       ///< asset.updated
inline const QString trucks = QStringLiteral("trucks");       ///< truck.updated
inline const QString disasters = QStringLiteral("disasters"); ///< disaster.created / disaster.updated
inline const QString orders = QStringLiteral("orders");       ///< order.created / order.updated / order.deleted
/// dispatch_plan.updated: each planning round's suggestions, on a channel of their own because a
/// plan with its routes is tens of KB, more than a tight backlog lets a truck watcher receive.
inline const QString dispatch = QStringLiteral("dispatch");
/// alarm.created / alarm.updated (issue 18).
inline const QString alarms = QStringLiteral("alarms");
/// center.updated, center_notice.*, center_review.* (issue 19): imports, notices and reviews.
inline const QString centers = QStringLiteral("centers");
/// Every channel, in a stable order.
QStringList all();
/// Which channel carries changes to an entity kind.
QString forEntity(EntityKind kind);
} // namespace channel

/// A live event from the server's WebSocket: `{"channel","event","data","cursor"}`. `cursor` is the
/// change-log cursor of this change, so a client that sees a cursor jump knows it missed something.
struct StreamEvent
{
    QString channel;
    QString event;  ///< e.g. "truck.updated"
    QJsonObject data;
    qint64 cursor = 0;

    static Result<StreamEvent> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;

    /// The change this event carries, for applying it to a store exactly like a sync change.
    Result<Change> toChange() const;
    /// Builds the event that announces a change.
    static StreamEvent fromChange(const Change &change);
};

/// A control message on the WebSocket: `auth` (first, with the access token) and `subscribe` from
/// the client; `authenticated` (with the user), `subscribed`, `error` or `resync` from the
/// server. Anything with a "channel" field is a StreamEvent instead.
struct ControlMessage
{
    QString event;
    QStringList channels;
    qint64 cursor = 0;
    QString errorCode;
    QString errorMessage;
    QString token;                  ///< `auth`: the access token (at most 4096 characters)
    std::optional<UserAccount> user; ///< `authenticated`: who the socket is signed in as

    static Result<ControlMessage> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
};

} // namespace et::domain
