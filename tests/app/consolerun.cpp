// SPDX-License-Identifier: MIT
#include "consolerun.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace et::test {

ConsoleRun::ConsoleRun() : m_program(QStringLiteral(ET_BIN_DIR "/energytruck-console"))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ConsoleRun::~ConsoleRun()
{
    stop();
}

bool ConsoleRun::start(const QStringList &args, const QString &logFile, const QByteArray &stdinText)
{
    m_logFile = logFile;
    QStringList all = args + QStringList{QStringLiteral("--state-log"), logFile};
    if (m_wrapper.isEmpty()) {
        m_process.start(m_program, all);
    } else {
        all.prepend(m_program);
        m_process.start(m_wrapper.first(), m_wrapper.mid(1) + all);
    }
    if (!m_process.waitForStarted(10000))
        return false;
    if (!stdinText.isEmpty())
        m_process.write(stdinText);
    m_process.closeWriteChannel();
    return true;
}

void ConsoleRun::readLog()
{
    m_output += m_process.readAll();
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_logOffset))
        return;
    const QByteArray bytes = file.readAll();
    m_logOffset += bytes.size();
    m_partial += bytes;
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QJsonObject line = QJsonDocument::fromJson(m_partial.left(newline)).object();
        m_partial.remove(0, newline + 1);
        if (!line.isEmpty())
            m_lines.append(line);
    }
}

QJsonObject ConsoleRun::waitForState(const std::function<bool(const QJsonObject &)> &accept, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype seen = 0;
    while (true) {
        readLog();
        for (; seen < m_lines.size(); ++seen) {
            const QJsonObject &line = m_lines.at(seen);
            if (line.value(QStringLiteral("event")).toString() == u"state" && accept(line))
                return line;
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(50);
    }
}

QJsonObject ConsoleRun::waitForEvent(const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        readLog();
        for (const QJsonObject &line : std::as_const(m_lines)) {
            if (line.value(QStringLiteral("event")).toString() == name)
                return line;
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(50);
    }
}

QList<QJsonObject> ConsoleRun::lines()
{
    readLog();
    return m_lines;
}

QString ConsoleRun::text(const QJsonObject &state, const QString &objectName)
{
    return state.value(QStringLiteral("texts")).toObject().value(objectName).toString();
}

int ConsoleRun::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
        return -1;
    }
    readLog();
    return m_process.exitCode();
}

int ConsoleRun::waitForExit(int timeoutMs)
{
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    readLog();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray ConsoleRun::output()
{
    m_output += m_process.readAll();
    return m_output;
}

QString ConsoleRun::describe()
{
    readLog();
    QString last;
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
        if (it->value(QStringLiteral("event")).toString() == u"state") {
            last = QString::fromUtf8(QJsonDocument(*it).toJson(QJsonDocument::Compact));
            break;
        }
    }
    return QStringLiteral("last state: %1\n--- output (end) ---\n%2").arg(last, QString::fromUtf8(output().right(3000)));
}

} // namespace et::test
