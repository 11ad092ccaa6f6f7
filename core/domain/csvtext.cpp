// SPDX-License-Identifier: MIT
#include "csvtext.h"

#include <QStringDecoder>

namespace et::domain {

CsvText::Decoded CsvText::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {utf8.decode(bytes.mid(3)), Encoding::Utf8WithBom};
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, Encoding::Utf8};
    // "windows-949", not "CP949" (ICU: IBM-949) nor "EUC-KR" (mis-decodes extended Hangul).
    QStringDecoder cp949("windows-949");
    return {cp949.decode(bytes), Encoding::Windows949};
}

QString CsvText::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("UTF-8 with BOM");
    case Encoding::Windows949:
        return QStringLiteral("CP949");
    }
    return {};
}

QList<CsvRecord> CsvText::records(const QString &text)
{
    QList<CsvRecord> out;
    CsvRecord record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        // A blank line is not a record.
        if (!(record.fields.size() == 1 && record.fields.front().isEmpty()))
            out << record;
        record = CsvRecord{nextLine, {}};
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == u'\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (ch == u',') {
            endField();
        } else if (ch == u'\n' || ch == u'\r') {
            if (ch == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.fields.isEmpty() || !field.isEmpty())
        endRecord(line);
    return out;
}

std::optional<QChar> CsvText::invalidCharacter(const QStringList &fields)
{
    // ICU gives U+001A (SUBSTITUTE) or U+FFFD for a broken pair, and maps the unused single bytes
    // 0x80 and 0xFF to a C1 control or a private-use character. None belongs in published text.
    for (const QString &f : fields) {
        for (const QChar ch : f) {
            const char16_t u = ch.unicode();
            if (u == 0x001A || u == 0xFFFD || (u >= 0x0080 && u <= 0x009F) || (u >= 0xE000 && u <= 0xF8FF))
                return ch;
        }
    }
    return std::nullopt;
}

} // namespace et::domain
