// SPDX-License-Identifier: MIT
#include "centerimporttext.h"

#include "texttable.h"

#include <QJsonDocument>

namespace et::cli {

using domain::centers::CenterImportReport;

namespace {
QString outcomeText(const CenterImportReport::Row &r)
{
    switch (r.outcome) {
    case CenterImportReport::Outcome::Imported: return CenterImportText::tr("imported (new)");
    case CenterImportReport::Outcome::Merged: return CenterImportText::tr("merged (changed)");
    case CenterImportReport::Outcome::Unchanged: return CenterImportText::tr("merged (unchanged)");
    case CenterImportReport::Outcome::Skipped: break;
    }
    switch (r.skipReason) {
    case CenterImportReport::SkipReason::OutsideJeju: return CenterImportText::tr("skipped: outside Jeju");
    case CenterImportReport::SkipReason::Repeat: return CenterImportText::tr("skipped: repeats an earlier row");
    case CenterImportReport::SkipReason::Invalid: return CenterImportText::tr("skipped: %1").arg(r.detail);
    case CenterImportReport::SkipReason::NotSent: return CenterImportText::tr("skipped: not in the server's answer");
    case CenterImportReport::SkipReason::None: break;
    }
    return CenterImportText::tr("skipped");
}
} // namespace

void CenterImportText::print(const CenterImportReport &report, bool json, QTextStream &out)
{
    if (json) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return;
    }
    TextTable table({tr("ROW"), tr("CENTER"), tr("RESULT")});
    for (const CenterImportReport::Row &r : report.rows)
        table.addRow({QString::number(r.row), r.name, outcomeText(r)});
    out << table.render();
    out << (report.dryRun ? tr("dry run, nothing changed: ") : QString())
        << tr("%1 rows: %2 imported, %3 merged (changed), %4 unchanged, %5 skipped (%6 outside Jeju)")
               .arg(report.rowsRead)
               .arg(report.count(CenterImportReport::Outcome::Imported))
               .arg(report.count(CenterImportReport::Outcome::Merged))
               .arg(report.count(CenterImportReport::Outcome::Unchanged))
               .arg(report.count(CenterImportReport::Outcome::Skipped))
               .arg(report.count(CenterImportReport::SkipReason::OutsideJeju))
        << '\n';
}

} // namespace et::cli
