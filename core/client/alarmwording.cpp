// SPDX-License-Identifier: MIT
#include "client/alarmwording.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

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

QString AlarmWording::disasterTypeText(const QString &type)
{
    static const QHash<QString, const char *> types{{QStringLiteral("typhoon"), QT_TR_NOOP("typhoon")},
                                                    {QStringLiteral("earthquake"), QT_TR_NOOP("earthquake")},
                                                    {QStringLiteral("flood"), QT_TR_NOOP("flood")},
                                                    {QStringLiteral("outage"), QT_TR_NOOP("power outage")},
                                                    {QStringLiteral("wildfire"), QT_TR_NOOP("wildfire")},
                                                    {QStringLiteral("heavy_snow"), QT_TR_NOOP("heavy snow")}};
    const auto it = types.constFind(type);
    return it == types.cend() ? type : tr(it.value());
}

QString AlarmWording::detailText(const domain::alarm::Alarm &a)
{
    const QJsonObject &f = a.facts;
    const auto number = [&f](const char *key, int decimals) { return QLocale().toString(f.value(QLatin1String(key)).toDouble(), 'f', decimals); };
    const auto percent = [&f](const char *key) { return QLocale().toString(qRound(f.value(QLatin1String(key)).toDouble() * 100.0)); };
    const auto has = [&f](std::initializer_list<const char *> keys) {
        return std::all_of(keys.begin(), keys.end(), [&f](const char *k) { return f.value(QLatin1String(k)).isDouble() || f.value(QLatin1String(k)).isString(); });
    };
    switch (a.source) {
    case Source::Disaster:
        if (has({"type", "severity"}))
            return tr("%1, severity %2 of 5").arg(disasterTypeText(f.value(QStringLiteral("type")).toString())).arg(f.value(QStringLiteral("severity")).toInt());
        break;
    case Source::AssetDamage:
        if (has({"probability"}))
            return tr("likely damaged (%1 %)").arg(percent("probability"));
        break;
    case Source::FacilityBackup:
        if (has({"backup_h", "need_mwh"}))
            return (f.value(QStringLiteral("backup_h")).toDouble() > 0.0 ? tr("past its %1 h of backup power").arg(number("backup_h", 1))
                                                                         : tr("no backup power"))
                   + tr("; needs %1 MWh").arg(number("need_mwh", 2));
        break;
    case Source::EnergyDeficit:
        if (has({"deficit_mwh", "carried_mwh"}))
            return tr("deficit %1 MWh, trucks carry %2 MWh").arg(number("deficit_mwh", 0), number("carried_mwh", 1));
        break;
    case Source::TruckReserve:
        if (has({"soc"}))
            return tr("state of charge %1 %, below its reserve").arg(percent("soc"));
        break;
    case Source::Connection:
        return tr("lost the connection to the server");
    }
    return a.message;
}

} // namespace et::client
