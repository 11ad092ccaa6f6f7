// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace et::test {

/// The real energytruck-console as a child process, watched through its `--state-log`: what its
/// screen says (window, view, data, connection, the texts of the status bar, banners and
/// messages) as it changes, and when its first frames were shown. Tests wait for a state and
/// check its words, as a person looking at the screen would.
class ConsoleRun
{
public:
    ConsoleRun();
    ~ConsoleRun();

    /// The executable: the built console unless set (a copy elsewhere, say).
    void setProgram(const QString &program) { m_program = program; }
    void setEnvironment(const QProcessEnvironment &env) { m_process.setProcessEnvironment(env); }
    /// Runs the process under another program, e.g. {"setpriv", "--reuid=65534", …}.
    void setWrapper(const QStringList &wrapper) { m_wrapper = wrapper; }

    /// Starts the console with `args` plus --state-log into `logFile`; false when it does not start.
    bool start(const QStringList &args, const QString &logFile, const QByteArray &stdinText = {});

    /// The first state line for which `accept` is true (waiting up to `timeoutMs`), or {}.
    QJsonObject waitForState(const std::function<bool(const QJsonObject &state)> &accept, int timeoutMs);
    /// The line of the event `name` ("first-frame", "first-data-frame", "first-live-frame"), or {}.
    QJsonObject waitForEvent(const QString &name, int timeoutMs);
    /// Every line so far.
    QList<QJsonObject> lines();

    /// The text of the item `objectName` in a state line ("" when not on screen).
    static QString text(const QJsonObject &state, const QString &objectName);

    /// SIGTERM and wait; the exit code (-1 when it had to be killed).
    int stop();
    /// Waits for the console to exit by itself; the exit code, or -1 on time-out.
    int waitForExit(int timeoutMs);
    /// What the console wrote to stdout and stderr so far.
    QByteArray output();
    /// A summary for a failure message: the last state line and the end of the output.
    QString describe();

private:
    void readLog();

    QString m_program;
    QStringList m_wrapper;
    QProcess m_process;
    QString m_logFile;
    qint64 m_logOffset = 0;
    QByteArray m_partial;
    QByteArray m_output;
    QList<QJsonObject> m_lines;
};

} // namespace et::test
