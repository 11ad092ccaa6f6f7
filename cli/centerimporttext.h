// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerimportreport.h"

#include <QCoreApplication>
#include <QTextStream>

namespace et::cli {

/// `energytruck-cli centers import`'s report: one line per data row (its number, the center's
/// name, imported / merged / unchanged / skipped and why) and a summary line, or with --json the
/// report as CenterImportReport::toJson() gives it.
class CenterImportText
{
    Q_DECLARE_TR_FUNCTIONS(CenterImportText)
public:
    static void print(const domain::centers::CenterImportReport &report, bool json, QTextStream &out);
};

} // namespace et::cli
