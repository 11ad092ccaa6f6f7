// SPDX-License-Identifier: MIT
#pragma once

#include "domain/csvtext.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace et::domain::energy {

/// One hour of a KPX series: the hour starting at `hour`:00 KST on `date` (KPX's column "1시" is
/// 00:00–01:00, so hour = column − 1). `value` is MWh in that hour (= mean MW) for generation and
/// curtailment, MW for demand; NaN for an hour flagged "출력제어" with no amount published.
struct KpxHourlyPoint
{
    QDate date;
    int hour = 0;
    double value = 0.0;
    bool flagged = false; ///< the cell said "출력제어" (curtailment ordered in this hour)

    /// The start of the hour as a KST (UTC+9) QDateTime.
    QDateTime start() const;
};

/// A KPX (한국전력거래소) hourly table in its published wide layout: one row per day, a date
/// column first ("거래일", "날짜" or "일자"), other columns (e.g. "제어지역", "누적 시행회차") ignored,
/// and 24 hour columns "1시".."24시". Reads CP949, UTF-8 and UTF-8 with BOM (detected), CRLF or
/// LF. A cell may hold a number, nothing (missing: no point, counted in missingCells) or the flag
/// "출력제어". A row that cannot be read whole (a bad date, a repeated date, a cell that is not a
/// number, bytes that are not text in the detected encoding, too few fields) is left out and
/// reported with its line number; the other rows are kept. Pure: the caller passes the bytes.
class KpxHourlySeries
{
public:
    struct RowIssue
    {
        int line = 0; ///< 1-based line of the file (the header is line 1)
        QString message;
        QString reason; ///< the message without "row skipped": what is wrong with the row
        QString toString() const { return QStringLiteral("line %1: %2").arg(line).arg(message); }
    };

    /// Fails only when the input is unusable as a whole: empty, or a header without a date column
    /// or without the 24 hour columns.
    static Result<KpxHourlySeries> parse(const QByteArray &bytes);

    const QList<KpxHourlyPoint> &points() const { return m_points; } ///< in file order
    const QList<RowIssue> &issues() const { return m_issues; }
    CsvText::Encoding encoding() const { return m_encoding; }
    int rowsRead() const { return m_rowsRead; }       ///< data rows kept
    int missingCells() const { return m_missingCells; }
    QDate firstDate() const;
    QDate lastDate() const;
    /// The line of the row that gave `date` (0 when no row kept gives it), to name where a
    /// value the caller needs is missing.
    int lineOf(QDate date) const { return m_lineOfDate.value(date, 0); }
    /// The points whose date lies in [from, to] (inclusive).
    QList<KpxHourlyPoint> between(QDate from, QDate to) const;
    QList<KpxHourlyPoint> inYear(int year) const { return between(QDate(year, 1, 1), QDate(year, 12, 31)); }

private:
    QList<KpxHourlyPoint> m_points;
    QList<RowIssue> m_issues;
    QHash<QDate, int> m_lineOfDate;
    CsvText::Encoding m_encoding = CsvText::Encoding::Utf8;
    int m_rowsRead = 0;
    int m_missingCells = 0;
};

} // namespace et::domain::energy
