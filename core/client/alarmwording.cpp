// SPDX-License-Identifier: MIT
#include "client/alarmwording.h"

namespace et::client {

using domain::alarm::Priority;
using domain::alarm::Source;

QString AlarmWording::sourceText(Source source)
{
    switch (source) {
    case Source::Disaster: return tr("Incident");
    case Source::AssetDamage: return tr("Asset likely damaged");
    case Source::FacilityBackup: return tr("Facility past its backup power");
    case Source::EnergyDeficit: return tr("Energy deficit");
    case Source::TruckReserve: return tr("Truck below its reserve");
    case Source::Connection: return tr("Connection lost");
    }
    return {};
}

QString AlarmWording::priorityText(Priority priority)
{
    switch (priority) {
    case Priority::Urgent: return tr("urgent");
    case Priority::High: return tr("high");
    case Priority::Medium: return tr("medium");
    case Priority::Low: return tr("low");
    }
    return {};
}

QString AlarmWording::eventText(const QString &event)
{
    if (event == u"raised")
        return tr("raised");
    if (event == u"escalated")
        return tr("escalated");
    if (event == u"cleared")
        return tr("cleared");
    if (event == u"acknowledged")
        return tr("acknowledged");
    if (event == u"shelved")
        return tr("shelved");
    if (event == u"unshelved")
        return tr("shelf lapsed");
    return event;
}

QString AlarmWording::noteText(const QString &note)
{
    const auto priority = domain::alarm::priorityFromString(note);
    return priority ? priorityText(*priority) : note;
}

} // namespace et::client
