// SPDX-License-Identifier: MIT
#include "centerimportreport.h"

#include <QJsonArray>

namespace et::domain::centers {

namespace {
using Outcome = CenterImportReport::Outcome;
using SkipReason = CenterImportReport::SkipReason;
constexpr EnumName<Outcome> kOutcomes[] = {
    {Outcome::Imported, u"imported"}, {Outcome::Merged, u"merged"}, {Outcome::Unchanged, u"unchanged"}, {Outcome::Skipped, u"skipped"}};
constexpr EnumName<SkipReason> kReasons[] = {{SkipReason::None, u""},
                                             {SkipReason::OutsideJeju, u"outside_jeju"},
                                             {SkipReason::Invalid, u"invalid"},
                                             {SkipReason::Repeat, u"repeat"},
                                             {SkipReason::NotSent, u"not_in_result"}};
} // namespace

QString toString(Outcome o) { return enumToString<Outcome>(o, kOutcomes); }
QString toString(SkipReason r) { return enumToString<SkipReason>(r, kReasons); }

CenterImportReport CenterImportReport::build(const CenterImport &import, const CenterImportResult &merged)
{
    const auto outcomes = merged.byId();
    CenterImportReport report;
    report.dryRun = merged.dryRun;
    report.rowsRead = import.rowsRead;
    for (const CenterImportRow &r : import.rows) {
        Row row{r.row, r.name, r.centerId, Outcome::Skipped, SkipReason::None, r.reason};
        switch (r.status) {
        case CenterImportRow::Status::OutsideJeju: row.skipReason = SkipReason::OutsideJeju; break;
        case CenterImportRow::Status::Invalid: row.skipReason = SkipReason::Invalid; break;
        case CenterImportRow::Status::Repeat: row.skipReason = SkipReason::Repeat; break;
        case CenterImportRow::Status::Read: {
            const auto found = outcomes.constFind(r.centerId);
            if (found == outcomes.cend()) {
                row.skipReason = SkipReason::NotSent; // the merge never saw it: said, not hidden
                break;
            }
            row.outcome = *found == CenterImportResult::Outcome::New       ? Outcome::Imported
                          : *found == CenterImportResult::Outcome::Changed ? Outcome::Merged
                                                                           : Outcome::Unchanged;
            break;
        }
        }
        report.rows << row;
    }
    return report;
}

int CenterImportReport::count(Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [outcome](const Row &r) { return r.outcome == outcome; }));
}

int CenterImportReport::count(SkipReason reason) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [reason](const Row &r) { return r.skipReason == reason; }));
}

QJsonObject CenterImportReport::toJson() const
{
    QJsonArray list;
    for (const Row &r : rows) {
        list.append(QJsonObject{{QStringLiteral("row"), r.row},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("id"), r.centerId.isEmpty() ? QJsonValue() : QJsonValue(r.centerId)},
                                {QStringLiteral("outcome"), toString(r.outcome)},
                                {QStringLiteral("reason"), r.skipReason == SkipReason::None ? QJsonValue() : QJsonValue(toString(r.skipReason))},
                                {QStringLiteral("detail"), r.detail}});
    }
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("rows_read"), rowsRead},
            {QStringLiteral("imported"), count(Outcome::Imported)},
            {QStringLiteral("merged"), count(Outcome::Merged)},
            {QStringLiteral("unchanged"), count(Outcome::Unchanged)},
            {QStringLiteral("skipped"), count(Outcome::Skipped)},
            {QStringLiteral("outside_jeju"), count(SkipReason::OutsideJeju)},
            {QStringLiteral("rows"), list}};
}

} // namespace et::domain::centers
