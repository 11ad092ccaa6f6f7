// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace et::domain {

/// One CSV record and the 1-based line of the text it starts on, so that a reader can name the
/// line of a bad row the way an editor shows it (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// The CSV files Korean public data comes in: decoding (UTF-8 with or without a BOM, or CP949 as
/// most Korean agencies publish) and RFC 4180 splitting (quoted fields with commas, doubled quotes
/// and line breaks; CRLF or LF). Pure: bytes in, text and records out.
class CsvText
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Windows949 };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    /// UTF-8 when there is a BOM (dropped) or the bytes are valid UTF-8, else windows-949.
    /// Bytes that are not CP949 either come back as U+001A; see invalidCharacter().
    static Decoded decode(const QByteArray &bytes);
    /// "UTF-8", "UTF-8 with BOM" or "CP949": for messages and reports.
    static QString encodingName(Encoding encoding);
    /// Splits the text into records; blank lines are not records.
    static QList<CsvRecord> records(const QString &text);
    /// The first character in the fields that cannot be published Korean text: what a decoder
    /// makes of bytes that were not valid in the encoding it assumed.
    static std::optional<QChar> invalidCharacter(const QStringList &fields);
};

} // namespace et::domain
