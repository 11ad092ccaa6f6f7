// SPDX-License-Identifier: MIT
#pragma once

#include "domain/alarm/alarm.h"

#include <QCoreApplication>
#include <QTextStream>

namespace et::cli {

/// `alarms [--json]`: the cached alarms that are not normal, grouped by incident (its own alarm
/// first, then its children indented), the worst group first, shelved ones marked with their
/// shelf; a flood (more than 10 raised in 10 minutes) said in one line first. `--json`: every
/// alarm as the API sends it, normal ones too.
class AlarmReport
{
    Q_DECLARE_TR_FUNCTIONS(AlarmReport)
public:
    static int print(const QList<domain::alarm::Alarm> &alarms, const QDateTime &now, bool json, QTextStream &out);
};

} // namespace et::cli
