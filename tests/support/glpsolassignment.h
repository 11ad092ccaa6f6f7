// SPDX-License-Identifier: MIT
#pragma once
// An assignment problem solved by GLPK's glpsol as a linear program (header only, needs
// et_domain): the independent reference of the assignment tests and bench_dispatch.

#include "domain/dispatch/costmatrix.h"
#include "domain/dispatch/rectangularassignment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace et::test {

/// The assignment of a cost matrix as an LP in CPLEX LP format, solved by `glpsol` (Debian
/// package glpk-utils, installed by scripts/install-deps.sh): one variable x_r_c ≥ 0 per allowed
/// pair (an infinite cost leaves the pair out), each element of the smaller side in exactly one
/// pair (both sides when square), each of the larger side in at most one. The constraint matrix
/// of bipartite matching is totally unimodular, so the simplex optimum is the integer optimum.
class GlpsolAssignment
{
public:
    using Objective = domain::dispatch::RectangularAssignment::Objective;

    struct Answer
    {
        bool feasible = false;
        double objective = 0.0;     ///< from glpsol's solution file, printed to full precision
        double cpuMs = 0.0;         ///< glpsol's user + system CPU time: reading the LP and solving
        double wallMs = 0.0;
        double reportedSeconds = -1.0; ///< glpsol's own "Time used" (solving only, 0.1 s steps)
    };

    /// The glpsol on PATH, or empty.
    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("glpsol")); }

    static QByteArray lpText(const domain::dispatch::CostMatrix &costs, Objective objective)
    {
        const bool rowsExact = costs.rows() <= costs.columns();
        const bool columnsExact = costs.columns() <= costs.rows();
        const auto name = [](qsizetype r, qsizetype c) { return "x_" + QByteArray::number(r) + '_' + QByteArray::number(c); };
        QByteArray lp = "\\ rectangular assignment, " + QByteArray::number(costs.rows()) + " x " + QByteArray::number(costs.columns()) + '\n';
        lp += objective == Objective::Maximise ? "Maximize\n obj:" : "Minimize\n obj:";
        QList<QList<qsizetype>> byColumn(costs.columns());
        QList<QList<qsizetype>> byRow(costs.rows());
        int onLine = 0;
        for (qsizetype r = 0; r < costs.rows(); ++r) {
            for (qsizetype c = 0; c < costs.columns(); ++c) {
                const double cost = costs.at(r, c);
                if (!std::isfinite(cost))
                    continue;
                byRow[r] << c;
                byColumn[c] << r;
                lp += (cost < 0 ? " - " : " + ") + QByteArray::number(std::abs(cost), 'g', 17) + ' ' + name(r, c);
                if (++onLine % 8 == 0)
                    lp += "\n ";
            }
        }
        // A constraint needs a term: a line with no allowed pair gets the variable `none`, fixed at 0.
        bool needsNone = false;
        const auto constraint = [&](const QByteArray &label, const QList<QByteArray> &terms, const char *sense) {
            lp += ' ' + label + ':';
            for (qsizetype k = 0; k < terms.size(); ++k)
                lp += (k % 16 == 15 ? "\n + " : " + ") + terms.at(k);
            if (terms.isEmpty()) {
                lp += " none";
                needsNone = true;
            }
            lp += sense;
        };
        lp += "\nSubject To\n";
        for (qsizetype r = 0; r < costs.rows(); ++r) {
            QList<QByteArray> terms;
            for (qsizetype c : byRow.at(r))
                terms << name(r, c);
            constraint("r" + QByteArray::number(r), terms, rowsExact ? " = 1\n" : " <= 1\n");
        }
        for (qsizetype c = 0; c < costs.columns(); ++c) {
            QList<QByteArray> terms;
            for (qsizetype r : byColumn.at(c))
                terms << name(r, c);
            constraint("c" + QByteArray::number(c), terms, columnsExact ? " = 1\n" : " <= 1\n");
        }
        if (needsNone)
            lp += "Bounds\n none = 0\n";
        lp += "End\n";
        return lp;
    }

    /// Writes the LP to a temporary folder, runs glpsol on it and reads its answer. An error when
    /// glpsol is missing, fails, or ends neither optimal nor infeasible.
    static domain::Result<Answer> solve(const domain::dispatch::CostMatrix &costs, Objective objective, int timeoutMs = 600000)
    {
        const QString glpsol = program();
        if (glpsol.isEmpty())
            return domain::Error{{}, QStringLiteral("glpsol (GLPK) is not on PATH: run scripts/install-deps.sh, which installs glpk-utils")};
        QTemporaryDir dir;
        QFile lp(dir.filePath(QStringLiteral("assignment.lp")));
        if (!dir.isValid() || !lp.open(QIODevice::WriteOnly) || lp.write(lpText(costs, objective)) < 0 || !lp.flush())
            return domain::Error{lp.fileName(), QStringLiteral("cannot write the LP: %1").arg(lp.errorString())};
        lp.close();
        const QString solutionPath = dir.filePath(QStringLiteral("assignment.sol"));

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        Answer answer;
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer wall;
        wall.start();
        process.start(glpsol, {QStringLiteral("--lp"), lp.fileName(), QStringLiteral("-w"), solutionPath});
        if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            return domain::Error{glpsol, QStringLiteral("did not finish within %1 ms: %2").arg(timeoutMs).arg(process.errorString())};
        }
        answer.wallMs = double(wall.nsecsElapsed()) / 1e6;
        answer.cpuMs = childrenCpuMs() - cpuBefore;
        const QString log = QString::fromUtf8(process.readAll());
        if (process.exitCode() != 0)
            return domain::Error{glpsol, QStringLiteral("exited with %1: %2").arg(process.exitCode()).arg(log.right(600))};

        const auto used = QRegularExpression(QStringLiteral("Time used:\\s+([0-9.]+) secs")).match(log);
        if (used.hasMatch())
            answer.reportedSeconds = used.captured(1).toDouble();
        if (log.contains(QLatin1String("NO PRIMAL FEASIBLE SOLUTION")))
            return answer;
        QFile solution(solutionPath);
        if (!log.contains(QLatin1String("OPTIMAL LP SOLUTION FOUND")) || !solution.open(QIODevice::ReadOnly))
            return domain::Error{glpsol, QStringLiteral("found no optimal solution: %1").arg(log.right(600))};
        // GLPK's plain solution format: "s bas ROWS COLUMNS PRIMAL DUAL OBJECTIVE", f = feasible.
        const auto status = QRegularExpression(QStringLiteral("^s bas \\d+ \\d+ (\\w) (\\w) (\\S+)$"), QRegularExpression::MultilineOption)
                                .match(QString::fromUtf8(solution.readAll()));
        bool ok = false;
        answer.objective = status.captured(3).toDouble(&ok);
        if (!status.hasMatch() || status.captured(1) != u"f" || status.captured(2) != u"f" || !ok)
            return domain::Error{solutionPath, QStringLiteral("has no optimal basic solution line (\"s bas … f f OBJECTIVE\")")};
        answer.feasible = true;
        return answer;
    }

private:
    // The children's CPU time is a POSIX notion; elsewhere cpuMs stays 0 (only bench_dispatch,
    // a Linux benchmark, reads it).
    static double childrenCpuMs()
    {
#ifndef Q_OS_UNIX
        return 0.0;
#else
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
#endif
    }
};

} // namespace et::test
