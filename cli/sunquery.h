// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace et::cli {

/// `energytruck-cli sun`: where and when to place the sun, checked. Times keep their own UTC
/// offset, so the answer is printed on the clock it was asked in (+09:00 for KST).
struct SunQuery
{
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
    double elevationM = 0.0;
    std::optional<double> pressureMbar;  ///< default: the standard atmosphere at the elevation
    double temperatureC = 15.0;
    std::optional<double> deltaTSeconds; ///< default: Espenak & Meeus's estimate for the date
    QDateTime time;                      ///< with an offset from UTC; default: now on this machine's clock

    /// The options sun takes (--lat --lon --time --elevation --pressure --temperature --delta-t).
    static QList<QCommandLineOption> options();
    /// True when any of them was given (they are refused on other commands).
    static bool anyGiven(const QCommandLineParser &parser);
    /// Reads and checks them; an error names the option and says what it must be.
    static domain::Result<SunQuery> parse(const QCommandLineParser &parser);
};

} // namespace et::cli
