// SPDX-License-Identifier: MIT
#include "domain/alarm/alarm.h"

#include <QJsonArray>

namespace et::domain::alarm {

namespace {
constexpr EnumName<Source> kSources[] = {
    {Source::Disaster, u"disaster"},         {Source::AssetDamage, u"asset_damage"},   {Source::FacilityBackup, u"facility_backup"},
    {Source::EnergyDeficit, u"energy_deficit"}, {Source::TruckReserve, u"truck_reserve"}, {Source::Connection, u"connection"},
};
constexpr EnumName<Priority> kPriorities[] = {
    {Priority::Urgent, u"urgent"}, {Priority::High, u"high"}, {Priority::Medium, u"medium"}, {Priority::Low, u"low"}};
constexpr EnumName<State> kStates[] = {
    {State::Normal, u"normal"},
    {State::UnacknowledgedActive, u"unacknowledged_active"},
    {State::AcknowledgedActive, u"acknowledged_active"},
    {State::UnacknowledgedCleared, u"unacknowledged_cleared"},
};

QJsonValue optionalTime(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(toIsoUtc(*t)) : QJsonValue();
}
} // namespace

void Alarm::note(const QDateTime &at, const QString &event, const QString &by, const QString &detail)
{
    journal.append({at, event, by, detail});
    while (journal.size() > kJournalLength)
        journal.removeFirst();
}

QString toString(Source s) { return enumToString<Source>(s, kSources); }
QString toString(Priority p) { return enumToString<Priority>(p, kPriorities); }
QString toString(State s) { return enumToString<State>(s, kStates); }
std::optional<Priority> priorityFromString(QStringView t) { return enumFromString<Priority>(t, kPriorities); }

Result<Alarm> Alarm::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("alarm: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    Alarm a;
    a.id = r.string(QStringLiteral("id"));
    a.source = r.enumValue<Source>(QStringLiteral("source"), kSources);
    a.priority = r.enumValue<Priority>(QStringLiteral("priority"), kPriorities);
    a.state = r.enumValue<State>(QStringLiteral("state"), kStates);
    a.subjectId = r.optionalString(QStringLiteral("subject_id"));
    a.subjectName = r.optionalString(QStringLiteral("subject_name"));
    a.parentId = r.optionalString(QStringLiteral("parent_id"));
    a.message = r.optionalString(QStringLiteral("message"));
    if (const QJsonValue facts = value.toObject().value(QStringLiteral("facts")); facts.isObject())
        a.facts = facts.toObject();
    else if (!facts.isUndefined() && !facts.isNull())
        return Error{QStringLiteral("facts"), QStringLiteral("expected an object, got %1").arg(jsonTypeName(facts))};
    a.raisedAt = r.dateTime(QStringLiteral("raised_at"));
    a.clearedAt = r.optionalDateTime(QStringLiteral("cleared_at"));
    a.acknowledgedAt = r.optionalDateTime(QStringLiteral("acknowledged_at"));
    a.acknowledgedBy = r.optionalString(QStringLiteral("acknowledged_by"));
    a.shelvedUntil = r.optionalDateTime(QStringLiteral("shelved_until"));
    a.shelveReason = r.optionalString(QStringLiteral("shelve_reason"));
    a.shelvedBy = r.optionalString(QStringLiteral("shelved_by"));
    a.updatedAt = r.dateTime(QStringLiteral("updated_at"));
    const QJsonArray journal = value.toObject().value(QStringLiteral("journal")).toArray();
    for (qsizetype i = 0; r.ok() && i < journal.size() && i < kJournalLength; ++i) {
        JsonFieldReader e(journal.at(i).toObject());
        JournalEntry j{e.dateTime(QStringLiteral("at")), e.string(QStringLiteral("event")), e.optionalString(QStringLiteral("by")),
                       e.optionalString(QStringLiteral("note"))};
        if (!e.ok())
            return e.error().prefixed(QStringLiteral("journal[%1]").arg(i));
        a.journal << j;
    }
    if (!r.ok())
        return r.error();
    return a;
}

QJsonObject Alarm::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("source"), toString(source)},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("state"), toString(state)},
        {QStringLiteral("subject_id"), subjectId},
        {QStringLiteral("subject_name"), subjectName},
        {QStringLiteral("parent_id"), parentId},
        {QStringLiteral("message"), message},
        {QStringLiteral("facts"), facts},
        {QStringLiteral("raised_at"), toIsoUtc(raisedAt)},
        {QStringLiteral("cleared_at"), optionalTime(clearedAt)},
        {QStringLiteral("acknowledged_at"), optionalTime(acknowledgedAt)},
        {QStringLiteral("acknowledged_by"), acknowledgedBy},
        {QStringLiteral("shelved_until"), optionalTime(shelvedUntil)},
        {QStringLiteral("shelve_reason"), shelveReason},
        {QStringLiteral("shelved_by"), shelvedBy},
        {QStringLiteral("updated_at"), toIsoUtc(updatedAt)},
        {QStringLiteral("journal"), [this] {
             QJsonArray entries;
             for (const JournalEntry &j : journal)
                 entries.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(j.at)}, {QStringLiteral("event"), j.event},
                                            {QStringLiteral("by"), j.by}, {QStringLiteral("note"), j.note}});
             return entries;
         }()},
    };
}

} // namespace et::domain::alarm
