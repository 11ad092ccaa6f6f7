// SPDX-License-Identifier: MIT
#include "sim/alarmmonitor.h"

#include "backendlogging.h"
#include "domain/alarm/alarmconditions.h"
#include "domain/alarm/alarmlifecycle.h"
#include "sim/simulation.h"
#include "store/auditlog.h"
#include "store/store.h"

#include <QSet>
#include <QTimer>
#include <QUuid>

namespace et::backend {

using namespace domain::alarm;
using domain::EntityKind;

AlarmMonitor::AlarmMonitor(Store &store, const Simulation &simulation, AuditLog &audit, QObject *parent)
    : QObject(parent), m_store(store), m_simulation(simulation), m_audit(audit)
{
    connect(&m_store, &Store::committed, this, &AlarmMonitor::noteChanges);
}

domain::Status AlarmMonitor::load()
{
    auto rows = m_store.readAll(EntityKind::Alarm);
    if (!rows.ok())
        return rows.error();
    for (const QJsonObject &row : rows.value()) {
        auto a = Alarm::fromJson(row);
        if (!a.ok())
            return a.error().prefixed(QStringLiteral("stored alarm"));
        m_alarms.insert(a.value().id, a.value());
    }
    return domain::Ok{};
}

void AlarmMonitor::noteChanges(const QList<domain::Change> &changes)
{
    if (m_writing)
        return;
    bool others = false;
    for (const domain::Change &c : changes) {
        if (c.entity != EntityKind::Alarm) {
            others = true;
            continue;
        }
        // An operator's acknowledgement or shelf, committed by the API.
        if (c.op == domain::ChangeOp::Upsert) {
            if (auto a = Alarm::fromJson(c.data); a.ok())
                m_alarms.insert(a.value().id, a.value());
        }
    }
    // One look after a burst of commits (a tick, an API command): queued, coalesced.
    if (others && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            if (auto s = evaluate(); !s.ok())
                qCWarning(lcSim).noquote() << "alarms not updated:" << s.error().toString();
        });
    }
}

domain::Status AlarmMonitor::evaluate()
{
    const QDateTime now = m_simulation.simTime();
    QSet<QString> active;
    for (const Alarm &a : std::as_const(m_alarms)) {
        if (a.isActive())
            active.insert(a.id);
    }
    const QList<Condition> present = AlarmConditions::at(m_simulation.activeDisasters(), m_simulation.trucks(), now, active);
    QHash<QString, Alarm> next = m_alarms;
    QSet<QString> seen;
    for (const Condition &c : present) {
        seen.insert(c.id);
        Alarm a = next.value(c.id);
        if (a.id.isEmpty()) {
            a.id = c.id;
            a.raisedAt = now;
            a.updatedAt = now;
        }
        a.source = c.source;
        a.subjectId = c.subjectId;
        a.subjectName = c.subjectName;
        a.parentId = c.parentId;
        a.message = c.message;
        a.facts = c.facts;
        next.insert(c.id, AlarmLifecycle::conditionPresent(a, c.priority, now));
    }
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (!seen.contains(it.key()))
            it.value() = AlarmLifecycle::conditionGone(it.value(), now);
        it.value() = AlarmLifecycle::unshelveIfExpired(it.value(), now);
    }
    QList<EntityWrite> writes;
    QList<std::pair<QString, domain::alarm::JournalEntry>> steps;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        const Alarm before = m_alarms.value(it.key());
        // A normal alarm never raised is not worth a row.
        if (it.value() == before || (before.id.isEmpty() && it.value().state == State::Normal))
            continue;
        writes.append({EntityKind::Alarm, it.key(), it.value().toJson()});
        for (qsizetype i = before.journal.size(); i < it.value().journal.size(); ++i)
            steps.append({it.key(), it.value().journal.at(i)});
    }
    if (writes.isEmpty())
        return domain::Ok{};
    m_writing = true;
    auto written = m_store.write(writes);
    m_writing = false;
    if (!written.ok())
        return written.error();
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        m_alarms.insert(it.key(), it.value());
    for (const auto &[id, step] : steps) {
        domain::AuditEntry entry;
        entry.method = QStringLiteral("ALARM");
        // The server is the actor; each step is a request of its own in the trail's terms.
        entry.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        entry.path = QStringLiteral("/api/v1/alarms/") + id;
        entry.status = 200;
        entry.result = step.note.isEmpty() ? step.event : step.event + u' ' + step.note;
        if (auto s = m_audit.append(entry); !s.ok())
            qCWarning(lcSim).noquote() << "alarm step not in the audit trail:" << s.error().toString();
    }
    qCInfo(lcSim).noquote() << writes.size() << "alarms changed," << steps.size() << "steps journaled";
    return domain::Ok{};
}

} // namespace et::backend
