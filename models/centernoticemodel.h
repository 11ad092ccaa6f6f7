// SPDX-License-Identifier: MIT
#pragma once

#include "entitylistmodel.h"

#include "domain/centers/noticeoverride.h"

#include <QDateTime>
#include <QTimer>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace et::models {

/// Operators' active notices and temporary closures (domain::CenterNotice), of one center
/// (`centerId`) or of all (""), newest first, from the cache — offline too, with the outbox's new
/// ones shown at once. A notice leaves the list at its end: the model wakes at the next end (no
/// polling). post() queues a notice through the outbox (operators and admins: `canPost`);
/// stateOf() is what a center's open-now becomes with its notices (domain::centers::
/// NoticeOverride), for the centers' list. Roles: noticeId, centerId, kind ("notice",
/// "closure"), reason, endsAt (a date), endsText ("until 18:00", "until Mon 09:00"), postedBy.
class CenterNoticeModel : public et::models::EntityListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString centerId READ centerId WRITE setCenterId NOTIFY centerIdChanged)
    Q_PROPERTY(bool canPost READ canPost NOTIFY permissionChanged)
    /// Why the last post() was not queued ("" after one that was).
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
public:
    explicit CenterNoticeModel(client::Store *store, QObject *parent = nullptr);

    QString centerId() const { return m_centerId; }
    void setCenterId(const QString &id);
    bool canPost() const { return m_mayPost && m_mayPost(); }
    QString problem() const { return m_problem; }

    /// Queues a notice (or, `closure`, a temporary closure) on `centerId` until `endsAt`, with
    /// `reason`; "" when queued, else why not (also in `problem`).
    Q_INVOKABLE QString post(const QString &centerId, bool closure, const QString &reason, const QDateTime &endsAt);
    /// Today's 23:59 on Jeju's clock (the end of a same-day notice), and `hours` from now.
    Q_INVOKABLE QDateTime endOfToday() const;
    Q_INVOKABLE QDateTime hoursFromNow(int hours) const;
    /// {closed (bool), reason, notices ([reason…])}: what the center's notices do at now.
    Q_INVOKABLE QVariantMap noticeStateOf(const QString &centerId) const;
    /// The override on `hours` (its open-now) at the model's now, from the cached notices.
    domain::centers::NoticeOverride stateOf(const QString &centerId, const domain::centers::OpenState &hours) const;

    void setPermissionCheck(std::function<bool()> mayPost);
    /// The clock notices are judged by (tests set one); the wall clock by default.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

signals:
    void centerIdChanged();
    void permissionChanged();
    void problemChanged();

protected:
    QList<QByteArray> columnNames() const override;
    QList<Row> readRows(const client::Store &store) const override;

private:
    QString refuse(const QString &why);
    void scheduleExpiry();

    QString m_centerId;
    QString m_problem;
    std::function<bool()> m_mayPost;
    std::function<QDateTime()> m_clock;
    mutable QDateTime m_nextEnd; ///< the earliest end among the rows read last
    QTimer m_expiry;
};

} // namespace et::models
