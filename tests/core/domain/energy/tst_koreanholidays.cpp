// SPDX-License-Identifier: MIT
// KoreanHolidays on the bundled hyunbinseo/holidays-kr files (2018–2026 JSON, 2027 CSV) and on
// broken input; the expected dates are those of the official 2024/2025/2027 almanacs.
#include "domain/energy/koreanholidays.h"
#include "energytestdata.h"

#include <QTest>

using namespace et::domain::energy;

namespace {
KoreanHolidays bundledCalendar()
{
    KoreanHolidays h = et::test::bundledHolidays(2018, 2026);
    auto csv = KoreanHolidays::parseHyunbinseoCsv(et::test::resourceBytes(QStringLiteral("holidays/hyunbinseo_2027.csv")));
    if (!csv)
        qFatal("2027: %s", qPrintable(csv.error().toString()));
    h.add(csv.value());
    return h;
}
} // namespace

class TestKoreanHolidays : public QObject
{
    Q_OBJECT
private slots:
    void holidaysOf2025()
    {
        const KoreanHolidays h = bundledCalendar();
        for (int year = 2018; year <= 2027; ++year)
            QVERIFY(h.coversYear(year));
        QVERIFY(!h.coversYear(2017));

        // 설날 2025: 28–30 January, and the temporary holiday of 27 January declared for it.
        for (int day : {28, 29, 30})
            QVERIFY(h.isNationalHoliday(QDate(2025, 1, day)));
        QCOMPARE(h.nationalHoliday(QDate(2025, 1, 29))->names, QStringList{QStringLiteral("설날")});
        QCOMPARE(h.nationalHoliday(QDate(2025, 1, 27))->kind, KoreanHolidays::Kind::Temporary);
        // 설날 2024 fell on a weekend: its substitute was Monday 12 February 2024.
        QCOMPARE(h.nationalHoliday(QDate(2024, 2, 12))->kind, KoreanHolidays::Kind::Substitute);
        QVERIFY(h.nationalHoliday(QDate(2024, 2, 12))->names.front().contains(QStringLiteral("설날")));
        // 2027 (CSV): 설날 6–8 February, substitute on the 9th.
        QCOMPARE(h.nationalHoliday(QDate(2027, 2, 9))->kind, KoreanHolidays::Kind::Substitute);
        QCOMPARE(h.nationalHoliday(QDate(2027, 2, 7))->names, QStringList{QStringLiteral("설날")});

        // 추석 2025: 5–7 October, substitute on the 8th (the 5th was a Sunday).
        for (int day : {5, 6, 7, 8})
            QVERIFY(h.isNationalHoliday(QDate(2025, 10, day)));
        QCOMPARE(h.nationalHoliday(QDate(2025, 10, 6))->names, QStringList{QStringLiteral("추석")});
        QCOMPARE(h.nationalHoliday(QDate(2025, 10, 8))->kind, KoreanHolidays::Kind::Substitute);
        QCOMPARE(h.nationalHoliday(QDate(2025, 3, 3))->kind, KoreanHolidays::Kind::Substitute);
        // Two holidays on one day, and the presidential election day.
        QCOMPARE(h.nationalHoliday(QDate(2025, 5, 5))->names.size(), 2);
        QCOMPARE(h.nationalHoliday(QDate(2025, 6, 3))->kind, KoreanHolidays::Kind::Temporary);
        QCOMPARE(h.nationalHoliday(QDate(2025, 10, 6))->kind, KoreanHolidays::Kind::Regular);
        QVERIFY(!h.isNationalHoliday(QDate(2025, 10, 10)));

        const auto year = h.inYear(2025);
        QCOMPARE(year.size(), 19); // the 19 dates of hyunbinseo_2025.json
        QVERIFY(std::is_sorted(year.cbegin(), year.cend(), [](const auto &a, const auto &b) { return a.date < b.date; }));
    }

    void april3IsAJejuHolidayOnly()
    {
        const KoreanHolidays h = bundledCalendar();
        for (int year : {2018, 2024, 2025, 2027}) {
            const QDate d(year, 4, 3);
            QVERIFY2(!h.isNationalHoliday(d), qPrintable(d.toString(Qt::ISODate)));
            QVERIFY2(h.isJejuHoliday(d), qPrintable(d.toString(Qt::ISODate)));
            QCOMPARE(h.jejuHolidayNames(d), QStringList{QStringLiteral("제주4·3희생자추념일")});
        }
        QVERIFY(!h.isJejuHoliday(QDate(2017, 4, 3))); // before the 2018 ordinance
        QVERIFY(!h.isJejuHoliday(QDate(2025, 4, 4)));
        QVERIFY(h.isJejuHoliday(QDate(2025, 10, 6))); // national holidays are Jeju's too
        QCOMPARE(h.jejuRules().size(), 1);
        QCOMPARE(h.jejuRules().front().region, QStringLiteral("제주특별자치도"));
    }

    void addingMergesNames()
    {
        KoreanHolidays h;
        h.add({{QDate(2030, 1, 1), {QStringLiteral("1월 1일")}, KoreanHolidays::Kind::Regular}});
        h.add({{QDate(2030, 1, 1), {QStringLiteral("대체공휴일(무엇)")}, KoreanHolidays::Kind::Substitute}});
        QCOMPARE(h.nationalHoliday(QDate(2030, 1, 1))->names.size(), 2);
        QCOMPARE(h.nationalHoliday(QDate(2030, 1, 1))->kind, KoreanHolidays::Kind::Substitute);
    }

    void brokenFilesAreErrors()
    {
        struct Case { QByteArray json; const char *expected; };
        const Case cases[] = {
            {"{\"2025-13-01\": [\"x\"]}", "2025-13-01: is not a date"},
            {"{\"2025-01-01\": \"1월 1일\"}", "2025-01-01: expected a non-empty list"},
            {"{\"2025-01-01\": []}", "2025-01-01: expected a non-empty list"},
            {"{\"2025-01-01\": [1]}", "2025-01-01: a holiday name must be non-empty text"},
            {"[\"2025-01-01\"]", ""},
            {"{\"2025-01-01\": [\"x\"]", ""},
        };
        for (const Case &c : cases) {
            auto r = KoreanHolidays::parseHyunbinseoJson(c.json);
            QVERIFY2(!r.ok(), c.json.constData());
            QVERIFY2(r.error().toString().contains(QString::fromUtf8(c.expected)), qPrintable(r.error().toString()));
        }
        auto noHeader = KoreanHolidays::parseHyunbinseoCsv("2027-01-01,1월 1일\n");
        QVERIFY(!noHeader.ok());
        auto badRow = KoreanHolidays::parseHyunbinseoCsv("Start date,Subject\n2027-01-01,1월 1일\n2027-02-30,설날\n");
        QVERIFY2(badRow.error().toString().contains(QStringLiteral("line 3")), qPrintable(badRow.error().toString()));
        auto noName = KoreanHolidays::parseHyunbinseoCsv("Start date,Subject\r\n2027-01-01,\r\n");
        QVERIFY2(noName.error().toString().contains(QStringLiteral("line 2")), qPrintable(noName.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestKoreanHolidays)
#include "tst_koreanholidays.moc"
