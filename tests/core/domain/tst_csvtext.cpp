// SPDX-License-Identifier: MIT
// CsvText: encoding detection and record splitting with the line each record starts on.
#include "domain/csvtext.h"

#include <QStringEncoder>
#include <QTest>

using et::domain::CsvRecord;
using et::domain::CsvText;

class TestCsvText : public QObject
{
    Q_OBJECT
private slots:
    void detectsTheEncoding()
    {
        const QString text = QStringLiteral("거래일,1시\r\n2025-01-01,똠\r\n"); // 똠: extended Hangul
        QStringEncoder cp949("windows-949");
        const auto fromCp949 = CsvText::decode(cp949.encode(text));
        QCOMPARE(fromCp949.encoding, CsvText::Encoding::Windows949);
        QCOMPARE(fromCp949.text, text);
        const auto fromBom = CsvText::decode("\xEF\xBB\xBF" + text.toUtf8());
        QCOMPARE(fromBom.encoding, CsvText::Encoding::Utf8WithBom);
        QCOMPARE(fromBom.text, text);
        QCOMPARE(CsvText::decode(text.toUtf8()).encoding, CsvText::Encoding::Utf8);
        QCOMPARE(CsvText::encodingName(CsvText::Encoding::Windows949), QStringLiteral("CP949"));
        // Bytes that are neither UTF-8 nor CP949 are flagged, not silently accepted.
        const auto broken = CsvText::decode("a,\xC8\x20\n");
        QVERIFY(CsvText::invalidCharacter(CsvText::records(broken.text).front().fields).has_value());
        QVERIFY(!CsvText::invalidCharacter({QStringLiteral("제주"), QStringLiteral("1.5")}).has_value());
    }

    void recordsKnowTheirLines()
    {
        const QString text = QStringLiteral("h1,h2\r\n"
                                            "a,\"quoted, with comma\"\r\n"
                                            "\r\n"
                                            "b,\"two\nlines\"\n"
                                            "c,\"say \"\"hi\"\"\"\n"
                                            "d,");
        const QList<CsvRecord> r = CsvText::records(text);
        QCOMPARE(r.size(), 5);
        QCOMPARE(r.at(0).line, 1);
        QCOMPARE(r.at(1).line, 2);
        QCOMPARE(r.at(1).fields, (QStringList{QStringLiteral("a"), QStringLiteral("quoted, with comma")}));
        QCOMPARE(r.at(2).line, 4); // the blank line 3 is not a record
        QCOMPARE(r.at(2).fields.at(1), QStringLiteral("two\nlines"));
        QCOMPARE(r.at(3).line, 6); // after a field that spans lines 4 and 5
        QCOMPARE(r.at(3).fields.at(1), QStringLiteral("say \"hi\""));
        QCOMPARE(r.at(4).line, 7);
        QCOMPARE(r.at(4).fields, (QStringList{QStringLiteral("d"), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestCsvText)
#include "tst_csvtext.moc"
