// SPDX-License-Identifier: MIT
// KpxHourlySeries and HourlySeriesStatistics on KPX's published Jeju files (shared/data/energy),
// checked against the figures shared/data/README.md publishes for them, and on broken input.
#include "domain/energy/hourlyseriesstatistics.h"
#include "domain/energy/kpxhourlyseries.h"
#include "energytestdata.h"

#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et::domain::energy;
using et::domain::CsvText;
using Stats = HourlySeriesStatistics;

namespace {
KpxHourlySeries parsed(const char *path)
{
    auto s = KpxHourlySeries::parse(et::test::sharedEnergyBytes(QString::fromUtf8(path)));
    if (!s)
        qFatal("%s: %s", path, qPrintable(s.error().toString()));
    return s.value();
}

QByteArray cp949(const QString &text)
{
    QStringEncoder enc("windows-949");
    return enc.encode(text);
}

// A row "date,v0,v1,...,v23" with every hour equal to v except those given.
QString dayRow(const QString &date, double v)
{
    QStringList cells{date};
    for (int h = 0; h < 24; ++h)
        cells << QString::number(v);
    return cells.join(u',');
}

// The first issue, for a failure message (QVERIFY2 builds its text even when the check passes).
QString firstIssue(const KpxHourlySeries &s)
{
    return s.issues().isEmpty() ? QString() : s.issues().front().toString();
}

QString header(const QString &dateColumn = QStringLiteral("거래일"))
{
    QStringList cells{dateColumn};
    for (int h = 1; h <= 24; ++h)
        cells << QStringLiteral("%1시").arg(h);
    return cells.join(u',');
}
} // namespace

class TestKpxHourlySeries : public QObject
{
    Q_OBJECT
private slots:
    void generation2025MatchesThePublishedFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<double>("sumGWh");
        QTest::addColumn<double>("sumTolerance");
        QTest::addColumn<double>("maxMw"); // NaN: not published
        // shared/data/README.md: solar 466 GWh (max 321 MW), wind 75.5 GWh (max 101 MW),
        // LNG 1,466 GWh, bio 1,253 GWh; tolerances are the published rounding.
        QTest::newRow("solar") << "kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv" << int(CsvText::Encoding::Windows949) << 466.0 << 0.5 << 321.0;
        QTest::newRow("wind") << "kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv" << int(CsvText::Encoding::Windows949) << 75.5 << 0.05 << 101.0;
        QTest::newRow("lng") << "kpx-jeju-2025/jeju_2025_lng_hourly_cp949.csv" << int(CsvText::Encoding::Windows949) << 1466.0 << 0.5 << std::nan("");
        QTest::newRow("bio") << "kpx-jeju-2025/jeju_2025_bioheavyoil_hourly_utf8bom.csv" << int(CsvText::Encoding::Utf8WithBom) << 1253.0 << 0.5 << std::nan("");
    }

    void generation2025MatchesThePublishedFigures()
    {
        QFETCH(QString, file);
        QFETCH(int, encoding);
        QFETCH(double, sumGWh);
        QFETCH(double, sumTolerance);
        QFETCH(double, maxMw);
        const KpxHourlySeries s = parsed(file.toUtf8().constData());
        QCOMPARE(int(s.encoding()), encoding);
        QVERIFY2(s.issues().isEmpty(), qPrintable(firstIssue(s)));
        QCOMPARE(s.rowsRead(), 365);
        QCOMPARE(s.points().size(), 365 * 24);
        QCOMPARE(s.missingCells(), 0);
        QCOMPARE(s.firstDate(), QDate(2025, 1, 1));
        QCOMPARE(s.lastDate(), QDate(2025, 12, 31));
        const Stats::Summary sum = Stats::summarize(s.inYear(2025));
        QVERIFY2(std::abs(sum.sum / 1000.0 - sumGWh) <= sumTolerance, qPrintable(QString::number(sum.sum / 1000.0)));
        if (!std::isnan(maxMw))
            QVERIFY2(std::abs(sum.max - maxMw) <= 0.5, qPrintable(QString::number(sum.max)));
        QCOMPARE(sum.hours, 8760);
        QVERIFY(std::abs(sum.mean - sum.sum / 8760.0) < 1e-9);

        // Monthly and seasonal totals add up to the annual sum.
        double monthly = 0.0;
        const auto months = Stats::monthlyTotals(s.points());
        QCOMPARE(months.size(), 12);
        for (const auto &m : months)
            monthly += m.sum;
        QVERIFY(std::abs(monthly - sum.sum) < 1e-6 * sum.sum);
        const auto seasons = Stats::seasonalTotals(s.points());
        QVERIFY(std::abs(seasons[0] + seasons[1] + seasons[2] + seasons[3] - sum.sum) < 1e-6 * sum.sum);
    }

    void timestampsAreKst()
    {
        const KpxHourlySeries s = parsed("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv");
        // "1시" of 2025-01-01 is 00:00–01:00 KST = 2024-12-31 15:00 UTC.
        const KpxHourlyPoint first = s.points().front();
        QCOMPARE(first.hour, 0);
        QCOMPARE(first.start().toUTC(), QDateTime(QDate(2024, 12, 31), QTime(15, 0), QTimeZone::utc()));
        // The published first row: 1시 0.000288 … 9시 30.604851.
        QCOMPARE(first.value, 0.000288);
        QCOMPARE(s.points().at(8).value, 30.604851);
        QCOMPARE(s.points().at(23).start().toUTC(), QDateTime(QDate(2025, 1, 1), QTime(14, 0), QTimeZone::utc()));
        // Solar is highest around noon in every month (a shifted hour would move the peak).
        const auto profiles = Stats::meanDailyProfileByMonth(s.points());
        for (int m = 0; m < 12; ++m) {
            const auto &p = profiles.mean[size_t(m)];
            const int peak = int(std::max_element(p.begin(), p.end()) - p.begin());
            QVERIFY2(peak >= 10 && peak <= 13, qPrintable(QStringLiteral("month %1 peaks at hour %2").arg(m + 1).arg(peak)));
            QVERIFY(p[2] < 0.01); // 02:00–03:00
        }
        QCOMPARE(profiles.days[0], 31);
        QCOMPARE(profiles.days[1], 28);
    }

    void demandMatchesThePublishedFigures()
    {
        const KpxHourlySeries s = parsed("kpx-jeju-2025/jeju_system_demand_2023-09_2026-06_cp949.csv");
        QVERIFY2(s.issues().isEmpty(), qPrintable(firstIssue(s)));
        QCOMPARE(s.firstDate(), QDate(2023, 9, 1));
        QCOMPARE(s.lastDate(), QDate(2026, 6, 30));
        QCOMPARE(s.rowsRead(), int(QDate(2023, 9, 1).daysTo(QDate(2026, 6, 30))) + 1);
        // README: demand max 1,179 MW, mean 724 MW (over the whole file, 2023-09..2026-06).
        const Stats::Summary all = Stats::summarize(s.points());
        QVERIFY2(std::abs(all.max - 1179.0) <= 0.5, qPrintable(QString::number(all.max)));
        QVERIFY2(std::abs(all.mean - 724.0) <= 0.5, qPrintable(QString::number(all.mean)));
        QCOMPARE(all.maxAt.date.month(), 8); // a summer afternoon
    }

    void windCurtailmentMatchesThePublishedFigures()
    {
        const KpxHourlySeries s = parsed("kpx-jeju-curtailment/jeju_wind_curtailment_2021-2024_cp949.csv");
        QCOMPARE(s.encoding(), CsvText::Encoding::Windows949);
        QVERIFY2(s.issues().isEmpty(), qPrintable(firstIssue(s)));
        // README: 336 curtailment days 2021-01-13..2024-05-30; 2021 12.0 GWh, 2022 25.6,
        // 2023 26.2, 2024 9.4.
        QCOMPARE(s.rowsRead(), 336);
        // One listed day, 2021-01-31 (the 9th order), records 0 MWh in every hour.
        QCOMPARE(Stats::activeDays(s.points()), 335);
        QCOMPARE(s.firstDate(), QDate(2021, 1, 13));
        QCOMPARE(s.lastDate(), QDate(2024, 5, 30));
        const std::pair<int, double> years[] = {{2021, 12.0}, {2022, 25.6}, {2023, 26.2}, {2024, 9.4}};
        for (const auto &[year, gwh] : years) {
            const double sum = Stats::summarize(s.inYear(year)).sum / 1000.0;
            QVERIFY2(std::abs(sum - gwh) <= 0.05, qPrintable(QStringLiteral("%1: %2 GWh").arg(year).arg(sum)));
        }
        // The 2024 rows leave 24시 empty: missing, not zero and not an error.
        QVERIFY(s.missingCells() > 0);
    }

    void solarCurtailmentFlags()
    {
        const KpxHourlySeries s = parsed("kpx-jeju-curtailment/jeju_solar_curtailment_flags_2021-2024_utf8.csv");
        QCOMPARE(s.encoding(), CsvText::Encoding::Utf8);
        QVERIFY2(s.issues().isEmpty(), qPrintable(firstIssue(s)));
        // README: 125 solar-curtailment days, 2021-10..2024-06.
        QCOMPARE(s.rowsRead(), 125);
        QCOMPARE(Stats::activeDays(s.points()), 125);
        QCOMPARE(s.firstDate(), QDate(2021, 10, 17));
        // 2021-10-17: 12시..14시 flagged (hours 11–13), no amount.
        int flagged = 0;
        for (const auto &p : s.points()) {
            if (p.date == QDate(2021, 10, 17) && p.flagged) {
                QVERIFY(p.hour >= 11 && p.hour <= 13);
                QVERIFY(std::isnan(p.value));
                ++flagged;
            }
        }
        QCOMPARE(flagged, 3);
        QCOMPARE(Stats::summarize(s.points()).sum, 0.0); // flags carry no MWh
    }

    void malformedRowsAreReportedWithTheirLines()
    {
        QStringList lines{header(), dayRow(QStringLiteral("2025-01-01"), 1.0)};
        QString notANumber = dayRow(QStringLiteral("2025-01-02"), 1.0);
        notANumber.replace(notANumber.lastIndexOf(QStringLiteral(",1")), 2, QStringLiteral(",x1"));
        lines << notANumber                                            // line 3
              << QStringLiteral("2025-01-03,1,2,3")                    // line 4
              << dayRow(QStringLiteral("2025-01-01"), 2.0)             // line 5: repeated date
              << dayRow(QStringLiteral("2025-02-30"), 2.0)             // line 6
              << dayRow(QStringLiteral("2025-01-04"), 2.0).replace(QStringLiteral(",2,"), QStringLiteral(",nan,")) // line 7
              << QString()                                             // line 8: blank
              << dayRow(QStringLiteral("20250105"), 3.0);              // line 9
        QByteArray bytes = cp949(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
        bytes += "2025-01-06,\xC8\x20";                                 // line 10: not CP949
        for (int h = 1; h < 24; ++h)
            bytes += ",1";
        bytes += "\r\n";
        auto r = KpxHourlySeries::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const KpxHourlySeries &s = r.value();
        QCOMPARE(s.encoding(), CsvText::Encoding::Windows949);
        QCOMPARE(s.rowsRead(), 2);
        QCOMPARE(s.points().size(), 48);
        QCOMPARE(s.points().back().date, QDate(2025, 1, 5));
        QStringList got;
        for (const auto &i : s.issues())
            got << i.toString();
        const QStringList expected{QStringLiteral("line 3: 24시: \"x1\" is not a number, row skipped"),
                                   QStringLiteral("line 4: 4 fields, the header needs 25, row skipped"),
                                   QStringLiteral("line 5: 2025-01-01 appears a second time, row skipped"),
                                   QStringLiteral("line 6: \"2025-02-30\" is not a date, row skipped"),
                                   QStringLiteral("line 7: 1시: \"nan\" is not a number, row skipped")};
        QCOMPARE(got.mid(0, 5), expected);
        QCOMPARE(got.size(), 6);
        QCOMPARE(s.issues().at(1).reason, QStringLiteral("4 fields, the header needs 25"));
        // Where each kept day came from, for a caller that must name a missing value's line.
        QCOMPARE(s.lineOf(QDate(2025, 1, 5)), 9);
        QCOMPARE(s.lineOf(QDate(2025, 1, 3)), 0);
        QVERIFY2(got.at(5).startsWith(QStringLiteral("line 10: U+")) && got.at(5).contains(QStringLiteral("not CP949 text")), qPrintable(got.at(5)));
    }

    void unusableInputIsAnError()
    {
        QVERIFY(!KpxHourlySeries::parse({}).ok());
        auto noDate = KpxHourlySeries::parse(header(QStringLiteral("day")).toUtf8() + "\n");
        QVERIFY2(noDate.error().toString().contains(QStringLiteral("no date column")), qPrintable(noDate.error().toString()));
        auto noHour = KpxHourlySeries::parse(header().replace(QStringLiteral(",17시"), QString()).toUtf8() + "\n");
        QVERIFY2(noHour.error().toString().contains(QStringLiteral("17시")), qPrintable(noHour.error().toString()));
        // The curtailment layout with its extra columns, UTF-8 with LF, is fine.
        QString curtailment = QStringLiteral("일자,제어지역,누적 시행회차");
        for (int h = 1; h <= 24; ++h)
            curtailment += QStringLiteral(",%1시").arg(h);
        curtailment += QStringLiteral("\n2022-03-06,제주,1") + QStringLiteral(",0").repeated(12) + QStringLiteral(",5,7") + QStringLiteral(",0").repeated(10) + u'\n';
        auto ok = KpxHourlySeries::parse(curtailment.toUtf8());
        QVERIFY2(ok.ok(), qPrintable(ok.error().toString()));
        QCOMPARE(ok.value().points().at(12).value, 5.0);
        QCOMPARE(ok.value().points().at(12).hour, 12);
    }

    void statisticsByHand()
    {
        // Two January days and one in July: hand-computed means and totals.
        QList<KpxHourlyPoint> pts;
        for (int h = 0; h < 24; ++h) {
            pts << KpxHourlyPoint{QDate(2025, 1, 6), h, double(h), false};
            pts << KpxHourlyPoint{QDate(2025, 1, 7), h, double(h) + 2.0, false};
            pts << KpxHourlyPoint{QDate(2025, 7, 1), h, 10.0, false};
        }
        pts << KpxHourlyPoint{QDate(2025, 7, 2), 5, std::nan(""), true};
        const auto p = Stats::meanDailyProfileByMonth(pts);
        QCOMPARE(p.mean[0][0], 1.0);
        QCOMPARE(p.mean[0][23], 24.0);
        QCOMPARE(p.mean[6][5], 10.0);
        QCOMPARE(p.days[0], 2);
        QCOMPARE(p.days[6], 1); // the flagged-only day adds nothing
        QVERIFY(std::isnan(p.mean[3][0]));
        // January: Σh + Σ(h+2) = 276 + 324 = 600; July: 240.
        const auto months = Stats::monthlyTotals(pts);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).sum, 600.0);
        QCOMPARE(months.at(0).hours, 48);
        QCOMPARE(months.at(1).month, 7);
        const auto seasons = Stats::seasonalTotals(pts);
        QCOMPARE(seasons[size_t(Stats::Season::Winter)], 600.0);
        QCOMPARE(seasons[size_t(Stats::Season::Summer)], 240.0);
        QCOMPARE(Stats::seasonOf(12), Stats::Season::Winter);
        QCOMPARE(Stats::seasonOf(3), Stats::Season::Spring);
        QCOMPARE(Stats::seasonOf(11), Stats::Season::Autumn);
        const auto sum = Stats::summarize(pts);
        QCOMPARE(sum.sum, 840.0);
        QCOMPARE(sum.max, 25.0);
        QCOMPARE(sum.maxAt.date, QDate(2025, 1, 7));
        QCOMPARE(sum.hours, 72);
        QCOMPARE(Stats::activeDays(pts), 4);
    }
};

QTEST_GUILESS_MAIN(TestKpxHourlySeries)
#include "tst_kpxhourlyseries.moc"
