// SPDX-License-Identifier: MIT
#include "centernoticemodel.h"

#include "client/store.h"
#include "domain/operatorcommand.h"
#include "modelslogging.h"

#include <QLocale>

namespace et::models {

using domain::CenterNotice;
using domain::centers::OpenNow;

CenterNoticeModel::CenterNoticeModel(client::Store *store, QObject *parent)
    : EntityListModel(store, {domain::EntityKind::CenterNotice}, parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &CenterNoticeModel::reload);
    connect(this, &EntityListModel::contentChanged, this, &CenterNoticeModel::scheduleExpiry);
    reload();
    scheduleExpiry();
}

void CenterNoticeModel::setCenterId(const QString &id)
{
    if (id == m_centerId)
        return;
    m_centerId = id;
    emit centerIdChanged();
    reload();
    scheduleExpiry();
}

void CenterNoticeModel::setPermissionCheck(std::function<bool()> mayPost)
{
    m_mayPost = std::move(mayPost);
    emit permissionChanged();
}

void CenterNoticeModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    reload();
    scheduleExpiry();
}

void CenterNoticeModel::scheduleExpiry()
{
    // Woken at the next end, so an ended notice leaves without a poll; a clock a test moved is
    // read again by reload().
    if (!m_nextEnd.isValid()) {
        m_expiry.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock().msecsTo(m_nextEnd) + 50, 0, 24 * 3600 * 1000);
    m_expiry.start(std::chrono::milliseconds(ms));
}

QList<QByteArray> CenterNoticeModel::columnNames() const
{
    return {"noticeId", "centerId", "kind", "reason", "endsAt", "endsText", "postedBy"};
}

QList<EntityListModel::Row> CenterNoticeModel::readRows(const client::Store &store) const
{
    const QDateTime now = m_clock();
    QList<Row> rows;
    m_nextEnd = {};
    for (const CenterNotice &n : store.centerNotices(m_centerId, now)) {
        if (!n.isActive(now))
            continue;
        if (!m_nextEnd.isValid() || n.endsAt < m_nextEnd)
            m_nextEnd = n.endsAt;
        const QDateTime ends = OpenNow::jejuTime(n.endsAt);
        const QString clock = ends.toString(QStringLiteral("HH:mm"));
        const QString endsText = ends.date() == OpenNow::jejuTime(now).date()
                                     ? tr("until %1").arg(clock)
                                     : tr("until %1 %2").arg(QLocale().dayName(ends.date().dayOfWeek(), QLocale::ShortFormat), clock);
        rows.append({n.id, {n.id, n.centerId, domain::toString(n.kind), n.reason, n.endsAt, endsText, n.postedBy}});
    }
    return rows;
}

QString CenterNoticeModel::refuse(const QString &why)
{
    m_problem = why;
    emit problemChanged();
    return why;
}

QString CenterNoticeModel::post(const QString &centerId, bool closure, const QString &reason, const QDateTime &endsAt)
{
    if (!canPost())
        return refuse(tr("Only operators and administrators may post notices."));
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return refuse(tr("Say why (the reason is shown with the notice)."));
    if (text.size() > CenterNotice::kMaxReasonLength)
        return refuse(tr("The reason is %1 characters long; at most %2.").arg(text.size()).arg(CenterNotice::kMaxReasonLength));
    const QDateTime now = m_clock();
    if (!endsAt.isValid() || endsAt <= now)
        return refuse(tr("The end must be in the future."));
    if (endsAt > now.addDays(CenterNotice::kMaxDays))
        return refuse(tr("The end may be at most %n days ahead.", nullptr, CenterNotice::kMaxDays));
    CenterNotice notice;
    notice.id = CenterNotice::newId();
    notice.centerId = centerId;
    notice.kind = closure ? CenterNotice::Kind::Closure : CenterNotice::Kind::Notice;
    notice.reason = text;
    notice.endsAt = endsAt.toUTC();
    const auto stored = store()->enqueue(domain::OperatorCommand::postCenterNotice(notice, domain::OperatorCommand::newKey(), now));
    if (!stored.ok()) {
        qCWarning(lcModels).noquote() << "notice not queued:" << stored.error().toString();
        return refuse(tr("The notice could not be saved: %1").arg(stored.error().toString()));
    }
    return refuse({});
}

QDateTime CenterNoticeModel::endOfToday() const
{
    const QDateTime jeju = OpenNow::jejuTime(m_clock());
    return QDateTime(jeju.date(), QTime(23, 59), Qt::OffsetFromUTC, 9 * 3600).toUTC();
}

QDateTime CenterNoticeModel::hoursFromNow(int hours) const
{
    return m_clock().addSecs(qint64(hours) * 3600);
}

domain::centers::NoticeOverride CenterNoticeModel::stateOf(const QString &centerId, const domain::centers::OpenState &hours) const
{
    const QDateTime now = m_clock();
    return domain::centers::NoticeOverride::apply(centerId, hours, store()->centerNotices(centerId, now), now);
}

QVariantMap CenterNoticeModel::noticeStateOf(const QString &centerId) const
{
    const auto state = stateOf(centerId, {});
    QStringList notices;
    for (const CenterNotice &n : state.notices)
        notices << n.reason;
    return {{QStringLiteral("closed"), state.closure.has_value()},
            {QStringLiteral("reason"), state.closure ? state.closure->reason : QString()},
            {QStringLiteral("notices"), notices}};
}

} // namespace et::models
