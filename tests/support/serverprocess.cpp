// SPDX-License-Identifier: MIT
#include "serverprocess.h"

#include "cliprocess.h"

#include "replywait.h"
#include "testaccounts.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace et::test {

ServerProcess::ServerProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess()
{
    kill();
}

QString ServerProcess::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("ET_SERVER_BIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef ET_BIN_DIR
    return QStringLiteral(ET_BIN_DIR "/energytruck-server");
#else
    return QStringLiteral("energytruck-server");
#endif
}

bool ServerProcess::start(const QString &dbPath, const QStringList &extraArgs, int timeoutMs)
{
    m_dbPath = dbPath;
    m_extraArgs = extraArgs;
    return launch({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), dbPath}, timeoutMs);
}

int ServerProcess::runHostCommand(const QStringList &args, const QByteArray &stdinText, QByteArray *stderrText, int timeoutMs)
{
    const CliRun run = runProgram(binaryPath(), args, stdinText, timeoutMs);
    if (stderrText)
        *stderrText = run.err.toUtf8();
    return run.exitCode < 0 ? -1 : run.exitCode;
}

namespace {
QStringList createUserArgs(const QString &dbPath, const QString &email, domain::UserRole role)
{
    return {QStringLiteral("--db"), dbPath, QStringLiteral("--create-user"), email, QStringLiteral("--role"), domain::toString(role)};
}
} // namespace

bool ServerProcess::createUser(const QString &dbPath, const QString &email, domain::UserRole role, const QString &password,
                               QString *error)
{
    QByteArray stderrText;
    const int code = runHostCommand(createUserArgs(dbPath, email, role), password.toUtf8() + '\n', &stderrText);
    if (code != 0 && error)
        *error = QStringLiteral("create-user %1 exited %2: %3").arg(email).arg(code).arg(QString::fromUtf8(stderrText));
    return code == 0;
}

bool ServerProcess::startWithTestAccounts(const QString &dbPath, const QStringList &extraArgs, int timeoutMs)
{
    for (const domain::UserRole role : allRoles()) {
        const TestAccount &account = testAccount(role);
        QByteArray stderrText;
        // 3: the e-mail exists (a file that already has the accounts).
        const int code = runHostCommand(createUserArgs(dbPath, account.email, role), account.password.toUtf8() + '\n', &stderrText);
        if (code != 0 && code != 3) {
            m_error = QStringLiteral("create-user %1 exited %2: %3").arg(account.email).arg(code).arg(QString::fromUtf8(stderrText));
            return false;
        }
    }
    return start(dbPath, extraArgs, timeoutMs);
}

QString ServerProcess::signIn(domain::UserRole role, QString *refreshToken)
{
    const TestAccount &account = testAccount(role);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_url.toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/v1/auth/login")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("email"), account.email},
                                                      {QStringLiteral("password"), account.password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nam.post(request, body);
    if (!waitForReply(reply)) {
        m_error = QStringLiteral("sign-in of %1: no answer within 10 s").arg(account.email);
        reply->deleteLater();
        return {};
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    const QString access = json.value(QStringLiteral("access_token")).toString();
    if (status != 200 || access.isEmpty()) {
        m_error = QStringLiteral("sign-in of %1 answered %2: %3").arg(account.email).arg(status).arg(QString::fromUtf8(answer.left(500)));
        return {};
    }
    if (refreshToken)
        *refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    return access;
}

bool ServerProcess::restart(bool samePort, int timeoutMs)
{
    kill();
    const QString port = samePort ? QString::number(m_port) : QStringLiteral("0");
    return launch({QStringLiteral("--port"), port, QStringLiteral("--db"), m_dbPath}, timeoutMs);
}

bool ServerProcess::launch(const QStringList &args, int timeoutMs)
{
    m_error.clear();
    m_process.start(binaryPath(), args + m_extraArgs);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    // The contract: the first stdout line is exactly "listening on http://127.0.0.1:PORT"
    // (https:// when the server was given --tls-cert and --tls-key).
    static const QRegularExpression listening(QStringLiteral("^listening on (https?://[^\\s]+:(\\d+))\\s*$"));
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            m_stderr += m_process.readAllStandardError();
            m_error = QStringLiteral("server did not report its port (exit %1): %2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(m_stderr.right(2000)));
            kill();
            return false;
        }
        m_process.waitForReadyRead(50);
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    const auto match = listening.match(line);
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line from server: \"%1\"").arg(line);
        kill();
        return false;
    }
    m_url = QUrl(match.captured(1));
    m_port = static_cast<quint16>(match.captured(2).toUInt());
    return true;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_stderr += m_process.readAllStandardError();
}

bool ServerProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    const bool done = m_process.waitForFinished(timeoutMs);
    m_stderr += m_process.readAllStandardError();
    return done && m_process.exitStatus() == QProcess::NormalExit;
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray ServerProcess::stderrLog()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

} // namespace et::test
