// SPDX-License-Identifier: MIT
// CenterCsvImporter on the real published file (CP949), on a UTF-8+BOM variant made here, and on
// broken input. Expected counts come from decoding the file independently (ICU, line regex).
#include "domain/centercsvimporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using et::domain::Center;
using et::domain::CenterCsvImporter;

namespace {
QByteArray publishedBytes()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString independentlyDecoded()
{
    QStringDecoder cp949("windows-949");
    return cp949.decode(publishedBytes());
}

const QByteArray kHeader = QByteArrayLiteral(
    "건강증진센터명,건강증진센터구분,소재지도로명주소,소재지지번주소,위도,경도,건강증진업무내용,운영시작시각,운영종료시각,휴무일정보,"
    "건물면적,의사수,간호사수,사회복지사수,영양사수,기타인력현황,기타이용안내,운영기관전화번호,운영기관명,관리기관전화번호,관리기관명,"
    "데이터기준일자,제공기관코드,제공기관명\n");

// One 24-field row in UTF-8 with the given name, coordinates and times.
QByteArray row(const QByteArray &name, const QByteArray &lat, const QByteArray &lon, const QByteArray &opens = "9:00",
               const QByteArray &closes = "18:00", const QByteArray &services = "상담")
{
    return name + ",정신보건,제주특별자치도 제주시 연삼로 1,," + lat + ',' + lon + ',' + services + ',' + opens + ',' + closes
           + ",토+일,,0,1,1,0,0,,064-000-0000,운영기관,064-000-0001,관리기관,2022-12-15,6510000,제주특별자치도 제주시\n";
}
} // namespace

class TestCenterCsvImporter : public QObject
{
    Q_OBJECT
private slots:
    void readsThePublishedFile()
    {
        const QString text = independentlyDecoded();
        const int dataLines = int(text.split(u'\n', Qt::SkipEmptyParts).size()) - 1;
        QCOMPARE(dataLines, 291); // shared/data/README.md: 291 rows

        auto r = CenterCsvImporter::import(publishedBytes());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r.value().rowsRead, dataLines);
        int skipped = 0;
        for (const QString &w : r.value().warnings) {
            QVERIFY2(w.startsWith(QStringLiteral("row ")), qPrintable(w));
            skipped += w.endsWith(QStringLiteral("skipped"));
        }
        // Every row is either imported or named in a warning.
        QCOMPARE(int(r.value().centers.size()) + skipped, dataLines);
        QVERIFY2(r.value().centers.size() >= 280, qPrintable(r.value().warnings.join(u'\n')));

        // The first data row has quoted fields with commas inside.
        const Center &first = r.value().centers.first();
        QCOMPARE(first.name, QStringLiteral("맞춤형건강클리닉"));
        QCOMPARE(first.services, QStringLiteral("치매검진, 당뇨.고혈압 상담 및 검사, 뇌경색.심뇌혈관질환, 정신건강 상담"));
        QCOMPARE(first.closedDays, QStringLiteral("일요일, 공휴일"));
        QCOMPARE(first.lat, 37.41913159);
        QCOMPARE(first.lon, 126.6711606);
        QCOMPARE(first.opensAt, QTime(9, 0));
    }

    void jejuRowsAsPublished()
    {
        static const QRegularExpression jejuLine(QStringLiteral("^[^,]*,[^,]*,제주특별자치도"));
        const int expected = int(independentlyDecoded().split(u'\n').filter(jejuLine).size());
        QCOMPARE(expected, 10);
        auto r = CenterCsvImporter::import(publishedBytes(), CenterCsvImporter::Region::JejuOnly);
        QVERIFY(r.ok());
        QCOMPARE(int(r.value().centers.size()), expected);
        const auto it = std::find_if(r.value().centers.cbegin(), r.value().centers.cend(),
                                     [](const Center &c) { return c.name == QStringLiteral("제주시정신건강복지센터"); });
        QVERIFY(it != r.value().centers.cend());
        QCOMPARE(it->category, QStringLiteral("정신보건"));
        QCOMPARE(it->roadAddress, QStringLiteral("제주특별자치도 제주시 연삼로 264"));
        QCOMPARE(it->lotAddress, QString());
        QCOMPARE(it->lat, 33.49159994);
        QCOMPARE(it->lon, 126.520276);
        QCOMPARE(it->opensAt, QTime(9, 0));
        QCOMPARE(it->closesAt, QTime(18, 0));
        QCOMPARE(it->closedDays, QStringLiteral("매주 토요일. 일요일. 공휴일. 근로자의 날(매년 5월 1일)"));
        QCOMPARE(it->phone, QStringLiteral("064-728-4074"));
        QCOMPARE(it->operatorName, QStringLiteral("의료법인 연강재단"));
        QCOMPARE(it->dataDate, QStringLiteral("2021-08-11"));
        for (const Center &c : r.value().centers)
            QVERIFY(CenterCsvImporter::isInJeju(c));
    }

    void idsAreStableAndUnique()
    {
        const auto a = CenterCsvImporter::import(publishedBytes());
        const auto b = CenterCsvImporter::import(publishedBytes());
        QVERIFY(a.ok() && b.ok());
        QSet<QString> ids;
        for (qsizetype i = 0; i < a.value().centers.size(); ++i) {
            const Center &c = a.value().centers[i];
            QCOMPARE(c.id, b.value().centers[i].id);
            QVERIFY(c.id.startsWith(QStringLiteral("ctr-")) && c.id.size() == 20);
            ids.insert(c.id);
        }
        QCOMPARE(ids.size(), a.value().centers.size());
        // Same name, different address: different ids (two Seogwipo centers share one building).
        QVERIFY(CenterCsvImporter::stableId(QStringLiteral("a"), QStringLiteral("x")) != CenterCsvImporter::stableId(QStringLiteral("a"), QStringLiteral("y")));
    }

    void utf8WithBomAndZeroPaddedTimesGiveTheSameCenters()
    {
        // The same dataset as published in UTF-8 with a BOM and "09:00" times.
        QString text = independentlyDecoded();
        static const QRegularExpression shortTime(QStringLiteral(",(\\d):(\\d\\d),"));
        // Two passes: adjacent times share the comma between them.
        text.replace(shortTime, QStringLiteral(",0\\1:\\2,"));
        text.replace(shortTime, QStringLiteral(",0\\1:\\2,"));
        QVERIFY(text.contains(QStringLiteral(",09:00,18:00,")));
        const QByteArray utf8 = QByteArray("\xEF\xBB\xBF") + text.toUtf8();

        const auto fromCp949 = CenterCsvImporter::import(publishedBytes());
        const auto fromUtf8 = CenterCsvImporter::import(utf8);
        QVERIFY(fromCp949.ok() && fromUtf8.ok());
        QCOMPARE(fromUtf8.value().centers.size(), fromCp949.value().centers.size());
        for (qsizetype i = 0; i < fromCp949.value().centers.size(); ++i)
            QVERIFY2(fromUtf8.value().centers[i] == fromCp949.value().centers[i], qPrintable(fromCp949.value().centers[i].name));
    }

    void quotingLineBreaksAndCrlf()
    {
        const QByteArray csv = kHeader + row("\"센터, \"\"본점\"\"\"", "33.5", "126.5", "9:00", "18:00", "\"상담\r\n교육\"")
                               + row("둘째", "33.4", "126.6");
        QByteArray crlf = csv;
        crlf.replace("\n", "\r\n");
        for (const QByteArray &input : {csv, crlf}) {
            const auto r = CenterCsvImporter::import(QByteArray("\xEF\xBB\xBF") + input);
            QVERIFY(r.ok());
            QCOMPARE(r.value().centers.size(), 2);
            QCOMPARE(r.value().centers[0].name, QStringLiteral("센터, \"본점\""));
            QVERIFY(r.value().centers[0].services.startsWith(QStringLiteral("상담")));
            QVERIFY(r.value().centers[0].services.endsWith(QStringLiteral("교육")));
            QCOMPARE(r.value().centers[1].name, QStringLiteral("둘째"));
        }
    }

    void badBytesAreReportedWithTheRow()
    {
        QStringEncoder toCp949("windows-949");
        QByteArray csv = toCp949.encode(QString::fromUtf8(kHeader + row("첫째", "33.5", "126.5")));
        QByteArray lone = toCp949.encode(QString::fromUtf8(row("둘째", "33.4", "126.6")));
        lone.insert(2, "\xFF"); // 0xFF is never a CP949 byte
        QByteArray pair = toCp949.encode(QString::fromUtf8(row("셋째", "33.3", "126.7")));
        pair.insert(0, "\xC8 "); // a lead byte followed by a space is no character
        csv += lone + pair;
        const auto r = CenterCsvImporter::import(csv);
        QVERIFY(r.ok());
        QCOMPARE(r.value().centers.size(), 3);
        QCOMPARE(r.value().centers[0].name, QStringLiteral("첫째"));
        QVERIFY(r.value().warnings.filter(QStringLiteral("row 2:")).isEmpty());
        for (int rowNo : {3, 4}) {
            const QStringList w = r.value().warnings.filter(QStringLiteral("row %1:").arg(rowNo));
            QCOMPARE(w.size(), 1);
            QVERIFY2(w.first().contains(QStringLiteral("not valid in the file's encoding")), qPrintable(w.first()));
        }
    }

    void badRowsBecomeWarnings()
    {
        const QByteArray csv = kHeader + row("좋음", "33.5", "126.5")            // row 2
                               + row("위도없음", "", "126.5")                     // row 3
                               + row("위도NaN", "nan", "126.5")                   // row 4
                               + row("범위밖", "95", "126.5")                     // row 5
                               + "짧은행,정신보건,주소\n"                          // row 6
                               + row("시간이상", "33.4", "126.4", "9시", "24:00") // row 7
                               + row("좋음", "33.5", "126.5");                    // row 8: repeats row 2
        const auto r = CenterCsvImporter::import(QByteArray("\xEF\xBB\xBF") + csv);
        QVERIFY(r.ok());
        QCOMPARE(r.value().rowsRead, 7);
        QStringList names;
        for (const Center &c : r.value().centers)
            names << c.name;
        QCOMPARE(names, (QStringList{QStringLiteral("좋음"), QStringLiteral("시간이상")}));
        const Center &odd = r.value().centers[1];
        QVERIFY(!odd.opensAt.isValid());      // "9시" is not a time: left unknown, with a warning
        QCOMPARE(odd.closesAt, QTime(23, 59)); // 24:00 is the end of the day
        const QStringList w = r.value().warnings;
        for (int rowNo : {3, 4, 5, 6, 8})
            QVERIFY2(!w.filter(QStringLiteral("row %1:").arg(rowNo)).filter(QStringLiteral("skipped")).isEmpty(), qPrintable(w.join(u'\n')));
        QVERIFY(!w.filter(QStringLiteral("row 7:")).filter(QStringLiteral("9시")).isEmpty());
        QVERIFY(!w.filter(QStringLiteral("row 3:")).filter(QStringLiteral("위도")).isEmpty());
    }

    void jejuOnlyIsTheJejuPartOfTheFullImport()
    {
        // Found by fuzz_centercsv: two rows with one name and no address share an id. The first
        // lies off the island, the second on it; the full import kept the first and dropped the
        // second as a repeat, while the Jeju-only import kept the second.
        QByteArray csv = kHeader;
        for (const char *lon : {"127.7034172", "126.7034172"})
            csv += QByteArray("무주소센터,정신보건,,,33.2756,") + lon + ",상담,9:00,18:00,,,,,,,,,,,,,,,\n";
        const auto all = CenterCsvImporter::import(csv, CenterCsvImporter::Region::All);
        const auto jeju = CenterCsvImporter::import(csv, CenterCsvImporter::Region::JejuOnly);
        QVERIFY(all.ok() && jeju.ok());
        QCOMPARE(all.value().centers.size(), 1);
        QVERIFY(!CenterCsvImporter::isInJeju(all.value().centers.first()));
        QVERIFY(jeju.value().centers.isEmpty());
        QVERIFY2(!jeju.value().warnings.filter(QStringLiteral("row 3:")).filter(QStringLiteral("repeats")).isEmpty(),
                 qPrintable(jeju.value().warnings.join(u'\n')));
    }

    void byteOrderMarksInsideFieldsAreDropped()
    {
        // Found by fuzz_centercsv: a field starting with U+FEFF was kept, but the JSON the
        // backend serves centers from loses a leading U+FEFF, so the center read back differently.
        const QByteArray bom = "\xEF\xBB\xBF";
        const auto r = CenterCsvImporter::import(kHeader + row(bom + "센터", "33.5", "126.5", "9:00", "18:00", bom + " 상담" + bom));
        QVERIFY(r.ok());
        QCOMPARE(r.value().centers.size(), 1);
        const Center &c = r.value().centers.first();
        QCOMPARE(c.name, QStringLiteral("센터"));
        QCOMPARE(c.services, QStringLiteral("상담"));
        QCOMPARE(c.id, CenterCsvImporter::stableId(QStringLiteral("센터"), c.roadAddress));
        const auto back = Center::fromJson(QJsonDocument::fromJson(QJsonDocument(c.toJson()).toJson()).object());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), c);
    }

    void unusableInputIsAnError()
    {
        QVERIFY(!CenterCsvImporter::import(QByteArray()).ok());
        const auto noColumns = CenterCsvImporter::import("name,lat,lon\na,1,2\n");
        QVERIFY(!noColumns.ok());
        QVERIFY(noColumns.error().toString().contains(QStringLiteral("건강증진센터명")));
        const auto headerOnly = CenterCsvImporter::import(QByteArray("\xEF\xBB\xBF") + kHeader);
        QVERIFY(headerOnly.ok());
        QVERIFY(headerOnly.value().centers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCenterCsvImporter)
#include "tst_centercsvimporter.moc"
