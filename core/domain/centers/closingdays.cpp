// SPDX-License-Identifier: MIT
#include "domain/centers/closingdays.h"

#include <QRegularExpression>

namespace et::domain::centers {

namespace {

// The weekday syllables, Monday first (Qt::Monday == 1).
const QString kDays = QStringLiteral("월화수목금토일");

/// Understands one part of the text into `out`; false when it cannot.
bool readPart(QString part, ClosingDays &out)
{
    // Words that add nothing: "매주" (every week), "휴무" (closed), "등" (etc.), "요일".
    for (const char *noise : {"매주", "휴무", "등", "요일"})
        part.remove(QString::fromUtf8(noise));
    part = part.trimmed();
    if (part.isEmpty())
        return true;
    if (part == u"주말") {
        out.weekdays << Qt::Saturday << Qt::Sunday;
        return true;
    }
    static const QStringList holidays{QStringLiteral("공휴일"), QStringLiteral("법정공휴일"), QStringLiteral("법정 공휴일"),
                                      QStringLiteral("국정공휴일"), QStringLiteral("국가 지정 공휴일"), QStringLiteral("국경일"),
                                      QStringLiteral("기타 법령이 정하는 공휴일"), QStringLiteral("임시"), QStringLiteral("대체 공휴일"),
                                      QStringLiteral("대체공휴일")};
    if (holidays.contains(part)) {
        out.publicHolidays = true;
        return true;
    }
    if (part == u"명절" || part == u"설 연휴" || part == u"추석 연휴" || part == u"설" || part == u"추석") {
        out.lunarNewYearAndChuseok = true;
        return true;
    }
    if (part.startsWith(u"근로자의 날") || part == u"노동절") {
        out.workersDay = true;
        return true;
    }
    // One weekday syllable, or several run together ("토일").
    static const QRegularExpression days(QStringLiteral("^[월화수목금토일]+$"));
    if (days.match(part).hasMatch()) {
        for (const QChar c : part)
            out.weekdays << int(kDays.indexOf(c)) + 1;
        return true;
    }
    return false;
}

} // namespace

ClosingDays ClosingDays::parse(const QString &text)
{
    ClosingDays out;
    out.text = text;
    QString t = text.simplified();
    if (t.isEmpty())
        return out;
    if (t.contains(u"코로나") || t.contains(u"중단"))
        return out; // a suspension or a rule that waits on an event: not a schedule
    if (t == u"연중무휴") {
        out.openEveryDay = true;
        out.understood = true;
        return out;
    }
    // "월 ~ 금 근무": the days it works; closed on the others, holidays not said.
    static const QRegularExpression working(QStringLiteral("^([월화수목금토일])\\s*~\\s*([월화수목금토일])\\s*근무$"));
    if (const auto m = working.match(t); m.hasMatch()) {
        const int first = int(kDays.indexOf(m.captured(1))) + 1, last = int(kDays.indexOf(m.captured(2))) + 1;
        for (int d = 1; d <= 7; ++d) {
            if (d < first || d > last)
                out.weekdays << d;
        }
        out.holidaysUnknown = true;
        out.understood = first <= last;
        return out;
    }
    // Parts are joined by +, commas, slashes, middle dots, full stops or "및"; "(매년 5월 1일)" explains.
    t.remove(QRegularExpression(QStringLiteral("\\([^)]*\\)")));
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("\\s*(?:[+,/·.]|\\s및\\s)\\s*")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        // "토 일요일" or "토,일요일 공휴일": spaces between parts that are not a name of their own.
        const QStringList words = part.split(u' ', Qt::SkipEmptyParts);
        bool wordByWord = words.size() > 1;
        ClosingDays trial = out;
        for (const QString &w : words)
            wordByWord = wordByWord && readPart(w, trial);
        if (wordByWord) {
            out = trial;
            continue;
        }
        if (!readPart(part, out))
            return ClosingDays{false, {}, false, false, false, false, false, text};
    }
    out.understood = out.weekdays.size() < 7 && (!out.weekdays.isEmpty() || out.publicHolidays || out.lunarNewYearAndChuseok);
    if (!out.understood)
        return ClosingDays{false, {}, false, false, false, false, false, text};
    return out;
}

} // namespace et::domain::centers
