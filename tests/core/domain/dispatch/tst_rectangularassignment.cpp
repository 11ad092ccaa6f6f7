// SPDX-License-Identifier: MIT
// RectangularAssignment against references it does not compute itself: OR-Library's assign100
// (published optimum 305), scipy's small cases (ET_SHARED_DATA_DIR/reference/
// assignment-small-cases.txt, read from the file), an exhaustive search written here for every
// shape up to 8 × 8, and GLPK's glpsol solving the same instances as linear programs. Every
// solution is also checked for what it claims: distinct columns, no forbidden pair, the cost
// it reports and its dual certificate.
#include "domain/dispatch/rectangularassignment.h"
#include "glpsolassignment.h"
#include "orlibraryassignment.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

using namespace et::domain::dispatch;
using Objective = RectangularAssignment::Objective;
using et::test::GlpsolAssignment;
using et::test::OrLibraryAssignment;

Q_DECLARE_METATYPE(CostMatrix)
Q_DECLARE_METATYPE(Objective)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// The infinity that forbids a pair: +inf when minimising, −inf when maximising.
double forbidden(Objective objective) { return objective == Objective::Minimise ? kInf : -kInf; }

/// Why `s` is not a valid optimal assignment of `m` by its own certificate; empty when it is.
QString certificateProblem(const CostMatrix &m, const RectangularAssignment::Solution &s, Objective objective)
{
    if (s.columnOfRow.size() != m.rows() || s.rowOfColumn.size() != m.columns() || s.rowDuals.size() != m.rows()
        || s.columnDuals.size() != m.columns())
        return QStringLiteral("sizes do not match the matrix");
    const double sense = objective == Objective::Minimise ? 1.0 : -1.0;
    double scale = 1.0;
    double sum = 0.0;
    qsizetype assigned = 0;
    for (qsizetype r = 0; r < m.rows(); ++r) {
        const qsizetype c = s.columnOfRow.at(r);
        if (c < 0)
            continue;
        if (c >= m.columns() || s.rowOfColumn.at(c) != r)
            return QStringLiteral("row %1 and column %2 do not point at each other").arg(r).arg(c);
        if (!std::isfinite(m.at(r, c)))
            return QStringLiteral("row %1 takes the forbidden column %2").arg(r).arg(c);
        sum += m.at(r, c);
        scale = std::max(scale, std::abs(m.at(r, c)));
        ++assigned;
    }
    for (qsizetype c = 0; c < m.columns(); ++c) {
        if (s.rowOfColumn.at(c) >= 0 && s.columnOfRow.value(s.rowOfColumn.at(c)) != c)
            return QStringLiteral("column %1 points at row %2, which does not point back").arg(c).arg(s.rowOfColumn.at(c));
    }
    if (assigned != std::min(m.rows(), m.columns()))
        return QStringLiteral("%1 pairs for a %2 × %3 matrix").arg(assigned).arg(m.rows()).arg(m.columns());
    const double tolerance = 1e-9 * scale * double(std::max<qsizetype>(1, assigned));
    if (std::abs(sum - s.cost) > tolerance)
        return QStringLiteral("cost %1, its pairs add up to %2").arg(s.cost, 0, 'g', 17).arg(sum, 0, 'g', 17);
    // Weak duality: duals with c ≥ u + v on every allowed pair (sense-adjusted) and ≤ 0 on the
    // side that may stay unassigned bound every assignment's cost; equal to `cost`, they prove it optimal.
    double dualSum = 0.0;
    for (qsizetype r = 0; r < m.rows(); ++r)
        dualSum += s.rowDuals.at(r);
    for (qsizetype c = 0; c < m.columns(); ++c)
        dualSum += s.columnDuals.at(c);
    if (std::abs(dualSum - s.cost) > tolerance)
        return QStringLiteral("duals add up to %1, cost %2").arg(dualSum, 0, 'g', 17).arg(s.cost, 0, 'g', 17);
    const bool rowsMayStayFree = m.rows() > m.columns();
    const QList<double> &largerSide = rowsMayStayFree ? s.rowDuals : s.columnDuals;
    const QList<qsizetype> &largerSideMatch = rowsMayStayFree ? s.columnOfRow : s.rowOfColumn;
    for (qsizetype k = 0; k < largerSide.size(); ++k) {
        if (sense * largerSide.at(k) > tolerance || (largerSideMatch.at(k) < 0 && largerSide.at(k) != 0.0))
            return QStringLiteral("dual %1 of the larger side is %2").arg(k).arg(largerSide.at(k));
    }
    for (qsizetype r = 0; r < m.rows(); ++r) {
        for (qsizetype c = 0; c < m.columns(); ++c) {
            if (!std::isfinite(m.at(r, c)))
                continue;
            const double slack = sense * (m.at(r, c) - s.rowDuals.at(r) - s.columnDuals.at(c));
            if (slack < -tolerance || (s.columnOfRow.at(r) == c && std::abs(slack) > tolerance))
                return QStringLiteral("reduced cost %1 at [%2][%3]").arg(slack).arg(r).arg(c);
        }
    }
    return {};
}

/// The optimum by trying every assignment of the smaller side, or nothing when none exists.
std::optional<double> exhaustiveOptimum(const CostMatrix &m, Objective objective)
{
    const bool byRow = m.rows() <= m.columns();
    const qsizetype small = byRow ? m.rows() : m.columns();
    const qsizetype large = byRow ? m.columns() : m.rows();
    const auto cost = [&](qsizetype s, qsizetype l) { return byRow ? m.at(s, l) : m.at(l, s); };
    std::optional<double> best;
    std::vector<char> taken(size_t(large), 0);
    const auto search = [&](auto &&self, qsizetype s, double sum) -> void {
        if (s == small) {
            if (!best || (objective == Objective::Minimise ? sum < *best : sum > *best))
                best = sum;
            return;
        }
        for (qsizetype l = 0; l < large; ++l) {
            if (!taken[size_t(l)] && std::isfinite(cost(s, l))) {
                taken[size_t(l)] = 1;
                self(self, s + 1, sum + cost(s, l));
                taken[size_t(l)] = 0;
            }
        }
    };
    search(search, 0, 0.0);
    return best;
}

/// rows × columns integer costs in [low, high), each pair forbidden with probability `forbiddenShare`.
CostMatrix randomCosts(QRandomGenerator &rng, qsizetype rows, qsizetype columns, int low, int high, double forbiddenShare,
                       Objective objective = Objective::Minimise)
{
    CostMatrix m(rows, columns);
    for (qsizetype r = 0; r < rows; ++r)
        for (qsizetype c = 0; c < columns; ++c)
            m.set(r, c, rng.generateDouble() < forbiddenShare ? forbidden(objective) : double(rng.bounded(low, high)));
    return m;
}

/// "[[10,inf,3],[1,2,3]]" → rows of numbers ("inf" and "-inf" as infinities).
QList<QList<double>> parseMatrix(QString text)
{
    QList<QList<double>> rows;
    text.remove(u' ');
    if (!text.startsWith(QLatin1String("[[")) || !text.endsWith(QLatin1String("]]")))
        return rows;
    for (const QString &row : text.mid(2, text.size() - 4).split(QLatin1String("],["))) {
        QList<double> values;
        for (const QString &v : row.split(u','))
            values << (v == u"inf" ? kInf : v == u"-inf" ? -kInf : v.toDouble());
        rows << values;
    }
    return rows;
}

CostMatrix matrix(const QList<QList<double>> &rows)
{
    auto m = CostMatrix::fromRows(rows);
    if (!m)
        qFatal("bad test matrix: %s", qPrintable(m.error().toString()));
    return m.value();
}

CostMatrix scaled(const CostMatrix &m, double sign)
{
    CostMatrix out(m.rows(), m.columns());
    for (qsizetype r = 0; r < m.rows(); ++r)
        for (qsizetype c = 0; c < m.columns(); ++c)
            out.set(r, c, sign * m.at(r, c));
    return out;
}

} // namespace

class TestRectangularAssignment : public QObject
{
    Q_OBJECT

private slots:
    void orLibraryAssign100()
    {
        const auto costs = OrLibraryAssignment::read(QStringLiteral(ET_SHARED_DATA_DIR "/reference/assign100.txt"));
        QVERIFY2(costs.ok(), qPrintable(costs.error().toString()));
        QCOMPARE(costs.value().rows(), qsizetype(100));
        const auto s = RectangularAssignment::solve(costs.value());
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QVERIFY2(s.value().cost == 305.0, qPrintable(QString::number(s.value().cost, 'g', 17))); // Beasley's published optimum
        const QString problem = certificateProblem(costs.value(), s.value(), Objective::Minimise);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void scipyCases_data()
    {
        QTest::addColumn<CostMatrix>("costs");
        QTest::addColumn<QList<double>>("expectedRowCosts");
        QFile file(QStringLiteral(ET_SHARED_DATA_DIR "/reference/assignment-small-cases.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QRegularExpression line(QStringLiteral("^(\\d+)\\)\\s+(\\[\\[.*\\]\\])\\s+->\\s+\\[([^\\]]*)\\]"));
        int cases = 0;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const auto m = line.match(QString::fromUtf8(raw));
            if (!m.hasMatch())
                continue;
            QList<double> expected;
            for (const QString &v : m.captured(3).split(u','))
                expected << v.trimmed().toDouble();
            QTest::newRow(qPrintable(QStringLiteral("case %1").arg(m.captured(1)))) << matrix(parseMatrix(m.captured(2))) << expected;
            ++cases;
        }
        QCOMPARE(cases, 5);
    }

    /// As scipy runs them: each case minimised, then negated and maximised (where −inf forbids),
    /// each also transposed (the per-row costs then compared as a sorted list).
    void scipyCases()
    {
        QFETCH(CostMatrix, costs);
        QFETCH(QList<double>, expectedRowCosts);
        for (const double sign : {1.0, -1.0}) {
            const Objective objective = sign > 0 ? Objective::Minimise : Objective::Maximise;
            const CostMatrix signedCosts = scaled(costs, sign);
            QList<double> expected;
            for (double v : expectedRowCosts)
                expected << sign * v;

            const auto s = RectangularAssignment::solve(signedCosts, objective);
            QVERIFY2(s.ok(), qPrintable(s.error().toString()));
            QList<double> got;
            for (qsizetype r = 0; r < signedCosts.rows(); ++r)
                got << signedCosts.at(r, s.value().columnOfRow.at(r));
            QCOMPARE(got, expected);
            QString problem = certificateProblem(signedCosts, s.value(), objective);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));

            const CostMatrix transposed = signedCosts.transposed();
            const auto t = RectangularAssignment::solve(transposed, objective);
            QVERIFY2(t.ok(), qPrintable(t.error().toString()));
            QList<double> gotTransposed;
            for (qsizetype r = 0; r < transposed.rows(); ++r) {
                if (t.value().columnOfRow.at(r) >= 0)
                    gotTransposed << transposed.at(r, t.value().columnOfRow.at(r));
            }
            std::sort(gotTransposed.begin(), gotTransposed.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(gotTransposed, expected);
            problem = certificateProblem(transposed, t.value(), objective);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void infeasible_data()
    {
        QTest::addColumn<CostMatrix>("costs");
        QTest::addColumn<QString>("named");
        // scipy: an all-inf column of a square matrix.
        QTest::newRow("all-inf column") << matrix({{kInf, 1, 2}, {kInf, 3, 4}, {kInf, 5, 6}}) << QStringLiteral("column 0 has no allowed row");
        QTest::newRow("all-inf row") << matrix({{1, 2, 3, 4}, {kInf, kInf, kInf, kInf}}) << QStringLiteral("row 1 has no allowed column");
        QTest::newRow("all-inf column, more rows") << matrix({{1, kInf}, {2, kInf}, {3, kInf}}) << QStringLiteral("column 1 has no allowed row");
        // Every row has an allowed column, but rows 1 and 3 share their only one (Hall's condition).
        QTest::newRow("two rows, one column") << matrix({{1, 2, 3, 4}, {kInf, 5, kInf, kInf}, {6, 7, 8, 9}, {kInf, 1, kInf, kInf}})
                                              << QStringLiteral("rows 1, 3 together allow only 1 column (1)");
        // More rows than columns: columns 0–2 allow only rows 0 and 1.
        QTest::newRow("three columns, two rows") << matrix({{1, 2, 3, 4}, {5, 6, 7, 8}, {kInf, kInf, kInf, 1}, {kInf, kInf, kInf, 2}, {kInf, kInf, kInf, 3}})
                                                 << QStringLiteral("columns 0, 1, 2 together allow only 2 rows (0, 1)");
    }

    void infeasible()
    {
        QFETCH(CostMatrix, costs);
        QFETCH(QString, named);
        for (const Objective objective : {Objective::Minimise, Objective::Maximise}) {
            const auto s = RectangularAssignment::solve(objective == Objective::Minimise ? costs : scaled(costs, -1.0), objective);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().message.contains(QLatin1String("infeasible")), qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
        }
    }

    void invalidValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<Objective>("objective");
        QTest::newRow("NaN, minimising") << std::nan("") << Objective::Minimise;
        QTest::newRow("NaN, maximising") << std::nan("") << Objective::Maximise;
        QTest::newRow("-inf, minimising") << -kInf << Objective::Minimise;
        QTest::newRow("+inf, maximising") << kInf << Objective::Maximise;
    }

    void invalidValues()
    {
        QFETCH(double, value);
        QFETCH(Objective, objective);
        CostMatrix m = matrix({{1, 2, 3}, {4, 5, 6}});
        m.set(1, 2, value);
        for (const CostMatrix &costs : {m, m.transposed()}) {
            const auto s = RectangularAssignment::solve(costs, objective);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().field, costs.rows() == 2 ? QStringLiteral("[1][2]") : QStringLiteral("[2][1]"));
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void emptyMatrix_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::newRow("0 × 0") << 0 << 0;
        QTest::newRow("2 × 0") << 2 << 0;
        QTest::newRow("0 × 3") << 0 << 3;
    }

    void emptyMatrix()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        const auto s = RectangularAssignment::solve(CostMatrix(rows, columns));
        QVERIFY2(s.ok(), qPrintable(s.error().toString()));
        QCOMPARE(s.value().cost, 0.0);
        QCOMPARE(s.value().columnOfRow, QList<qsizetype>(rows, -1));
        QCOMPARE(s.value().rowOfColumn, QList<qsizetype>(columns, -1));
    }

    void badShapes()
    {
        QVERIFY(!CostMatrix::fromRows({{1, 2}, {3}}).ok());
        QVERIFY(!CostMatrix::fromRowMajor(2, 3, {1, 2, 3, 4, 5}).ok());
        QVERIFY(!OrLibraryAssignment::parse("2\n1 2 3\n").ok());
        QVERIFY(!OrLibraryAssignment::parse("2\n1 2 x 4\n").ok());
    }

    /// Every shape from 1 × 1 to 8 × 8, dense and with forbidden pairs (often infeasible then),
    /// minimised and maximised, integer and fractional costs: the optimum and the verdict on
    /// feasibility are those of an exhaustive search.
    void againstExhaustiveSearch()
    {
        QRandomGenerator rng(16);
        int feasible = 0;
        int infeasible = 0;
        for (int rows = 1; rows <= 8; ++rows) {
            for (int columns = 1; columns <= 8; ++columns) {
                for (const double share : {0.0, 0.25, 0.6}) {
                    for (const Objective objective : {Objective::Minimise, Objective::Maximise}) {
                        CostMatrix m = randomCosts(rng, rows, columns, -20, 40, share, objective);
                        if (rng.bounded(2) == 1) { // fractional costs too
                            for (qsizetype r = 0; r < rows; ++r)
                                for (qsizetype c = 0; c < columns; ++c)
                                    m.set(r, c, m.at(r, c) * 0.37 + rng.generateDouble());
                        }
                        const QString what = QStringLiteral("%1 × %2, %3 forbidden, %4").arg(rows).arg(columns).arg(share)
                                                 .arg(objective == Objective::Minimise ? QStringLiteral("min") : QStringLiteral("max"));
                        const std::optional<double> best = exhaustiveOptimum(m, objective);
                        const auto s = RectangularAssignment::solve(m, objective);
                        QVERIFY2(s.ok() == best.has_value(), qPrintable(what + u' ' + s.error().toString()));
                        if (!best) {
                            QVERIFY2(s.error().message.contains(QLatin1String("infeasible")), qPrintable(s.error().message));
                            ++infeasible;
                            continue;
                        }
                        QVERIFY2(std::abs(s.value().cost - *best) <= 1e-9 * std::max(1.0, std::abs(*best)),
                                 qPrintable(QStringLiteral("%1: %2, exhaustive %3").arg(what).arg(s.value().cost, 0, 'g', 17).arg(*best, 0, 'g', 17)));
                        const QString problem = certificateProblem(m, s.value(), objective);
                        QVERIFY2(problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + problem));
                        ++feasible;
                    }
                }
            }
        }
        QVERIFY2(feasible > 200 && infeasible > 20, qPrintable(QStringLiteral("%1 feasible, %2 infeasible").arg(feasible).arg(infeasible)));
    }

    void againstGlpsol_data()
    {
        QTest::addColumn<CostMatrix>("costs");
        QTest::addColumn<Objective>("objective");
        QRandomGenerator rng(1987);
        QTest::newRow("12 × 30") << randomCosts(rng, 12, 30, 1, 100, 0.05) << Objective::Minimise;
        QTest::newRow("40 × 90") << randomCosts(rng, 40, 90, 1, 1000, 0.2) << Objective::Minimise;
        QTest::newRow("30 × 12") << randomCosts(rng, 30, 12, -50, 50, 0.3) << Objective::Minimise;
        QTest::newRow("25 × 25, sparse") << randomCosts(rng, 25, 25, 0, 100, 0.8) << Objective::Minimise;
        QTest::newRow("40 × 90, maximised") << randomCosts(rng, 40, 90, 1, 1000, 0.2, Objective::Maximise) << Objective::Maximise;
        // Rows 0–3 allow only columns 0–2: no complete assignment, though every row has a column.
        CostMatrix blocked = randomCosts(rng, 12, 30, 1, 100, 0.0);
        for (qsizetype r = 0; r < 4; ++r)
            for (qsizetype c = 3; c < 30; ++c)
                blocked.set(r, c, kInf);
        QTest::newRow("12 × 30, infeasible") << blocked << Objective::Minimise;
    }

    /// The same instance as an LP solved by GLPK: the optima agree exactly (integer costs), and
    /// so does the verdict on feasibility. glpsol is a declared dependency (install-deps.sh).
    void againstGlpsol()
    {
        QFETCH(CostMatrix, costs);
        QFETCH(Objective, objective);
        if (GlpsolAssignment::program().isEmpty())
            QFAIL("glpsol is not installed (Debian package glpk-utils): run scripts/install-deps.sh");
        const auto reference = GlpsolAssignment::solve(costs, objective);
        QVERIFY2(reference.ok(), qPrintable(reference.error().toString()));
        const auto s = RectangularAssignment::solve(costs, objective);
        QCOMPARE(s.ok(), reference.value().feasible);
        if (!s.ok()) {
            QVERIFY2(s.error().message.contains(QLatin1String("infeasible")), qPrintable(s.error().message));
            return;
        }
        QVERIFY2(s.value().cost == reference.value().objective,
                 qPrintable(QStringLiteral("%1, glpsol %2").arg(s.value().cost, 0, 'g', 17).arg(reference.value().objective, 0, 'g', 17)));
        const QString problem = certificateProblem(costs, s.value(), objective);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRectangularAssignment)
#include "tst_rectangularassignment.moc"
