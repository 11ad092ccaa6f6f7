// SPDX-License-Identifier: MIT
#include "cliprocess.h"

#include "testaccounts.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace et::test {

CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &stdinText, int timeoutMs)
{
    QProcess p;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    CliRun r;
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs)) {
        r.err = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return r;
    }
    p.write(stdinText);
    p.closeWriteChannel();
    timeout.start(timeoutMs);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
        r.err = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString cliBinaryPath()
{
    const QString override = qEnvironmentVariable("ET_CLI_BIN");
    return override.isEmpty() ? QStringLiteral(ET_BIN_DIR "/energytruck-cli") : override;
}

CliRun runCli(const QStringList &args, const QByteArray &stdinText, int timeoutMs)
{
    return runProgram(cliBinaryPath(), args, stdinText, timeoutMs);
}

CliRun cliLogin(const QString &server, const QString &dataDir, domain::UserRole role)
{
    const TestAccount &account = testAccount(role);
    return runCli({QStringLiteral("--server"), server, QStringLiteral("--data-dir"), dataDir, QStringLiteral("login"),
                   QStringLiteral("--user"), account.email, QStringLiteral("--password-stdin")},
                  account.password.toUtf8() + '\n');
}

QString freeTruckInCache(const QString &dataDir, const QStringList &taken)
{
    const CliRun r = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("list"), QStringLiteral("trucks"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject t = v.toObject();
        const QString id = t.value(QStringLiteral("id")).toString();
        if (t.value(QStringLiteral("status")).toString() != u"maintenance" && t.value(QStringLiteral("order_id")).isNull() && !taken.contains(id))
            return id;
    }
    return {};
}

} // namespace et::test
