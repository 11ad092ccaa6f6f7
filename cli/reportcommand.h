// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextStream>

namespace et::client {
class Store;
}

namespace et::cli {

/// `energytruck-cli report DISASTER_ID --out FILE.pdf`: the console's situation report
/// (report/SituationReport), made headless from the cache in the language of the installed
/// translator. A build without Qt Gui (ET_BUILD_GUI=OFF) has no PDF writer and says so.
class ReportCommand
{
public:
    /// Writes the report; prints where it went and returns 0, or the reason and 1.
    static int write(const client::Store &store, const QString &disasterId, const QString &path, QTextStream &out, QTextStream &err);
    /// Whether this build can write the report.
    static bool available();
};

} // namespace et::cli
