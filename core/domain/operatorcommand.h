// SPDX-License-Identifier: MIT
#pragma once

#include "centernotice.h"
#include "centerreview.h"
#include "change.h"
#include "disaster.h"
#include "dispatchorder.h"
#include "jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace et::domain {

enum class CommandKind { CreateOrder, CancelOrder, AcknowledgeDisaster, CreateDisaster, UpdateDisaster, ResolveDisaster, AcknowledgeAlarm, ShelveAlarm,
                         ImportCenters, PostCenterNotice, WriteCenterReview, HideCenterReview };

/// One operator command as it waits in a console's outbox and travels to the server: a POST with
/// the client-generated idempotency key in `Idempotency-Key`, so a command sent twice (after a
/// lost answer, a crash or a restart) takes effect once. It also knows its optimistic local
/// effect, what the console shows from the moment the operator acts until the server answers.
struct OperatorCommand
{
    QString key;          ///< the idempotency key, unique per command
    CommandKind kind = CommandKind::CreateOrder;
    QString targetId;     ///< the order or disaster the command is about
    QJsonObject body;     ///< the request body: the order or disaster to create, a disaster's changes, else empty
    QDateTime createdAt;

    static OperatorCommand createOrder(const DispatchOrder &order, const QString &key);
    static OperatorCommand cancelOrder(const QString &orderId, const QString &key, const QDateTime &at);
    static OperatorCommand acknowledgeDisaster(const QString &disasterId, const QString &key, const QDateTime &at);
    /// `disaster` must carry a client id (Disaster::isValidClientId): the one it will keep.
    static OperatorCommand createDisaster(const Disaster &disaster, const QString &key, const QDateTime &at);
    /// `changes` as DisasterUpdate takes them.
    static OperatorCommand updateDisaster(const QString &disasterId, const QJsonObject &changes, const QString &key, const QDateTime &at);
    static OperatorCommand resolveDisaster(const QString &disasterId, const QString &key, const QDateTime &at);
    static OperatorCommand acknowledgeAlarm(const QString &alarmId, const QString &key, const QDateTime &at);
    /// Shelves alarm `alarmId` for `minutes` with `reason` (AlarmLifecycle's rules; the server checks).
    static OperatorCommand shelveAlarm(const QString &alarmId, int minutes, const QString &reason, const QString &key, const QDateTime &at);
    /// Imports `body` (centers::CenterImportRequest's JSON, not a dry run); the target is
    /// "import-" and the key's digits: an import is no one entity.
    static OperatorCommand importCenters(const QJsonObject &body, const QString &key, const QDateTime &at);
    static OperatorCommand postCenterNotice(const CenterNotice &notice, const QString &key, const QDateTime &at);
    /// Writes (or edits) `review`: its id is the one of its user and center.
    static OperatorCommand writeCenterReview(const CenterReview &review, const QString &key, const QDateTime &at);
    static OperatorCommand hideCenterReview(const QString &reviewId, const QString &reason, const QString &key, const QDateTime &at);
    /// A new random idempotency key ("cmd-" and 32 hex digits).
    static QString newKey();
    /// True for a key the server accepts: 1 to 200 printable ASCII characters.
    static bool isValidKey(QStringView key);

    /// The request path under /api/v1, e.g. "/orders/ord-1234abcd/cancel" (always POST).
    QString path() const;
    /// Whether the server's 2xx answer is the target entity, to cache (an import answers with
    /// its result, a hide with what it hid).
    bool answerIsEntity() const;
    /// The kind of entity the command changes (Order or Disaster).
    EntityKind targetEntity() const;
    /// The target as the console shows it while the command waits: `current` is the cached JSON
    /// (empty when the entity is not cached, as for a new order).
    QJsonObject optimisticEffect(const QJsonObject &current) const;

    static Result<OperatorCommand> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const OperatorCommand &) const = default;
};

QString toString(CommandKind kind);
std::optional<CommandKind> commandKindFromString(QStringView text);

} // namespace et::domain
