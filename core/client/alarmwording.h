// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"

#include <QCoreApplication>
#include <QString>

namespace et::client {

/// An alarm in the operator's language, for the console's alarm list and the situation report:
/// what raised it, a journal step, and a step's note (the server writes the priority an alarm was
/// raised or escalated at as its wire name, "high").
class AlarmWording
{
    Q_DECLARE_TR_FUNCTIONS(et::client::AlarmWording)
public:
    static QString sourceText(domain::alarm::Source source);
    static QString priorityText(domain::alarm::Priority priority);
    /// "raised", "escalated", "cleared", "acknowledged", "shelved", "unshelved"; others as given.
    static QString eventText(const QString &event);
    /// A priority's wire name in words; any other note as written.
    static QString noteText(const QString &note);
    /// What happened, in words, from the alarm's `facts` (its English `message` when it has none).
    static QString detailText(const domain::alarm::Alarm &alarm);
    /// A disaster type's wire name ("typhoon") in words.
    static QString disasterTypeText(const QString &type);
};

} // namespace et::client
