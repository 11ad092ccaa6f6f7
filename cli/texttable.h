// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace et::cli {

/// A plain-text table for terminals. Columns are padded by display width, not by character
/// count: Hangul and other East Asian wide characters take two terminal cells, so Korean names
/// line up with Latin ones.
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }
    /// Lines without trailing spaces, joined by '\n', ending with '\n'.
    QString render() const;

    /// Terminal cells `text` takes (wide characters count two).
    static int displayWidth(QStringView text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace et::cli
