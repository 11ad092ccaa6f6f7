// SPDX-License-Identifier: MIT
#pragma once

// The published solar reference values (ET_SHARED_DATA_DIR/reference/solar-position-and-clearsky.txt:
// the NREL SPA example of Reda & Andreas and pvlib's test values), read by the tests so that the
// expected numbers come from the file, not from the code under test.

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cmath>

namespace et::test {

/// One number as printed in the reference file, with the tolerance its printing implies (one
/// unit of its last digit; relative for the 1.234567e+01 form).
struct PrintedNumber
{
    double value = std::nan("");
    double unit = 0.0;
};

inline PrintedNumber printedNumber(const QString &text)
{
    PrintedNumber n;
    bool ok = false;
    n.value = text.toDouble(&ok);
    if (!ok)
        return {};
    const QString mantissa = text.section(QRegularExpression(QStringLiteral("[eE]")), 0, 0);
    const qsizetype dot = mantissa.indexOf(u'.');
    const int decimals = dot < 0 ? 0 : int(mantissa.size() - dot - 1);
    const int exponent = text.contains(QRegularExpression(QStringLiteral("[eE]")))
                             ? text.section(QRegularExpression(QStringLiteral("[eE]")), 1, 1).toInt()
                             : 0;
    n.unit = std::pow(10.0, exponent - decimals);
    return n;
}

class SolarReference
{
public:
    static QString path() { return QStringLiteral(ET_SHARED_DATA_DIR "/reference/solar-position-and-clearsky.txt"); }

    bool load()
    {
        QFile file(path());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        m_lines = QString::fromUtf8(file.readAll()).split(u'\n');
        return !m_lines.isEmpty();
    }

    /// " Zenith:        50.111622 degrees" in the EXPECTED OUTPUT block → "Zenith".
    PrintedNumber expected(const QString &label) const
    {
        const QRegularExpression re(QStringLiteral("^\\s*%1:\\s+(\\S+)").arg(QRegularExpression::escape(label)));
        for (const QString &line : m_lines) {
            if (const auto m = re.match(line); m.hasMatch())
                return printedNumber(m.captured(1));
        }
        return {};
    }

    /// The text after " Sunrise:" etc. (e.g. "06:12:43 Local Time").
    QString expectedText(const QString &label) const
    {
        const QRegularExpression re(QStringLiteral("^\\s*%1:\\s+(.+)$").arg(QRegularExpression::escape(label)));
        for (const QString &line : m_lines) {
            if (const auto m = re.match(line); m.hasMatch())
                return m.captured(1).trimmed();
        }
        return {};
    }

    /// NAME=VALUE pairs of the EXTRA INTERMEDIATES block (first occurrence).
    QHash<QString, PrintedNumber> intermediates() const
    {
        QHash<QString, PrintedNumber> out;
        const QRegularExpression re(QStringLiteral("([A-Za-z0-9_'()]+)=(-?[0-9.]+(?:[eE][-+]?[0-9]+)?)"));
        bool inBlock = false;
        for (const QString &line : m_lines) {
            if (line.startsWith(QLatin1String("EXTRA INTERMEDIATES")))
                inBlock = true;
            else if (inBlock && line.trimmed().isEmpty())
                break;
            if (!inBlock)
                continue;
            for (auto it = re.globalMatch(line); it.hasNext();) {
                const auto m = it.next();
                if (!out.contains(m.captured(1)))
                    out.insert(m.captured(1), printedNumber(m.captured(2)));
            }
        }
        return out;
    }

    /// The first line that contains `text`.
    QString lineWith(const QString &text) const
    {
        for (const QString &line : m_lines) {
            if (line.contains(text))
                return line;
        }
        return {};
    }

    const QStringList &lines() const { return m_lines; }

private:
    QStringList m_lines;
};

} // namespace et::test
