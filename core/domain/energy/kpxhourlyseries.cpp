// SPDX-License-Identifier: MIT
#include "kpxhourlyseries.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace et::domain::energy {

namespace {
const QString kCurtailedFlag = QStringLiteral("출력제어");

bool isDateColumn(const QString &name)
{
    return name == QStringLiteral("거래일") || name == QStringLiteral("날짜") || name == QStringLiteral("일자");
}

// "2025-01-01", "2025/01/01", "2025.01.01" or "20250101".
QDate parseDate(const QString &text)
{
    QString t = text.trimmed();
    t.replace(u'/', u'-').replace(u'.', u'-');
    if (t.size() == 8 && !t.contains(u'-'))
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    return QDate::fromString(t, Qt::ISODate);
}

struct Layout
{
    qsizetype dateColumn = -1;
    qsizetype hourColumn[24];
};

Result<Layout> readHeader(const QStringList &header)
{
    Layout layout;
    std::fill(std::begin(layout.hourColumn), std::end(layout.hourColumn), -1);
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = QString(header.at(c)).remove(QChar(0xFEFF)).trimmed();
        if (isDateColumn(name) && layout.dateColumn < 0) {
            layout.dateColumn = c;
        } else if (name.endsWith(u'시')) {
            bool ok = false;
            const int h = name.chopped(1).toInt(&ok);
            if (ok && h >= 1 && h <= 24)
                layout.hourColumn[h - 1] = c;
        }
    }
    if (layout.dateColumn < 0)
        return Error{QStringLiteral("line 1"), QStringLiteral("no date column (거래일, 날짜 or 일자)")};
    for (int h = 0; h < 24; ++h) {
        if (layout.hourColumn[h] < 0)
            return Error{QStringLiteral("line 1"), QStringLiteral("no column \"%1시\"").arg(h + 1)};
    }
    return layout;
}
} // namespace

QDateTime KpxHourlyPoint::start() const
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(9 * 3600));
}

Result<KpxHourlySeries> KpxHourlySeries::parse(const QByteArray &bytes)
{
    const CsvText::Decoded decoded = CsvText::decode(bytes);
    const QList<CsvRecord> records = CsvText::records(decoded.text);
    if (records.isEmpty())
        return Error{{}, QStringLiteral("the file is empty")};
    auto layout = readHeader(records.front().fields);
    if (!layout)
        return layout.error();
    const Layout &l = layout.value();
    qsizetype lastColumn = l.dateColumn;
    for (const qsizetype c : l.hourColumn)
        lastColumn = std::max(lastColumn, c);

    KpxHourlySeries s;
    s.m_encoding = decoded.encoding;
    QSet<QDate> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &r = records.at(i);
        auto reject = [&](const QString &why) { s.m_issues << RowIssue{r.line, why + QStringLiteral(", row skipped"), why}; };
        if (const auto bad = CsvText::invalidCharacter(r.fields)) {
            reject(QStringLiteral("U+%1 is not %2 text").arg(bad->unicode(), 4, 16, QChar(u'0')).arg(CsvText::encodingName(decoded.encoding)));
            continue;
        }
        if (r.fields.size() <= lastColumn) {
            reject(QStringLiteral("%1 fields, the header needs %2").arg(r.fields.size()).arg(lastColumn + 1));
            continue;
        }
        const QDate date = parseDate(r.fields.at(l.dateColumn));
        if (!date.isValid()) {
            reject(QStringLiteral("\"%1\" is not a date").arg(r.fields.at(l.dateColumn)));
            continue;
        }
        if (seen.contains(date)) {
            reject(QStringLiteral("%1 appears a second time").arg(date.toString(Qt::ISODate)));
            continue;
        }
        QList<KpxHourlyPoint> row;
        int missing = 0;
        QString bad;
        for (int h = 0; h < 24 && bad.isEmpty(); ++h) {
            const QString cell = r.fields.at(l.hourColumn[h]).trimmed();
            if (cell.isEmpty()) {
                ++missing;
            } else if (cell == kCurtailedFlag) {
                row << KpxHourlyPoint{date, h, std::numeric_limits<double>::quiet_NaN(), true};
            } else {
                bool ok = false;
                const double v = cell.toDouble(&ok);
                // toDouble() accepts "nan" and "inf": no published hour holds them.
                if (!ok || !std::isfinite(v))
                    bad = QStringLiteral("%1시: \"%2\" is not a number").arg(h + 1).arg(cell);
                else
                    row << KpxHourlyPoint{date, h, v, false};
            }
        }
        if (!bad.isEmpty()) {
            reject(bad);
            continue;
        }
        seen.insert(date);
        s.m_lineOfDate.insert(date, r.line);
        s.m_points += row;
        s.m_missingCells += missing;
        ++s.m_rowsRead;
    }
    return s;
}

QDate KpxHourlySeries::firstDate() const
{
    QDate first;
    for (const auto &p : m_points)
        first = first.isValid() ? std::min(first, p.date) : p.date;
    return first;
}

QDate KpxHourlySeries::lastDate() const
{
    QDate last;
    for (const auto &p : m_points)
        last = last.isValid() ? std::max(last, p.date) : p.date;
    return last;
}

QList<KpxHourlyPoint> KpxHourlySeries::between(QDate from, QDate to) const
{
    QList<KpxHourlyPoint> out;
    for (const auto &p : m_points) {
        if (p.date >= from && p.date <= to)
            out << p;
    }
    return out;
}

} // namespace et::domain::energy
