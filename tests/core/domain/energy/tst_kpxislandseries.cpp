// SPDX-License-Identifier: MIT
// KpxIslandSeries on KPX's published Jeju files (shared/data/energy): the island at a minute is
// each file's value at the middle of its hour, interpolated between middles — checked against
// the files read here independently (energytestdata.h) —, the range is the generation series'
// days, the curtailment record counts where it covers the date; and every broken input (a day
// missing, an empty cell, a row cut short, a series that ends early, a negative amount, demand
// that does not cover the days) is an error naming the file and the line or the day.
#include "domain/energy/kpxislandseries.h"
#include "energytestdata.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace et::domain::energy;
using et::test::rawKpxHourly;

namespace {
const QString kSolar = QStringLiteral("kpx-jeju-2025/jeju_2025_solar_hourly_cp949.csv");
const QString kWind = QStringLiteral("kpx-jeju-2025/jeju_2025_wind_hourly_cp949.csv");
const QString kLng = QStringLiteral("kpx-jeju-2025/jeju_2025_lng_hourly_cp949.csv");
const QString kBio = QStringLiteral("kpx-jeju-2025/jeju_2025_bioheavyoil_hourly_utf8bom.csv");
const QString kDemand = QStringLiteral("kpx-jeju-2025/jeju_system_demand_2023-09_2026-06_cp949.csv");
const QString kCurtailment = QStringLiteral("kpx-jeju-curtailment/jeju_wind_curtailment_2021-2024_cp949.csv");

KpxIslandSeries::File file(const QString &relative)
{
    return {relative, et::test::sharedEnergyBytes(relative)};
}

KpxIslandSeries::Files realFiles()
{
    return {file(kDemand), file(kSolar), file(kWind), file(kLng), file(kBio), file(kCurtailment)};
}

QDateTime kst(QDate d, int h, int m)
{
    return QDateTime(d, QTime(h, m), QTimeZone(9 * 3600));
}

/// `bytes` without the line that starts with `prefix` (after a line break).
QByteArray withoutLine(const QByteArray &bytes, const QByteArray &prefix)
{
    const qsizetype at = bytes.indexOf("\n" + prefix);
    const qsizetype end = bytes.indexOf('\n', at + 1);
    return at < 0 ? bytes : bytes.left(at) + bytes.mid(end);
}

/// `bytes` with the `field`-th comma-separated field of the line starting with `prefix` replaced.
QByteArray withCell(const QByteArray &bytes, const QByteArray &prefix, int field, const QByteArray &value)
{
    const qsizetype at = bytes.indexOf("\n" + prefix) + 1;
    qsizetype end = bytes.indexOf('\n', at);
    if (bytes.at(end - 1) == '\r')
        --end;
    QList<QByteArray> fields = bytes.mid(at, end - at).split(',');
    fields[field] = value;
    return bytes.left(at) + fields.join(',') + bytes.mid(end);
}

/// `bytes` cut after the first `fields` fields of the line starting with `prefix`, as a copy
/// that stopped mid-file leaves it.
QByteArray cutInLine(const QByteArray &bytes, const QByteArray &prefix, int fields)
{
    const qsizetype at = bytes.indexOf("\n" + prefix) + 1;
    qsizetype end = at;
    for (int i = 0; i < fields; ++i)
        end = bytes.indexOf(',', end) + 1;
    return bytes.left(end - 1);
}

/// A small file of constant hours for the days given, in KPX's layout (UTF-8).
QByteArray constantDays(const QList<QDate> &days, double mw)
{
    QByteArray out = QStringLiteral("거래일").toUtf8();
    for (int h = 1; h <= 24; ++h)
        out += ',' + QStringLiteral("%1시").arg(h).toUtf8();
    out += "\r\n";
    for (const QDate &d : days) {
        out += d.toString(Qt::ISODate).toLatin1();
        for (int h = 0; h < 24; ++h)
            out += ',' + QByteArray::number(mw);
        out += "\r\n";
    }
    return out;
}

QString readError(const KpxIslandSeries::Files &files)
{
    auto r = KpxIslandSeries::read(files);
    return r.ok() ? QStringLiteral("(read)") : r.error().toString();
}
} // namespace

class TestKpxIslandSeries : public QObject
{
    Q_OBJECT

    KpxIslandSeries m_series;
    QMap<QDate, std::array<double, 24>> m_solar, m_wind, m_lng, m_bio, m_demand;

    /// The file's value for the minute `t` computed here: hour h's value sits at h:30.
    static double expectedAt(const QMap<QDate, std::array<double, 24>> &raw, const QDateTime &t)
    {
        const QDateTime k = t.toOffsetFromUtc(9 * 3600);
        const int minute = k.time().hour() * 60 + k.time().minute();
        QDate d = k.date();
        int h = (minute - 30) / 60;
        if (minute < 30) {
            d = d.addDays(-1);
            h = 23;
        }
        const double share = ((minute - 30 + 1440) % 60) / 60.0;
        const double v0 = raw.value(d)[size_t(h)];
        const double v1 = h == 23 ? raw.value(d.addDays(1))[0] : raw.value(d)[size_t(h + 1)];
        return v0 + (v1 - v0) * share;
    }

private slots:
    void initTestCase()
    {
        auto r = KpxIslandSeries::read(realFiles());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        m_series = r.value();
        m_solar = rawKpxHourly(kSolar);
        m_wind = rawKpxHourly(kWind);
        m_lng = rawKpxHourly(kLng);
        m_bio = rawKpxHourly(kBio);
        m_demand = rawKpxHourly(kDemand);
    }

    void theRangeIsTheGenerationSeriesDays()
    {
        QCOMPARE(m_series.firstDate(), QDate(2025, 1, 1));
        QCOMPARE(m_series.lastDate(), QDate(2025, 12, 31));
        QCOMPARE(m_series.firstMinute(), QDateTime(QDate(2024, 12, 31), QTime(15, 0), Qt::UTC));
        QCOMPARE(m_series.lastMinute(), QDateTime(QDate(2025, 12, 31), QTime(14, 59), Qt::UTC));
        QCOMPARE(m_series.rangeText(), QStringLiteral("2025-01-01T00:00+09:00 – 2025-12-31T23:59+09:00"));
        QVERIFY(m_series.covers(kst(QDate(2025, 4, 13), 0, 0)));
        QVERIFY(!m_series.covers(kst(QDate(2024, 12, 31), 23, 59)));
        QVERIFY(!m_series.covers(kst(QDate(2026, 1, 1), 0, 0)));
    }

    void aMinuteIsTheFilesValueInterpolated()
    {
        const QDate d(2025, 4, 13);
        // At the middle of an hour exactly the file's value; on the hour; between.
        for (const QDateTime &t : {kst(d, 12, 30), kst(d, 6, 30), kst(d, 13, 0), kst(d, 12, 47), kst(d, 0, 10), kst(d, 23, 59)}) {
            const KpxIslandTotals got = m_series.at(t);
            const QString at = t.toString(Qt::ISODate);
            QVERIFY2(std::abs(got.solarMw - expectedAt(m_solar, t)) < 1e-9, qPrintable(at));
            QVERIFY2(std::abs(got.windMw - expectedAt(m_wind, t)) < 1e-9, qPrintable(at));
            QVERIFY2(std::abs(got.lngMw - expectedAt(m_lng, t)) < 1e-9, qPrintable(at));
            QVERIFY2(std::abs(got.bioHeavyOilMw - expectedAt(m_bio, t)) < 1e-9, qPrintable(at));
            QVERIFY2(std::abs(got.demandMw - expectedAt(m_demand, t)) < 1e-9, qPrintable(at));
            QVERIFY(!got.curtailmentRecorded); // KPX's record ends 2024-05-30
            QCOMPARE(got.windCurtailedMw, 0.0);
        }
        QCOMPARE(m_series.at(kst(d, 12, 30)).solarMw, m_solar.value(d)[12]);
        QCOMPARE(m_series.at(kst(d, 12, 30)).demandMw, m_demand.value(d)[12]);
        // The first minute of the year: before the first middle the first hour's value (demand
        // too, although its file goes back to 2023: the replay's series are the same days).
        const KpxIslandTotals first = m_series.at(m_series.firstMinute());
        QCOMPARE(first.solarMw, m_solar.value(QDate(2025, 1, 1))[0]);
        QCOMPARE(first.demandMw, m_demand.value(QDate(2025, 1, 1))[0]);
        QCOMPARE(m_series.at(m_series.lastMinute()).lngMw, m_lng.value(QDate(2025, 12, 31))[23]);
    }

    void curtailmentCountsWhereTheRecordCoversTheDate()
    {
        // Generation and demand for two days of KPX's curtailment record's last week (made up,
        // constant): 2024-05-28 is a curtailment day, 2024-05-29 is not in the record.
        const QList<QDate> days{QDate(2024, 5, 28), QDate(2024, 5, 29)};
        KpxIslandSeries::Files files{{QStringLiteral("demand.csv"), constantDays(days, 600.0)},
                                     {QStringLiteral("solar.csv"), constantDays(days, 100.0)},
                                     {QStringLiteral("wind.csv"), constantDays(days, 20.0)},
                                     {QStringLiteral("lng.csv"), constantDays(days, 150.0)},
                                     {QStringLiteral("bio.csv"), constantDays(days, 140.0)},
                                     file(kCurtailment)};
        auto r = KpxIslandSeries::read(files);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        const auto record = rawKpxHourly(kCurtailment);
        QVERIFY(record.contains(days[0]) && !record.contains(days[1]));
        for (int h = 9; h <= 14; ++h) {
            const KpxIslandTotals t = r.value().at(kst(days[0], h, 30));
            QVERIFY(t.curtailmentRecorded);
            QCOMPARE(t.windCurtailedMw, record.value(days[0])[size_t(h)]);
        }
        QVERIFY(r.value().at(kst(days[0], 12, 30)).windCurtailedMw > 100.0);
        const KpxIslandTotals quiet = r.value().at(kst(days[1], 12, 30));
        QVERIFY(quiet.curtailmentRecorded);
        QCOMPARE(quiet.windCurtailedMw, 0.0);
        QCOMPARE(quiet.demandMw, 600.0);
        QCOMPARE(quiet.thermalMw(), 290.0);
        // Without the record nothing is known.
        files.windCurtailment.reset();
        QVERIFY(!KpxIslandSeries::read(files).value().at(kst(days[0], 12, 30)).curtailmentRecorded);
    }

    void brokenInputIsAnErrorNamingFileAndLine()
    {
        const auto broken = [](const QString &which, const QByteArray &bytes) {
            KpxIslandSeries::Files f = realFiles();
            for (KpxIslandSeries::File *x : {&f.demand, &f.solar, &f.wind, &f.lng, &f.bioHeavyOil, &*f.windCurtailment}) {
                if (x->name == which)
                    x->bytes = bytes;
            }
            return readError(f);
        };
        const QByteArray lng = et::test::sharedEnergyBytes(kLng);
        const QByteArray demand = et::test::sharedEnergyBytes(kDemand);
        struct Case
        {
            const char *what;
            QString file;
            QByteArray bytes;
            QString expected;
        };
        const Case cases[] = {
            {"a day missing", kLng, withoutLine(lng, "2025-03-02,"),
             kLng + QStringLiteral(": has no row for 2025-03-02 (a replay needs every day from 2025-01-01 to 2025-12-31)")},
            {"an empty cell", kLng, withCell(lng, "2025-04-13,", 5, {}),
             kLng + QStringLiteral(": line 104: 2025-04-13 5시 has no amount (an empty cell or a flag)")},
            {"a row cut short", kLng, cutInLine(lng, "2025-07-19,", 3),
             kLng + QStringLiteral(": line 201: 3 fields, the header needs 25 (a replay needs every row whole)")},
            {"a series that ends early", kLng, lng.left(lng.indexOf("\n2025-12-01,") + 1),
             kLng + QStringLiteral(": covers 2025-01-01 to 2025-11-30, the solar series 2025-01-01 to 2025-12-31: the generation series must cover the same days")},
            {"a negative amount", kLng, withCell(lng, "2025-04-13,", 3, "-5"),
             kLng + QStringLiteral(": line 104: 2025-04-13 3시 is -5, not a power in [0, 5000] MW")},
            {"a cell that is not a number", kDemand, withCell(demand, "2025-06-01,", 24, "x"),
             kDemand + QStringLiteral(": line 641: 24시: \"x\" is not a number (a replay needs every row whole)")},
            {"demand that stops before the generation", kDemand, demand.left(demand.indexOf("\n2025-10-01,") + 1),
             kDemand + QStringLiteral(": covers 2023-09-01 to 2025-09-30, not every day of the generation series (2025-01-01 to 2025-12-31)")},
            {"an empty file", kSolar, {}, kSolar + QStringLiteral(": the file is empty")},
            {"a header only", kWind, et::test::sharedEnergyBytes(kWind).left(et::test::sharedEnergyBytes(kWind).indexOf('\n') + 1),
             kWind + QStringLiteral(": has no rows of data")},
        };
        for (const Case &c : cases)
            QCOMPARE(broken(c.file, c.bytes), c.expected);
        // The curtailment record too, when it is given.
        const QByteArray record = et::test::sharedEnergyBytes(kCurtailment);
        const QString bad = broken(kCurtailment, withCell(record, "2024-05-28,", 14, "-1"));
        QVERIFY2(bad.startsWith(kCurtailment + QStringLiteral(": line ")) && bad.contains(QStringLiteral("2024-05-28 12시 is -1")), qPrintable(bad));
    }
};

QTEST_GUILESS_MAIN(TestKpxIslandSeries)
#include "tst_kpxislandseries.moc"
