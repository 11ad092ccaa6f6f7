// SPDX-License-Identifier: MIT
// Open-now for the public centers. Every closing-day phrase of the national standard data
// (../shared/data/health, all 56 of its 2,000-odd rows' phrases, plus the examples) is in
// a table written by hand — the days it closes, public holidays, Seollal and Chuseok, Workers'
// Day, open every day, holidays unsaid, or not understood — and a phrase the table lacks fails
// the test, so new data is read before it is trusted. Then the states on Jeju's clock with the
// published 2026 holidays: open with the minutes to closing, closed before opening, closed after
// with Monday's opening, Chuseok 2026 and the year's substitute days,
// Jeju's 4·3 memorial day for a Jeju center and not for one in Incheon, Seollal-and-Chuseok-only
// closing, and Uncertain — never "open" — for a suspension, missing hours, a holiday the text does
// not speak of and a year with no holidays loaded.
#include "domain/center.h"
#include "domain/centers/closingdays.h"
#include "domain/centers/opennow.h"
#include "domain/csvtext.h"
#include "domain/energy/koreanholidays.h"

#include <QFile>
#include <QTest>

using namespace et::domain;
using centers::ClosingDays;
using centers::OpenNow;
using centers::OpenState;

namespace {

// Expected readings: weekday digits (1 Monday … 7 Sunday), H public holidays, L Seollal and
// Chuseok, W Workers' Day, E open every day, U holidays unsaid, ? not understood.
const QList<std::pair<QString, QString>> kPhrases = {
    {QStringLiteral("토+일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토요일+일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주토요일+매주일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("공휴일"), QStringLiteral("H")},
    {QStringLiteral("매주 토요일+일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토+일+법정공휴일"), QStringLiteral("67H")},
    {QStringLiteral("주말+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("일+공휴일"), QStringLiteral("7H")},
    {QStringLiteral("토+공휴일"), QStringLiteral("6H")},
    {QStringLiteral("주말 및 국정공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주토요일+일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("법정공휴일"), QStringLiteral("H")},
    {QStringLiteral("토+일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("공휴일+주말"), QStringLiteral("67H")},
    {QStringLiteral("토+일"), QStringLiteral("67")},
    {QStringLiteral("주말 및 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토요일, 공휴일"), QStringLiteral("6H")},
    {QStringLiteral("토요일,일요일,공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토,일요일/공휴일"), QStringLiteral("67H")},
    {QStringLiteral("연중무휴"), QStringLiteral("E")},
    {QStringLiteral("매주 토요일. 일요일. 공휴일. 근로자의 날(매년 5월 1일)"), QStringLiteral("67HW")},
    {QStringLiteral("법정 공휴일"), QStringLiteral("H")},
    {QStringLiteral("공휴일+일요일+토요일"), QStringLiteral("67H")},
    {QStringLiteral("일요일, 공휴일"), QStringLiteral("7H")},
    {QStringLiteral("토요일+일요일+법정공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주토요일+공휴일"), QStringLiteral("6H")},
    {QStringLiteral("매주 토요일,일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("공휴일+매주토요일+매주일요일"), QStringLiteral("67H")},
    {QStringLiteral("월+화+수+목+금+토+일+공휴일"), QStringLiteral("?")}, // closed every day: not a schedule
    {QStringLiteral("토+일요일 및 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주일요일+공휴일"), QStringLiteral("7H")},
    {QStringLiteral("매주 토·일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토, 일, 공휴일 휴무"), QStringLiteral("67H")},
    {QStringLiteral("토요일+일요일"), QStringLiteral("67")},
    {QStringLiteral("토요일+매주 일요일+공휴일"), QStringLiteral("67H")},
    {QStringLiteral("2020.2월부터 코로나 확산 방지를 위해 센터운영 잠정중단"), QStringLiteral("?")},
    {QStringLiteral("코로나19 종료 시 연중무휴"), QStringLiteral("?")},
    {QStringLiteral("일+설 연휴+추석 연휴"), QStringLiteral("7L")},
    {QStringLiteral("토+일+기타 법령이 정하는 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토요일, 일요일, 국경일"), QStringLiteral("67H")},
    {QStringLiteral("토요일+일요일 휴무"), QStringLiteral("67")},
    {QStringLiteral("매주 토요일 + 매주 일요일 + 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주 일요일+공휴일"), QStringLiteral("7H")},
    {QStringLiteral("법정공휴일, 임시 및 대체 공휴일"), QStringLiteral("H")},
    {QStringLiteral("매주토요일,일요일"), QStringLiteral("67")},
    {QStringLiteral("법정공휴일휴무"), QStringLiteral("H")},
    {QStringLiteral("매주 토요일,일요일, 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("공휴일, 주말"), QStringLiteral("67H")},
    {QStringLiteral("주말, 국가 지정 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토, 일, 법정공휴일"), QStringLiteral("67H")},
    {QStringLiteral("토,일,공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주토요일, 일요일, 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주 토요일, 일요일, 법정공휴일 등"), QStringLiteral("67H")},
    {QStringLiteral("월 ~ 금 근무"), QStringLiteral("67U")},
    {QStringLiteral("토,일, 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("매주토요일,일요일+공휴일"), QStringLiteral("67H")},
    // The issue's own examples.
    {QStringLiteral("매주 토,일요일 공휴일"), QStringLiteral("67H")},
    {QStringLiteral("일요일, 명절"), QStringLiteral("7L")},
};

QString reading(const ClosingDays &c)
{
    if (!c.understood)
        return QStringLiteral("?");
    QList<int> days(c.weekdays.cbegin(), c.weekdays.cend());
    std::sort(days.begin(), days.end());
    QString out;
    for (int d : days)
        out += QString::number(d);
    if (c.publicHolidays)
        out += u'H';
    if (c.lunarNewYearAndChuseok)
        out += u'L';
    if (c.workersDay)
        out += u'W';
    if (c.openEveryDay)
        out += u'E';
    if (c.holidaysUnknown)
        out += u'U';
    return out;
}

QDateTime kst(const QString &text)
{
    return QDateTime::fromString(text + QStringLiteral("+09:00"), Qt::ISODate);
}

Center center(const QString &closedDays, const QString &address = QStringLiteral("제주특별자치도 제주시 중앙로 1"))
{
    Center c;
    c.id = QStringLiteral("c-1");
    c.name = QStringLiteral("제주시정신건강복지센터");
    c.roadAddress = address;
    c.opensAt = QTime(9, 0);
    c.closesAt = QTime(18, 0);
    c.closedDays = closedDays;
    return c;
}

} // namespace

class TestOpenNow : public QObject
{
    Q_OBJECT
    energy::KoreanHolidays m_holidays;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(ET_SOURCE_DIR "/resources/data/holidays/hyunbinseo_2026.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = energy::KoreanHolidays::parseHyunbinseoJson(f.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().toString()));
        m_holidays.add(parsed.value());
    }

    void everyPhraseOfTheDataIsRead()
    {
        QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const auto records = CsvText::records(CsvText::decode(f.readAll()).text);
        QVERIFY(records.size() > 100);
        const qsizetype column = records.first().fields.indexOf(QStringLiteral("휴무일정보"));
        QVERIFY(column >= 0);
        QHash<QString, QString> expected;
        for (const auto &[phrase, reading] : kPhrases)
            expected.insert(phrase, reading);
        QSet<QString> seen;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QString phrase = records.at(i).fields.value(column);
            if (phrase.isEmpty() || seen.contains(phrase))
                continue;
            seen.insert(phrase);
            QVERIFY2(expected.contains(phrase), qPrintable(QStringLiteral("a phrase the table lacks: \"%1\"").arg(phrase)));
        }
        QCOMPARE(seen.size(), 56);
        for (const auto &[phrase, want] : kPhrases) {
            const ClosingDays c = ClosingDays::parse(phrase);
            QVERIFY2(reading(c) == want, qPrintable(QStringLiteral("\"%1\": read %2, expected %3").arg(phrase, reading(c), want)));
            QCOMPARE(c.text, phrase);
        }
    }

    void openClosedAndTheNextOpening()
    {
        const OpenNow open(m_holidays);
        const Center c = center(QStringLiteral("토+일+공휴일"));
        // Wednesday 23 September 2026, 10:00 KST: open, 8 hours to closing.
        OpenState s = open.at(c, kst(QStringLiteral("2026-09-23T10:00:00")));
        QCOMPARE(s.kind, OpenState::Kind::Open);
        QCOMPARE(s.closesAt, kst(QStringLiteral("2026-09-23T18:00:00")));
        QCOMPARE(s.minutesUntilChange(kst(QStringLiteral("2026-09-23T10:00:00"))), 480);
        // The same instant given in UTC reads the same on Jeju's clock.
        QCOMPARE(open.at(c, kst(QStringLiteral("2026-09-23T10:00:00")).toUTC()).kind, OpenState::Kind::Open);
        // Before opening, and after closing on a Friday: Monday's opening.
        s = open.at(c, kst(QStringLiteral("2026-09-23T08:30:00")));
        QCOMPARE(s.kind, OpenState::Kind::Closed);
        QCOMPARE(s.minutesUntilChange(kst(QStringLiteral("2026-09-23T08:30:00"))), 30);
        s = open.at(c, kst(QStringLiteral("2026-09-11T18:30:00")));
        QCOMPARE(s.kind, OpenState::Kind::Closed);
        QCOMPARE(s.opensAt, kst(QStringLiteral("2026-09-14T09:00:00")));
        // A Sunday: closed today for the weekly closing day.
        s = open.at(c, kst(QStringLiteral("2026-09-13T11:00:00")));
        QCOMPARE(s.kind, OpenState::Kind::ClosedToday);
        QCOMPARE(s.reason, QString());
    }

    void chuseok2026AndItsSubstituteDay()
    {
        const OpenNow open(m_holidays);
        const Center c = center(QStringLiteral("토+일+공휴일"));
        // Chuseok eve (Thursday 24 September): closed, and the next opening is Monday the 28th —
        // Chuseok, its day after (a Saturday) and Sunday in between. 2026's Chuseok has no
        // substitute day: the Public Holidays Act gives Seollal and Chuseok one only for a Sunday
        // (or another holiday) among their three days, and the almanac the data is built from
        // lists none; 2026's substitute days are Liberation Day's (17 August) and National
        // Foundation Day's (5 October), both checked here.
        OpenState s = open.at(c, kst(QStringLiteral("2026-09-24T10:00:00")));
        QCOMPARE(s.kind, OpenState::Kind::ClosedToday);
        QVERIFY2(s.reason.contains(QStringLiteral("추석")), qPrintable(s.reason));
        QCOMPARE(s.opensAt, kst(QStringLiteral("2026-09-28T09:00:00")));
        QCOMPARE(open.at(c, kst(QStringLiteral("2026-09-28T10:00:00"))).kind, OpenState::Kind::Open);
        // Friday 2 October after hours: Saturday, Sunday, National Foundation Day (3rd, a
        // Saturday) and its substitute Monday the 5th: Tuesday's opening.
        s = open.at(c, kst(QStringLiteral("2026-10-02T19:00:00")));
        QCOMPARE(s.opensAt, kst(QStringLiteral("2026-10-06T09:00:00")));
        s = open.at(c, kst(QStringLiteral("2026-10-05T10:00:00")));
        QCOMPARE(s.kind, OpenState::Kind::ClosedToday);
        QCOMPARE(s.reason, QStringLiteral("대체공휴일(개천절)"));
        // Closed only for Seollal and Chuseok: Chuseok yes, Liberation Day's substitute no.
        const Center holidaysOnly = center(QStringLiteral("일+설 연휴+추석 연휴"));
        QCOMPARE(open.at(holidaysOnly, kst(QStringLiteral("2026-09-25T10:00:00"))).kind, OpenState::Kind::ClosedToday);
        QCOMPARE(open.at(holidaysOnly, kst(QStringLiteral("2026-08-17T10:00:00"))).kind, OpenState::Kind::Open);
    }

    void jejusApril3IsJejusOnly()
    {
        const OpenNow open(m_holidays);
        // Friday 3 April 2026: Jeju's public offices are closed; Incheon's are not.
        const OpenState jeju = open.at(center(QStringLiteral("토+일+공휴일")), kst(QStringLiteral("2026-04-03T10:00:00")));
        QCOMPARE(jeju.kind, OpenState::Kind::ClosedToday);
        QCOMPARE(jeju.reason, QStringLiteral("제주4·3희생자추념일"));
        QCOMPARE(jeju.opensAt, kst(QStringLiteral("2026-04-06T09:00:00")));
        const Center incheon = center(QStringLiteral("토+일+공휴일"), QStringLiteral("인천광역시 연수구 함박뫼로 13"));
        QCOMPARE(open.at(incheon, kst(QStringLiteral("2026-04-03T10:00:00"))).kind, OpenState::Kind::Open);
        // A Jeju center closed only on weekends keeps working that day.
        QCOMPARE(open.at(center(QStringLiteral("토+일")), kst(QStringLiteral("2026-04-03T10:00:00"))).kind, OpenState::Kind::Open);
    }

    void neverGuessesOpen()
    {
        const OpenNow open(m_holidays);
        const QDateTime wednesday = kst(QStringLiteral("2026-09-23T10:00:00"));
        const OpenState suspended = open.at(center(QStringLiteral("코로나19 종료 시 연중무휴")), wednesday);
        QCOMPARE(suspended.kind, OpenState::Kind::Uncertain);
        QCOMPARE(suspended.rawText, QStringLiteral("코로나19 종료 시 연중무휴"));
        Center noHours = center(QStringLiteral("토+일+공휴일"));
        noHours.opensAt = QTime();
        QCOMPARE(open.at(noHours, wednesday).kind, OpenState::Kind::Uncertain);
        // "Works Monday to Friday" says nothing of holidays: open on a Wednesday, uncertain on a
        // Monday that is a substitute holiday.
        const Center weekdays = center(QStringLiteral("월 ~ 금 근무"));
        QCOMPARE(open.at(weekdays, wednesday).kind, OpenState::Kind::Open);
        QCOMPARE(open.at(weekdays, kst(QStringLiteral("2026-08-17T10:00:00"))).kind, OpenState::Kind::Uncertain);
        // No holidays loaded for 2030: a "no holiday" could be wrong.
        QCOMPARE(open.at(center(QStringLiteral("토+일+공휴일")), kst(QStringLiteral("2030-09-18T10:00:00"))).kind, OpenState::Kind::Uncertain);
        // Open every day: open on Chuseok.
        QCOMPARE(open.at(center(QStringLiteral("연중무휴")), kst(QStringLiteral("2026-09-25T10:00:00"))).kind, OpenState::Kind::Open);
    }
};

QTEST_GUILESS_MAIN(TestOpenNow)
#include "tst_opennow.moc"
