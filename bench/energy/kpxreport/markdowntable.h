// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace et::bench {

/// A Markdown table built row by row, and the number formats the report uses.
class MarkdownTable
{
public:
    explicit MarkdownTable(QStringList header) : m_header(std::move(header)) {}

    void add(QStringList row) { m_rows << row; }
    QString toString() const;

    static QString number(double value, int decimals = 1);
    static QString percent(double fraction, int decimals = 1);
    static QString signedPercent(double fraction, int decimals = 1);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace et::bench
