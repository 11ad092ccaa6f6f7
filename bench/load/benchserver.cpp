// SPDX-License-Identifier: MIT
#include "benchserver.h"

#include "httpconnection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace et::bench {

BenchServer::BenchServer(const QString &workDir, const QString &name, QObject *parent)
    : QObject(parent),
      m_dbPath(workDir + QStringLiteral("/%1.sqlite").arg(name)),
      m_logPath(workDir + QStringLiteral("/%1.log").arg(name))
{
#ifdef Q_OS_LINUX
    // A bench killed by a timeout or Ctrl-C must not leave a server holding the port and CPU.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    m_process.setStandardErrorFile(m_logPath);
}

BenchServer::~BenchServer()
{
    stop();
}

QString BenchServer::binaryPath()
{
    const QString fromEnv = qEnvironmentVariable("ET_SERVER_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(ET_BIN_DIR "/energytruck-server") : fromEnv;
}

bool BenchServer::createAccount(const QByteArray &password)
{
    // A database kept from an earlier run (--work-dir) has the account already: reset its password.
    QStringList failures;
    for (const char *command : {"--create-user", "--set-password"}) {
        QProcess host;
        host.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("--db"), m_dbPath, QString::fromLatin1(command), QString::fromLatin1(kAccountEmail)};
        if (QByteArrayView(command) == "--create-user")
            args << QStringLiteral("--role") << QStringLiteral("operator");
        host.start(binaryPath(), args);
        if (!host.waitForStarted(10000)) {
            m_error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), host.errorString());
            return false;
        }
        host.write(password + '\n');
        host.closeWriteChannel();
        if (!host.waitForFinished(30000)) {
            host.kill();
            host.waitForFinished(5000);
        }
        if (host.exitStatus() == QProcess::NormalExit && host.exitCode() == 0)
            return true;
        failures << QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(command), QString::fromLatin1(kAccountEmail),
                                                  QString::fromUtf8(host.readAll()).trimmed());
    }
    m_error = QStringLiteral("cannot make the bench account (") + failures.join(QStringLiteral("; ")) + u')';
    return false;
}

bool BenchServer::signIn(const QByteArray &password)
{
    const QJsonObject credentials{{QStringLiteral("email"), QString::fromLatin1(kAccountEmail)},
                                  {QStringLiteral("password"), QString::fromLatin1(password)}};
    const HttpConnection::Answer a = HttpConnection::exchange(m_port, "POST", "/api/v1/auth/login",
                                                              QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    m_accessToken = QJsonDocument::fromJson(a.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    if (a.status != 200 || m_accessToken.isEmpty()) {
        m_error = QStringLiteral("sign-in as %1 answered %2 %3").arg(QString::fromLatin1(kAccountEmail)).arg(a.status)
                      .arg(a.error.isEmpty() ? QString::fromUtf8(a.body.left(300)) : a.error);
        return false;
    }
    return true;
}

bool BenchServer::start(const QStringList &extraArgs)
{
    // Random per server and never printed: the bench only needs it for its one sign-in.
    QByteArray password(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(password.begin(), password.end());
    password = password.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!createAccount(password))
        return false;

    m_arguments = QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_dbPath,
                              QStringLiteral("--access-token-ttl"), QString::number(kAccessTokenTtlSecs)}
                  + extraArgs;
    m_process.start(binaryPath(), m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    m_pid = m_process.processId();
    static const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+:(\\d+))$"));
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            m_error = QStringLiteral("the server did not report its port; see %1").arg(m_logPath);
            stop();
            return false;
        }
        m_process.waitForReadyRead(50);
    }
    const auto match = listening.match(QString::fromUtf8(m_process.readLine()).trimmed());
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line from the server; see %1").arg(m_logPath);
        stop();
        return false;
    }
    m_url = QUrl(match.captured(1));
    m_port = quint16(match.captured(2).toUInt());
    if (!signIn(password)) {
        stop();
        return false;
    }
    return true;
}

void BenchServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool BenchServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QHash<QString, LatencyStats> BenchServer::loggedRequests(const QString &fromMarker, const QString &toMarker) const
{
    QHash<QString, LatencyStats> counts;
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return counts;
    // ApiServer logs one line per answer: "GET /api/v1/trucks 200 0.12ms".
    static const QRegularExpression request(QStringLiteral("^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\\S+) \\d{3} ([\\d.]+)ms"));
    bool inside = false;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        if (!line.contains("\"et.backend.http\""))
            continue;
        const QString message = QJsonDocument::fromJson(line).object().value(QStringLiteral("message")).toString();
        const auto match = request.match(message);
        if (!match.hasMatch())
            continue;
        const QString path = match.captured(2);
        if (path == fromMarker) {
            inside = true;
            continue;
        }
        if (path == toMarker)
            break;
        if (inside)
            counts[path].add(match.captured(3).toDouble());
    }
    return counts;
}

QHash<QString, double> BenchServer::scrapeMetrics() const
{
    QHash<QString, double> series;
    const HttpConnection::Answer a = HttpConnection::fetch(m_port, "/metrics");
    if (a.status != 200)
        return series;
    for (const QByteArray &line : a.body.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        series.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    return series;
}

qint64 BenchServer::cursor() const
{
    const HttpConnection::Answer a = HttpConnection::fetch(m_port, "/api/v1/health");
    if (a.status != 200)
        return -1;
    return qint64(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("cursor")).toDouble());
}

double BenchServer::responsesTotal(const QHash<QString, double> &metrics)
{
    if (metrics.isEmpty())
        return -1.0;
    double total = 0.0;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it) {
        if (it.key().startsWith(u"et_http_responses_total{"))
            total += it.value();
    }
    return total;
}

int BenchServer::logLinesContaining(const QString &text) const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray needle = text.toUtf8();
    int n = 0;
    while (!log.atEnd())
        n += log.readLine().contains(needle) ? 1 : 0;
    return n;
}

} // namespace et::bench
