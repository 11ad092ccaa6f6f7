// SPDX-License-Identifier: MIT
#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QString>

namespace et::report {

/// A situation report on one incident (issue 18), the same from the console's action and from
/// `energytruck-cli report`: the incident and how bad (severity, the hazard's own rating, the
/// GDACS-like alert), the map (ReportMap), the key figures, the unserved demand by eup/myeon/dong,
/// the sites at risk by inspection colour, the critical facilities that may lose power, the
/// priority supply with the rule that placed each share, the trucks the plan sends, and the alarm
/// journal of the incident — in the language of the installed translator (Korean or English),
/// times in KST. Written as an A4 PDF by QPdfWriter through a QTextDocument (its text stays text:
/// `pdftotext` reads it back), to a QSaveFile so a failed write leaves no half a file.
class SituationReport
{
    Q_DECLARE_TR_FUNCTIONS(et::report::SituationReport)
public:
    /// The report's text and tables as rich text; the map is the image resource "map".
    static QString html(const ReportContent &content);
    static domain::Status writePdf(const ReportContent &content, const QString &path,
                                   const QString &fontFamily = QStringLiteral("Noto Sans CJK KR"));
    /// "situation-report-<id>-<yyyyMMdd-HHmm>.pdf", for a file the operator did not name.
    static QString defaultFileName(const ReportContent &content);

    static QString statusText(domain::DisasterStatus status);
    /// An asset's or facility's kind as on the wire ("substation", "health_center") in words.
    static QString kindText(const QString &kind);
    /// An inspection or GDACS colour ("red", "orange", "yellow", "green") in words.
    static QString colourText(const QString &colour);
};

} // namespace et::report
