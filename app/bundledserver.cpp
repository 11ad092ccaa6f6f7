// SPDX-License-Identifier: MIT
#include "bundledserver.h"

#include "applogging.h"
#include "platform/childprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace et::app {

namespace {
const QByteArray kListening = QByteArrayLiteral("listening on ");
}

BundledServer::BundledServer(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The bundled server did not start within the time limit."));
        stop(1000);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &BundledServer::onStdout);
    // Its structured log passes through to our stderr, so a problem can be traced from the
    // console's log; the last line is kept for the operator when the server exits at start.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardError, this, &BundledServer::onStderr);
    // A console that dies without stopping it (kill -9, a crash) must not leave an orphaned server
    // holding the database.
    platform::endWithThisProcess(m_process);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Could not start the bundled server %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onStderr(); // its last words may still be in the pipe
        if (!m_reported && status == QProcess::CrashExit)
            fail(withLastLogLine(tr("The bundled server crashed before it was ready.")));
        else if (!m_reported)
            fail(withLastLogLine(tr("The bundled server exited before it was ready (exit code %1).").arg(code)));
        else if (status == QProcess::CrashExit || code != 0)
            qCWarning(lcApp) << "bundled server ended with exit code" << code;
    });
}

BundledServer::~BundledServer()
{
    stop(1000);
}

QString BundledServer::defaultProgram()
{
    return platform::executablePath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("energytruck-server")));
}

void BundledServer::start(const QString &givenProgram, const QString &dbPath, const QStringList &extraArgs, int timeoutMs)
{
    const QString program = platform::executablePath(givenProgram);
    if (!QFileInfo(program).isExecutable()) {
        // Reported asynchronously like every other outcome, so callers handle one path.
        QMetaObject::invokeMethod(this, [this, program] { fail(tr("The bundled server %1 was not found.").arg(program)); },
                                  Qt::QueuedConnection);
        return;
    }
    m_reported = false;
    m_buffer.clear();
    m_log = ServerLogTail();
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), dbPath};
    args += extraArgs;
    qCInfo(lcApp) << "starting bundled server" << program << args;
    m_process.start(program, args);
    m_timeout.start(timeoutMs);
}

void BundledServer::stop(int graceMs)
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_reported = true; // an exit we asked for is not a failure
    m_process.terminate();
    if (!m_process.waitForFinished(graceMs)) {
        qCWarning(lcApp) << "bundled server ignored the request to stop; killing it";
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void BundledServer::onStdout()
{
    if (m_reported) {
        m_process.readAllStandardOutput(); // later output is not ours to interpret
        return;
    }
    m_buffer += m_process.readAllStandardOutput();
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray line = m_buffer.left(newline).trimmed();
    const QUrl url = line.startsWith(kListening) ? QUrl(QString::fromUtf8(line.mid(kListening.size()))) : QUrl();
    if (!url.isValid() || url.port() <= 0) {
        fail(tr("The bundled server said \"%1\" instead of its address.").arg(QString::fromUtf8(line)));
        stop(1000);
        return;
    }
    m_timeout.stop();
    m_reported = true;
    m_url = url;
    qCInfo(lcApp) << "bundled server ready at" << url;
    emit ready(url);
}

void BundledServer::onStderr()
{
    const QByteArray bytes = m_process.readAllStandardError();
    if (bytes.isEmpty())
        return;
    m_log.append(bytes);
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

QString BundledServer::withLastLogLine(const QString &message) const
{
    const QString said = m_log.lastLine();
    return said.isEmpty() ? message : tr("%1 Its last message: %2").arg(message, said);
}

void BundledServer::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_timeout.stop();
    qCWarning(lcApp).noquote() << message;
    emit failed(message);
}

} // namespace et::app
