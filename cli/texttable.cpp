// SPDX-License-Identifier: MIT
#include "texttable.h"

#include <algorithm>

namespace et::cli {

namespace {
/// East Asian Wide / Fullwidth ranges (Unicode UAX #11) that occur in Korean data.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    // Line breaks inside a cell would break the grid; a published address may contain one.
    for (QString &cell : cells)
        cell.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(QStringView text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : (c < 0x20 ? 0 : 1);
    return width;
}

QString TextTable::render() const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths << displayWidth(h);
    for (const auto &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString &cell = cells.at(i);
            out += cell;
            if (i + 1 < cells.size())
                out += QString(widths[i] - displayWidth(cell) + 2, u' ');
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, u'-');
    out += line(rule);
    for (const auto &row : m_rows)
        out += line(row);
    return out;
}

} // namespace et::cli
