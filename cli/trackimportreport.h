// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTextStream>

namespace et::cli {

/// `energytruck-cli disaster import-track FILE`: reads a best-track file — JMA's `bst_all.txt`
/// or JTWC's CSV, told apart by their first line — here, with no server, and prints each storm:
/// its id, name, fixes and span, lowest pressure, strongest wind with its severity, and how close
/// it came to Jeju City. With --json, `{"tracks": [track…]}` in the form a typhoon incident
/// carries (TyphoonTrackJson), ready for `disaster create`'s body.
class TrackImportReport
{
public:
    /// 0 when printed; 1 (and a message on err) when the file cannot be read or is neither format.
    static int print(const QString &path, bool json, QTextStream &out, QTextStream &err);
};

} // namespace et::cli
