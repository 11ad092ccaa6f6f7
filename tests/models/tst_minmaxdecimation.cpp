// SPDX-License-Identifier: MIT
// decimateMinMax() against a brute-force reference written here: for every pixel column the
// lowest and highest value among the input points in it (found by scanning all points and
// testing column membership by the column's edges), the neighbours just outside the range, and
// nothing else. Series: a week of minutes with single-minute spikes, gaps, NaN values, a range
// that cuts the series or lies beside it, degenerate inputs.
#include "minmaxdecimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using et::models::decimateMinMax;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinute = 60000.0;

/// A random walk of `n` points one minute apart from t = 0, a 20× spike every `spikeEvery` points
/// (one minute long, the peaks a naive every-n-th sample loses), a NaN value every `nanEvery`
/// points and a hole of 90 minutes (no points at all) every `gapEvery` points (0 = none).
QList<QPointF> makeSeries(int n, quint32 seed, int spikeEvery, int nanEvery, int gapEvery)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    double y = 500.0;
    for (int i = 0; i < n; ++i) {
        if (gapEvery > 0 && i % gapEvery >= gapEvery - 90)
            continue;
        y += rng.bounded(20.0) - 10.0;
        double value = y;
        if (spikeEvery > 0 && i % spikeEvery == spikeEvery / 2)
            value = (i / spikeEvery) % 2 ? y * 20.0 : -y * 20.0; // a peak, then a dip
        if (nanEvery > 0 && i % nanEvery == nanEvery - 1)
            value = kNaN;
        points.append(QPointF(i * kMinute, value));
    }
    return points;
}

struct ColumnExtremes
{
    std::optional<double> low, high;
};

/// Brute force: every column's lowest and highest finite value, a point belonging to column c
/// when from + c·w ≤ x < from + (c+1)·w (the last column also takes x = to).
QList<ColumnExtremes> referenceExtremes(const QList<QPointF> &points, double from, double to, int columns)
{
    QList<ColumnExtremes> out(columns);
    const double w = (to - from) / columns;
    for (int c = 0; c < columns; ++c) {
        const double left = from + c * w;
        const double right = c == columns - 1 ? to : from + (c + 1) * w;
        for (const QPointF &p : points) {
            const bool inside = p.x() >= left && (p.x() < right || (c == columns - 1 && p.x() == to));
            if (!inside || !std::isfinite(p.y()))
                continue;
            if (!out[c].low || p.y() < *out[c].low)
                out[c].low = p.y();
            if (!out[c].high || p.y() > *out[c].high)
                out[c].high = p.y();
        }
    }
    return out;
}

/// The column of x by the same edges as referenceExtremes().
int columnOf(double x, double from, double to, int columns)
{
    const double w = (to - from) / columns;
    for (int c = 0; c < columns - 1; ++c) {
        if (x < from + (c + 1) * w)
            return c;
    }
    return columns - 1;
}
} // namespace

class TestMinMaxDecimation : public QObject
{
    Q_OBJECT
private slots:
    void keepsEveryColumnsExtremes_data();
    void keepsEveryColumnsExtremes();
    void spikesSurviveAWeekOnFewPixels();
    void oneSideKeepsThatExtremeOnly();
    void degenerateInput();
    void fewPointsPassThrough();
    void gapsAtTheEdgesAreSkippedForTheJoin();
    void flatRunsKeepTheirEnds();
    void flatRunsDrawTheSameLine();
};

void TestMinMaxDecimation::keepsEveryColumnsExtremes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("spikeEvery");
    QTest::addColumn<int>("nanEvery");
    QTest::addColumn<int>("gapEvery");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("columns");
    const double week = 10080 * kMinute;
    // A week of minutes on a 300-pixel chart, whole and cut.
    QTest::newRow("week, whole") << 10080 << 97 << 0 << 0 << 0.0 << week << 300;
    QTest::newRow("week, cut at both ends") << 10080 << 97 << 0 << 0 << 1234.5 * kMinute << 8000.25 * kMinute << 300;
    QTest::newRow("range starts before the series") << 2000 << 50 << 0 << 0 << -500 * kMinute << 1500 * kMinute << 120;
    QTest::newRow("range ends after the series") << 2000 << 50 << 0 << 0 << 300 * kMinute << 4000 * kMinute << 120;
    QTest::newRow("NaN values") << 5000 << 70 << 7 << 0 << 0.0 << 5000 * kMinute << 200;
    QTest::newRow("holes in time") << 5000 << 70 << 0 << 600 << 0.0 << 5000 * kMinute << 200;
    QTest::newRow("NaN and holes, cut") << 5000 << 70 << 11 << 700 << 777 * kMinute << 3333 * kMinute << 97;
    // More columns than points: most columns are empty, each point is its column's min and max.
    QTest::newRow("more pixels than points") << 300 << 0 << 0 << 0 << 0.0 << 300 * kMinute << 1000;
    QTest::newRow("one column") << 1000 << 100 << 0 << 0 << 100 * kMinute << 900 * kMinute << 1;
}

void TestMinMaxDecimation::keepsEveryColumnsExtremes()
{
    QFETCH(int, n);
    QFETCH(int, spikeEvery);
    QFETCH(int, nanEvery);
    QFETCH(int, gapEvery);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, columns);
    const QList<QPointF> input = makeSeries(n, 42, spikeEvery, nanEvery, gapEvery);
    const QList<QPointF> out = decimateMinMax(input, from, to, columns);

    QVERIFY2(out.size() <= 2 * columns + 2, qPrintable(QString::number(out.size())));

    // Every output point is an input point with a value, in the input's order, none twice.
    qsizetype cursor = 0;
    for (const QPointF &p : out) {
        QVERIFY(std::isfinite(p.y()));
        while (cursor < input.size() && input[cursor].x() != p.x())
            ++cursor;
        QVERIFY2(cursor < input.size(), "a point that is not in the input, or out of order");
        QCOMPARE(input[cursor].y(), p.y());
        ++cursor;
    }

    // The join points: the last valued point before the range and the first after it.
    std::optional<QPointF> before, after;
    for (const QPointF &p : input) {
        if (std::isfinite(p.y()) && p.x() < from)
            before = p;
        if (std::isfinite(p.y()) && p.x() > to && !after)
            after = p;
    }
    QList<QPointF> inside = out;
    if (before) {
        QVERIFY(!out.isEmpty());
        QCOMPARE(out.constFirst(), *before);
        inside.removeFirst();
    }
    if (after) {
        QVERIFY(!inside.isEmpty());
        QCOMPARE(inside.constLast(), *after);
        inside.removeLast();
    }

    // Per column: exactly the brute-force extremes, and nothing else.
    const QList<ColumnExtremes> expected = referenceExtremes(input, from, to, columns);
    QList<QList<double>> got(columns);
    for (const QPointF &p : std::as_const(inside)) {
        QVERIFY(p.x() >= from && p.x() <= to);
        got[columnOf(p.x(), from, to, columns)].append(p.y());
    }
    for (int c = 0; c < columns; ++c) {
        const QString where = QStringLiteral("column %1").arg(c);
        if (!expected[c].high) {
            QVERIFY2(got[c].isEmpty(), qPrintable(where));
            continue;
        }
        QVERIFY2(!got[c].isEmpty() && got[c].size() <= 2, qPrintable(where));
        QCOMPARE(*std::min_element(got[c].cbegin(), got[c].cend()), *expected[c].low);
        QCOMPARE(*std::max_element(got[c].cbegin(), got[c].cend()), *expected[c].high);
        if (*expected[c].low != *expected[c].high)
            QCOMPARE(got[c].size(), 2);
    }
}

void TestMinMaxDecimation::oneSideKeepsThatExtremeOnly()
{
    // For an area's edge: one point a column, the brute force's highest (or lowest), in order.
    const QList<QPointF> input = makeSeries(5000, 7, 70, 11, 700);
    const double from = 777 * kMinute, to = 3333 * kMinute;
    const int columns = 97;
    const QList<ColumnExtremes> expected = referenceExtremes(input, from, to, columns);
    for (const auto keep : {et::models::ColumnExtremes::Highest, et::models::ColumnExtremes::Lowest}) {
        QList<QPointF> inside = decimateMinMax(input, from, to, columns, keep);
        QVERIFY(inside.size() >= 2);
        QVERIFY(inside.constFirst().x() < from && inside.constLast().x() > to); // the joins, as before
        inside.removeFirst();
        inside.removeLast();
        QList<QList<double>> got(columns);
        double lastX = -1;
        for (const QPointF &p : std::as_const(inside)) {
            QVERIFY(p.x() > lastX);
            lastX = p.x();
            got[columnOf(p.x(), from, to, columns)].append(p.y());
        }
        for (int c = 0; c < columns; ++c) {
            const auto want = keep == et::models::ColumnExtremes::Highest ? expected[c].high : expected[c].low;
            if (!want) {
                QVERIFY(got[c].isEmpty());
                continue;
            }
            QCOMPARE(got[c].size(), 1);
            QCOMPARE(got[c].constFirst(), *want);
        }
    }
}

void TestMinMaxDecimation::spikesSurviveAWeekOnFewPixels()
{
    // One minute at 10,000 MW in a week of 500 MW, drawn 200 pixels wide: still the maximum.
    QList<QPointF> week;
    for (int i = 0; i < 10080; ++i)
        week.append(QPointF(i * kMinute, i == 6001 ? 10000.0 : 500.0 + (i % 3)));
    const QList<QPointF> out = decimateMinMax(week, 0, 10079 * kMinute, 200);
    QVERIFY(out.contains(QPointF(6001 * kMinute, 10000.0)));
    QVERIFY(out.size() <= 402);
}

void TestMinMaxDecimation::degenerateInput()
{
    const QList<QPointF> some{{0, 1}, {1, 2}, {2, 3}};
    QVERIFY(decimateMinMax({}, 0, 10, 100).isEmpty());
    QVERIFY(decimateMinMax(some, 0, 10, 0).isEmpty());
    QVERIFY(decimateMinMax(some, 0, 10, -3).isEmpty());
    QVERIFY(decimateMinMax(some, 10, 0, 100).isEmpty());  // reversed range
    QVERIFY(decimateMinMax(some, 5, 5, 100).isEmpty());   // empty range
    QVERIFY(decimateMinMax(some, kNaN, 10, 100).isEmpty());
    QVERIFY(decimateMinMax(some, 0, std::numeric_limits<double>::infinity(), 100).isEmpty());
    const QList<QPointF> allNaN{{0, kNaN}, {1, kNaN}};
    QVERIFY(decimateMinMax(allNaN, 0, 1, 10).isEmpty());
    // Entirely beside the range: only the one point that joins the line to the range's edge.
    QCOMPARE(decimateMinMax(some, 10, 20, 5), (QList<QPointF>{{2, 3}}));
    QCOMPARE(decimateMinMax(some, -20, -10, 5), (QList<QPointF>{{0, 1}}));
}

void TestMinMaxDecimation::fewPointsPassThrough()
{
    const QList<QPointF> few{{0, 5}, {10, 1}, {20, 7}, {30, 2}};
    QCOMPARE(decimateMinMax(few, 0, 30, 100), few);
}

void TestMinMaxDecimation::gapsAtTheEdgesAreSkippedForTheJoin()
{
    // The join points must have values: NaNs next to the range are stepped over.
    const QList<QPointF> points{{0, 4}, {1, kNaN}, {2, kNaN}, {5, 6}, {8, kNaN}, {9, 3}};
    QCOMPARE(decimateMinMax(points, 3, 7, 4), (QList<QPointF>{{0, 4}, {5, 6}, {9, 3}}));
}

void TestMinMaxDecimation::flatRunsKeepTheirEnds()
{
    using et::models::dropFlatRuns;
    QCOMPARE(dropFlatRuns({}), QList<QPointF>{});
    QCOMPARE(dropFlatRuns({{0, 1}, {1, 1}}), (QList<QPointF>{{0, 1}, {1, 1}}));
    QCOMPARE(dropFlatRuns({{0, 0}, {1, 0}, {2, 0}, {3, 0}}), (QList<QPointF>{{0, 0}, {3, 0}}));
    // A zero line with one peak: the peak and the ends of both flat stretches stay.
    QCOMPARE(dropFlatRuns({{0, 0}, {1, 0}, {2, 0}, {3, 9}, {4, 0}, {5, 0}, {6, 0}}),
             (QList<QPointF>{{0, 0}, {2, 0}, {3, 9}, {4, 0}, {6, 0}}));
    // NaN is never equal to itself: a gap is not a run.
    const QList<QPointF> gaps{{0, kNaN}, {1, kNaN}, {2, kNaN}};
    QCOMPARE(dropFlatRuns(gaps).size(), 3);
}

void TestMinMaxDecimation::flatRunsDrawTheSameLine()
{
    // A series that sits on a few levels for random stretches, as curtailment and trucks do.
    QRandomGenerator rng(7);
    QList<QPointF> input;
    for (int i = 0; i < 5000; ++i) {
        static constexpr double kLevels[] = {0.0, 0.0, 0.0, 12.5, 40.0};
        const double y = (i == 0 || rng.bounded(10) == 0) ? kLevels[rng.bounded(5)] : input.constLast().y();
        input.append(QPointF(i * kMinute, y));
    }
    const QList<QPointF> out = et::models::dropFlatRuns(input);
    QVERIFY(out.size() < input.size() / 3);
    QCOMPARE(out.constFirst(), input.constFirst());
    QCOMPARE(out.constLast(), input.constLast());
    // Every point of the input lies on the line through the kept points (a left-out point lies
    // between two kept points of its own value), and the kept points are the input's, in order.
    qsizetype k = 0;
    for (const QPointF &p : input) {
        while (k + 1 < out.size() && out[k + 1].x() <= p.x())
            ++k;
        if (out[k] == p)
            continue;
        QVERIFY2(k + 1 < out.size(), "a point after the last kept one");
        QCOMPARE(out[k].y(), p.y());
        QCOMPARE(out[k + 1].y(), p.y());
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        QVERIFY(input.contains(out[i]));
        if (i > 0)
            QVERIFY(out[i - 1].x() < out[i].x());
        if (i > 0 && i + 1 < out.size())
            QVERIFY(!(out[i - 1].y() == out[i].y() && out[i + 1].y() == out[i].y()));
    }
}

QTEST_GUILESS_MAIN(TestMinMaxDecimation)
#include "tst_minmaxdecimation.moc"
