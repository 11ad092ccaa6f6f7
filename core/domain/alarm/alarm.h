// SPDX-License-Identifier: MIT
#pragma once

#include "domain/jsonfieldreader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace et::domain::alarm {

/// What raised an alarm (issue 18): a new or escalated disaster, an asset an incident finds likely
/// damaged, a critical facility past its backup hours, an incident's energy deficit the trucks
/// cannot cover, a truck below its reserve, or the console's lost connection (raised by the
/// console itself, never by the server).
enum class Source { Disaster, AssetDamage, FacilityBackup, EnergyDeficit, TruckReserve, Connection };
enum class Priority { Urgent, High, Medium, Low };
/// ISA-18.2's alarm states: normal; active and not yet acknowledged; active and acknowledged;
/// cleared (returned to normal) but not yet acknowledged.
enum class State { Normal, UnacknowledgedActive, AcknowledgedActive, UnacknowledgedCleared };

/// One step of an alarm's life, as its journal keeps it.
struct JournalEntry
{
    QDateTime at;
    QString event; ///< "raised", "escalated", "cleared", "acknowledged", "shelved", "unshelved"
    QString by;    ///< the operator's e-mail, or "" for the server
    QString note;  ///< the priority raised at, a shelf's reason and length, …
    bool operator==(const JournalEntry &) const = default;
};

/// One alarm as the server keeps it and sends it (the `alarm` entity, docs/api.md "Alarms"). Its
/// id names the condition it watches ("disaster:dis-1", "asset:dis-1:sub-hallim"), so the same
/// condition is the same alarm each time it comes back. `parentId` is the incident it belongs to:
/// ISA-18.2's suppression by design shows an incident's child alarms grouped under it. Shelving
/// hides an alarm from the operator for a set time, with the reason and who shelved it; it does
/// not change its state.
struct Alarm
{
    QString id;
    Source source = Source::Disaster;
    Priority priority = Priority::Low;
    State state = State::Normal;
    QString subjectId;   ///< the disaster, asset, facility or truck
    QString subjectName; ///< its name as the operator knows it (may be empty)
    QString parentId;    ///< the incident it is grouped under ("" for none)
    QString message;     ///< what happened, in English (for logs and the CLI)
    /// The figures behind `message`, so a console words it in its own language: by source,
    /// "type" and "severity" (disaster), "probability" (asset), "backup_h" and "need_mwh"
    /// (facility), "deficit_mwh" and "carried_mwh" (deficit), "soc" (truck). Optional on the wire.
    QJsonObject facts;
    QDateTime raisedAt;  ///< when it last became active
    std::optional<QDateTime> clearedAt;
    std::optional<QDateTime> acknowledgedAt;
    QString acknowledgedBy;
    std::optional<QDateTime> shelvedUntil;
    QString shelveReason;
    QString shelvedBy;
    QDateTime updatedAt;
    /// Its last kJournalLength steps, so a console reads an alarm's story offline; the server's
    /// audit trail keeps every step for good.
    QList<JournalEntry> journal;
    static constexpr int kJournalLength = 50;

    /// Appends a step to the journal (dropping the oldest past kJournalLength).
    void note(const QDateTime &at, const QString &event, const QString &by = {}, const QString &detail = {});

    bool isActive() const { return state == State::UnacknowledgedActive || state == State::AcknowledgedActive; }
    bool isUnacknowledged() const { return state == State::UnacknowledgedActive || state == State::UnacknowledgedCleared; }
    bool isShelved(const QDateTime &now) const { return shelvedUntil && *shelvedUntil > now; }

    static Result<Alarm> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const Alarm &) const = default;
};

QString toString(Source source);
QString toString(Priority priority);
QString toString(State state);
std::optional<Priority> priorityFromString(QStringView text);

} // namespace et::domain::alarm
