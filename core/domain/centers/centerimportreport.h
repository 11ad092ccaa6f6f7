// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centercsvimporter.h"
#include "domain/centers/centerimportresult.h"

#include <QJsonObject>
#include <QList>

namespace et::domain::centers {

/// The per-row report of an import by an operator: each data row of the file was imported (a
/// new center), merged into the center with its stable key (changed, or unchanged), or skipped
/// and why — a row outside Jeju is skipped as such, not as an error. Built from what the file
/// held (CenterImport's rows) and what the merge did with its centers (CenterImportResult: the
/// server's answer, or the console's own against its cache). Pure; the CLI prints it and the
/// console's CenterImport shows it.
struct CenterImportReport
{
    enum class Outcome { Imported, Merged, Unchanged, Skipped };
    enum class SkipReason { None, OutsideJeju, Invalid, Repeat, NotSent };
    struct Row
    {
        int row = 0;
        QString name;
        QString centerId;
        Outcome outcome = Outcome::Skipped;
        SkipReason skipReason = SkipReason::None;
        QString detail; ///< the importer's reason (Invalid, Repeat) or notes (others), as it wrote them
    };

    bool dryRun = false;
    int rowsRead = 0;
    QList<Row> rows;

    static CenterImportReport build(const CenterImport &import, const CenterImportResult &merged);
    int count(Outcome outcome) const;
    int count(SkipReason reason) const;

    /// {"dry_run", "rows_read", "imported", "merged", "unchanged", "skipped", "outside_jeju",
    ///  "rows": [{"row", "name", "id", "outcome", "reason", "detail"}]}
    QJsonObject toJson() const;
};

QString toString(CenterImportReport::Outcome outcome);
QString toString(CenterImportReport::SkipReason reason);

} // namespace et::domain::centers
