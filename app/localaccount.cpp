// SPDX-License-Identifier: MIT
#include "localaccount.h"

#include "applogging.h"
#include "client/credentialstore.h"
#include "domain/hostcommandstatus.h"
#include "serverlogtail.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace et::app {

namespace {
// 24 characters from 62: about 143 bits, far beyond guessing, and no quoting trouble anywhere.
QString randomPassword()
{
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]);
    return password;
}
} // namespace

LocalAccount::LocalAccount(client::CredentialStore *secrets, const QString &serverProgram, const QString &dbPath,
                           const QString &dataDir, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_program(serverProgram), m_dbPath(dbPath), m_dataDir(dataDir)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

QString LocalAccount::email()
{
    return QStringLiteral("local-operator@energytruck.local");
}

QString LocalAccount::secretKey(const QString &dataDir)
{
    return QStringLiteral("console/local-password/") + QFileInfo(dataDir).absoluteFilePath();
}

void LocalAccount::ensure(std::function<void(domain::Result<QString>)> done)
{
    m_done = std::move(done);
    m_secrets->read(secretKey(m_dataDir), this, [this](domain::Result<std::optional<QString>> stored) {
        if (stored.ok() && stored.value() && QFileInfo::exists(m_dbPath)) {
            finish(*stored.value());
            return;
        }
        // No password kept (first start, or the keychain lost it): make the account, or give
        // the existing one a new password.
        provision(randomPassword(), true);
    });
}

void LocalAccount::provision(const QString &password, bool create)
{
    const QStringList args = create ? QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--create-user"), email(),
                                                  QStringLiteral("--role"), QStringLiteral("operator")}
                                    : QStringList{QStringLiteral("--db"), m_dbPath, QStringLiteral("--set-password"), email()};
    QDir().mkpath(QFileInfo(m_dbPath).absolutePath());
    m_process.disconnect(this);
    connect(&m_process, &QProcess::finished, this, [this, password, create](int code, QProcess::ExitStatus status) {
        ServerLogTail log;
        log.append(m_process.readAllStandardError());
        const QString said = log.lastLine();
        if (status == QProcess::NormalExit && code == 0) {
            // Signing in does not wait for the keychain: it may sit behind a password prompt that
            // nobody answers. The store keeps the password in memory if the keychain never does.
            m_secrets->write(secretKey(m_dataDir), password, nullptr, [](const domain::Status &) {});
            finish(password);
            return;
        }
        if (create && status == QProcess::NormalExit && code == int(domain::HostCommandStatus::WrongAccountState)) {
            // It exists already (the keychain forgot its password): set a new one instead.
            provision(password, false);
            return;
        }
        finish(domain::Error{{}, tr("The bundled server's account could not be prepared. Its last message: %1").arg(said)});
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(domain::Error{{}, tr("Could not start the bundled server %1: %2").arg(m_program, m_process.errorString())});
    });
    qCInfo(lcApp) << (create ? "creating" : "setting a new password for") << "the bundled server's account" << email();
    m_process.start(m_program, args);
    m_process.write(password.toUtf8() + '\n');
    m_process.closeWriteChannel();
}

void LocalAccount::finish(domain::Result<QString> result)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

} // namespace et::app
