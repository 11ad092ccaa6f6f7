// SPDX-License-Identifier: MIT
#include "alarmlistmodel.h"

#include "client/alarmwording.h"

#include "client/store.h"
#include "connectionstatus.h"
#include "domain/alarm/alarmboard.h"
#include "domain/alarm/alarmlifecycle.h"
#include "jejutime.h"

namespace et::models {

using namespace domain::alarm;

namespace {
const QString kConnectionId = QStringLiteral("connection:console");
}

AlarmListModel::AlarmListModel(client::Store *store, ConnectionStatus *connection, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_connection(connection)
{
    // The cache's alarms change many times a second in a flood: read off the GUI thread, and the
    // rows re-derived (a model reset the list and the bar redraw) at most every kReloadMs.
    m_reloadPause.setSingleShot(true);
    m_reloadPause.setInterval(kReloadMs);
    connect(&m_reloadPause, &QTimer::timeout, this, [this] {
        if (m_reloadDue)
            reload();
    });
    if (m_store->isOpen() && !m_store->filePath().isEmpty())
        m_reader = new AlarmCacheReader(m_store->filePath(), [this](QList<Alarm> alarms) {
            m_cached = std::move(alarms);
            reloadSoon();
        }, this);
    connect(m_store, &client::Store::changed, this, [this](domain::EntityKind kind) {
        if (kind != domain::EntityKind::Alarm)
            return;
        if (m_reader) {
            m_reader->request();
        } else {
            reread();
            reloadSoon();
        }
    });
    reread();
    if (m_connection)
        connect(m_connection, &ConnectionStatus::stateChanged, this, &AlarmListModel::connectionChanged);
    reload();
}

void AlarmListModel::reread()
{
    m_cached = m_store->isOpen() ? m_store->alarms() : QList<Alarm>();
}

void AlarmListModel::setShowShelved(bool show)
{
    if (m_showShelved == show)
        return;
    m_showShelved = show;
    reload();
}

void AlarmListModel::setNow(const QDateTime &now)
{
    if (m_now == now)
        return;
    m_now = now;
    reload();
}

void AlarmListModel::connectionChanged()
{
    // Only a connection that was there and went: a console started offline knows it is.
    const bool online = m_connection->online();
    const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (online) {
        m_wasOnline = true;
        if (m_local)
            m_local = AlarmLifecycle::conditionGone(*m_local, at);
    } else if (m_wasOnline) {
        Alarm a = m_local.value_or(Alarm{});
        if (a.id.isEmpty()) {
            a.id = kConnectionId;
            a.source = Source::Connection;
            a.subjectId = QStringLiteral("server");
            a.message = QStringLiteral("lost the connection to the server");
        }
        m_local = AlarmLifecycle::conditionPresent(a, Priority::High, at);
    }
    if (m_local && m_local->state == State::Normal)
        m_local.reset();
    reload();
}

void AlarmListModel::acknowledgeLocal(const QString &alarmId)
{
    if (!m_local || m_local->id != alarmId)
        return;
    const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    if (auto acked = AlarmLifecycle::acknowledge(*m_local, QString(), at); acked.ok())
        m_local = acked.value();
    if (m_local->state == State::Normal)
        m_local.reset();
    reload();
}

void AlarmListModel::reloadSoon()
{
    if (m_reloadPause.isActive()) {
        m_reloadDue = true;
        return;
    }
    reload();
}

void AlarmListModel::reload()
{
    m_reloadDue = false;
    m_reloadPause.start();
    // The cached alarms as last read: the clock, a shelf shown or the connection re-sort them
    // every simulated minute without reading the disk.
    QList<Alarm> all = m_cached;
    if (m_local)
        all << *m_local;
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    QList<Alarm> visible = all;
    int shelved = 0;
    for (Alarm &a : visible) {
        if (a.state != State::Normal && a.isShelved(now)) {
            ++shelved;
            if (m_showShelved)
                a.shelvedUntil.reset(); // so the board lists it; the row still says it is shelved
        }
    }
    QList<Alarm> rows;
    QHash<QString, Alarm> byId;
    for (const Alarm &a : all)
        byId.insert(a.id, a);
    for (const AlarmGroup &g : AlarmBoard::groups(visible, now)) {
        for (const Alarm &a : g.alarms)
            rows << byId.value(a.id);
    }
    beginResetModel();
    m_rows = rows;
    m_shelved = shelved;
    m_flood = AlarmBoard::floodCount(all, now);
    endResetModel();
    emit alarmsChanged();
    for (const Alarm &a : std::as_const(m_rows)) {
        const QString key = a.id + u'@' + domain::toIsoUtc(a.raisedAt);
        if (a.priority == Priority::Urgent && a.state == State::UnacknowledgedActive && !a.isShelved(now) && !m_announced.contains(key)) {
            m_announced.insert(key);
            emit urgentRaised(describe(a));
        }
    }
}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmListModel::unacknowledgedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Alarm &a) { return a.isUnacknowledged(); }));
}

QString AlarmListModel::worstPriority() const
{
    if (m_rows.isEmpty())
        return {};
    Priority worst = Priority::Low;
    for (const Alarm &a : m_rows)
        worst = AlarmLifecycle::higher(a.priority, worst) ? a.priority : worst;
    return toString(worst);
}

QString AlarmListModel::headline() const
{
    // The first that waits for the operator; else the first there is.
    const auto waiting = std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Alarm &a) { return a.isUnacknowledged(); });
    return waiting != m_rows.cend() ? describe(*waiting) : m_rows.isEmpty() ? QString() : describe(m_rows.first());
}

QString AlarmListModel::describe(const Alarm &a) const
{
    const QString subject = a.subjectName.isEmpty() ? a.subjectId : a.subjectName;
    return a.source == Source::Connection ? client::AlarmWording::sourceText(a.source) : tr("%1: %2").arg(client::AlarmWording::sourceText(a.source), subject);
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm &a = m_rows.at(index.row());
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole: return describe(a);
    case AlarmIdRole: return a.id;
    case PriorityRole: return toString(a.priority);
    case StateRole: return toString(a.state);
    case SourceRole: return toString(a.source);
    case SourceTextRole: return client::AlarmWording::sourceText(a.source);
    case SubjectRole: return a.subjectName.isEmpty() ? a.subjectId : a.subjectName;
    case MessageRole: return client::AlarmWording::detailText(a);
    case RaisedAtRole: return a.raisedAt;
    case UnacknowledgedRole: return a.isUnacknowledged();
    case ShelvedRole: return a.isShelved(now);
    case ShelvedUntilRole: return a.shelvedUntil ? QVariant(*a.shelvedUntil) : QVariant();
    case ShelveReasonRole: return a.shelveReason;
    case ChildRole: return !a.parentId.isEmpty() && a.source != Source::Disaster;
    case LocalRole: return a.source == Source::Connection;
    case JournalRole: {
        QStringList steps;
        for (auto it = a.journal.crbegin(); it != a.journal.crend(); ++it)
            steps << QStringLiteral("%1 %2%3%4").arg(JejuTime::format(it->at, QStringLiteral("MM-dd HH:mm")), client::AlarmWording::eventText(it->event),
                                                   it->by.isEmpty() ? QString() : QStringLiteral(" · ") + it->by,
                                                   it->note.isEmpty() ? QString() : QStringLiteral(" · ") + client::AlarmWording::noteText(it->note));
        return steps;
    }
    }
    return {};
}

QHash<int, QByteArray> AlarmListModel::roleNames() const
{
    return {{AlarmIdRole, "alarmId"},     {PriorityRole, "priority"},       {StateRole, "state"},
            {SourceRole, "source"},       {SourceTextRole, "sourceText"},   {SubjectRole, "subject"},
            {MessageRole, "message"},     {RaisedAtRole, "raisedAt"},       {UnacknowledgedRole, "unacknowledged"},
            {ShelvedRole, "shelved"},     {ShelvedUntilRole, "shelvedUntil"}, {ShelveReasonRole, "shelveReason"},
            {ChildRole, "child"},         {LocalRole, "local"},             {JournalRole, "journal"}};
}

} // namespace et::models
