// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace et::bench {

/// The bench's output: readable tables for people, one JSON line per figure for comparing runs
/// (on stdout, and appended to a file when asked), and the sanity checks the smoke test relies
/// on. Progress goes to stderr so stdout stays the result.
class ResultReport
{
public:
    explicit ResultReport(const QString &jsonPath = {});

    void section(const QString &title);
    void table(const QStringList &headers, const QList<QStringList> &rows);
    /// {"figure": name, ...values}
    void figure(const QString &name, QJsonObject values);
    void note(const QString &text);
    static void progress(const QString &text);
    /// Records a sanity check; a failed one is printed and makes the run's exit status 1.
    bool check(bool ok, const QString &what);
    int failedChecks() const { return m_failed; }

    static QString num(double value, int decimals = 1);

private:
    QTextStream m_out;
    QFile m_json;
    int m_failed = 0;
};

} // namespace et::bench
