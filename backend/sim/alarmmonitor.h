// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"
#include "domain/change.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>

namespace et::backend {

class AuditLog;
class Simulation;
class Store;

/// The server's alarms (docs/alarms.md): after every commit that is not its own it looks at what
/// needs an operator now (domain::alarm::AlarmConditions on the simulation's active incidents and
/// trucks), moves each alarm through the ISA-18.2 lifecycle (raised, escalated, cleared, a shelf
/// lapsed), writes the alarms that changed as `alarm` entities — so they reach every console
/// through the change log and the `alarms` channel — and appends each step to the audit trail
/// (method "ALARM", the server as actor). Operators' acknowledgements and shelves come through
/// AlarmsApi; the monitor takes them from the store.
class AlarmMonitor : public QObject
{
    Q_OBJECT
public:
    AlarmMonitor(Store &store, const Simulation &simulation, AuditLog &audit, QObject *parent = nullptr);

    /// Reads the stored alarms; call once before the server serves.
    domain::Status load();
    /// Looks now (what a commit triggers; public for the tests and the first look at start).
    domain::Status evaluate();

private:
    void noteChanges(const QList<domain::Change> &changes);

    Store &m_store;
    const Simulation &m_simulation;
    AuditLog &m_audit;
    QHash<QString, domain::alarm::Alarm> m_alarms;
    bool m_writing = false;
    bool m_pending = false;
};

} // namespace et::backend
