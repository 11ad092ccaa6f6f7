// SPDX-License-Identifier: MIT
#include "markdowntable.h"

#include <cmath>

namespace et::bench {

QString MarkdownTable::toString() const
{
    QString out = QStringLiteral("| ") + m_header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < m_header.size(); ++i)
        out += QStringLiteral("---|");
    out += u'\n';
    for (const QStringList &row : m_rows)
        out += QStringLiteral("| ") + row.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return out;
}

QString MarkdownTable::number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    QString s = QString::number(value, 'f', decimals);
    // Thousands with a comma, as the rest of the documentation writes them.
    const qsizetype dot = s.indexOf(u'.');
    for (qsizetype i = (dot < 0 ? s.size() : dot) - 3; i > (s.startsWith(u'-') ? 1 : 0); i -= 3)
        s.insert(i, u',');
    return s;
}

QString MarkdownTable::percent(double fraction, int decimals)
{
    return number(100.0 * fraction, decimals) + QStringLiteral(" %");
}

QString MarkdownTable::signedPercent(double fraction, int decimals)
{
    return (fraction >= 0.0 ? QStringLiteral("+") : QStringLiteral("−")) + percent(std::abs(fraction), decimals);
}

} // namespace et::bench
