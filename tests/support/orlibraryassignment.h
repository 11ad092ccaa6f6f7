// SPDX-License-Identifier: MIT
#pragma once
// OR-Library assignment instances (header only, needs et_domain), for the assignment tests and
// bench_dispatch.

#include "domain/dispatch/costmatrix.h"

#include <QFile>
#include <QList>

namespace et::test {

/// J. E. Beasley's OR-Library linear assignment files (assign100 … assign800): the number of
/// agents n, then the n × n costs agent by agent, all whitespace-separated, rows wrapping over
/// several lines.
class OrLibraryAssignment
{
public:
    static domain::Result<domain::dispatch::CostMatrix> parse(const QByteArray &text)
    {
        const QList<QByteArray> tokens = text.simplified().split(' ');
        if (tokens.size() == 1 && tokens.first().isEmpty())
            return domain::Error{{}, QStringLiteral("empty file; expected n, then n × n costs")};
        bool ok = false;
        const qsizetype n = tokens.first().toLongLong(&ok);
        if (!ok || n < 0)
            return domain::Error{{}, QStringLiteral("\"%1\" is not a number of agents").arg(QString::fromUtf8(tokens.first()))};
        if (tokens.size() - 1 != n * n)
            return domain::Error{{}, QStringLiteral("a %1 × %1 instance needs %2 costs, the file has %3")
                                         .arg(n).arg(n * n).arg(tokens.size() - 1)};
        QList<double> costs;
        costs.reserve(n * n);
        for (qsizetype k = 1; k < tokens.size(); ++k) {
            costs << tokens.at(k).toDouble(&ok);
            if (!ok)
                return domain::Error{QStringLiteral("[%1][%2]").arg((k - 1) / n).arg((k - 1) % n),
                                     QStringLiteral("\"%1\" is not a cost").arg(QString::fromUtf8(tokens.at(k)))};
        }
        return domain::dispatch::CostMatrix::fromRowMajor(n, n, std::move(costs));
    }

    static domain::Result<domain::dispatch::CostMatrix> read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return domain::Error{path, file.errorString()};
        auto matrix = parse(file.readAll());
        if (!matrix)
            return matrix.error().prefixed(path);
        return matrix;
    }
};

} // namespace et::test
