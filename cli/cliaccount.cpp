// SPDX-License-Identifier: MIT
#include "cliaccount.h"

#include "client/accountdirectory.h"
#include "client/authsession.h"
#include "client/credentialstore.h"
#include "client/restclient.h"
#include "client/tlsconfig.h"
#include "domain/errorcode.h"
#include "domain/passwordline.h"

#include <QTextStream>

namespace et::cli {

namespace {
const QString kClient = QStringLiteral("cli");
} // namespace

CliAccount::CliAccount(const CommandLine &command, QObject *parent) : QObject(parent), m_command(command)
{
    const std::optional<client::LastAccount> last = client::AccountDirectory::last(m_command.dataDir);
    m_server = m_command.serverUrl.isEmpty() ? (last ? last->server : QString())
                                             : client::AccountDirectory::serverIdentity(m_command.serverUrl.toString());
    if (!m_command.user.isEmpty())
        m_email = m_command.user;
    else if (last && last->server == m_server)
        m_email = last->email;
}

CliAccount::~CliAccount() = default;

domain::Result<QString> CliAccount::cachePath() const
{
    if (m_server.isEmpty() || m_email.isEmpty())
        return domain::Error{{}, tr("nobody has signed in with this data folder yet; sign in first: "
                                    "energytruck-cli --server URL --data-dir %1 login --user EMAIL --password-stdin")
                                     .arg(m_command.dataDir),
                             domain::errorcode::noAccount};
    return client::AccountDirectory::cachePathFor(m_command.dataDir, m_server, m_email);
}

domain::Result<client::RestClient *> CliAccount::rest()
{
    if (m_command.serverUrl.isEmpty())
        return static_cast<client::RestClient *>(nullptr);
    if (m_rest)
        return m_rest;
    m_rest = new client::RestClient(nullptr, this);
    m_rest->setBaseUrl(m_command.serverUrl);
    if (!m_command.caCertFile.isEmpty()) {
        const auto tls = client::TlsConfig::fromCaFile(m_command.caCertFile);
        if (!tls.ok())
            return tls.error();
        m_rest->setTlsConfig(tls.value());
    }
    m_rest->setAccessTokenSource(session());
    return m_rest;
}

client::AuthSession *CliAccount::session()
{
    Q_ASSERT(m_rest); // made by rest() first
    if (!m_session) {
        m_session = new client::AuthSession(m_rest, secrets(), kClient, this);
        m_session->setServerIdentity(m_server);
    }
    return m_session;
}

void CliAccount::login(std::function<void(domain::Status)> done)
{
    const auto restClient = rest();
    if (!restClient.ok()) {
        done(restClient.error());
        return;
    }
    // The first line only: a script pipes one password, and a terminal gets one line typed.
    const auto password = domain::PasswordLine::readStdin(QStringLiteral("--password-stdin"));
    if (!password.ok()) {
        done(password.error());
        return;
    }
    session()->signIn(m_email, password.value(), [this, done = std::move(done)](const domain::Status &status) {
        if (status.ok()) {
            const auto remembered = client::AccountDirectory::remember(m_command.dataDir, {m_server, m_email});
            if (!remembered.ok()) {
                done(remembered);
                return;
            }
        }
        // The saved login must have reached the keychain (or been found not to) before the
        // command reports, and exits.
        secrets()->whenIdle(this, [done, status] { done(status); });
    });
}

void CliAccount::connect(std::function<void(domain::Status)> done)
{
    const auto restClient = rest();
    if (!restClient.ok()) {
        done(restClient.error());
        return;
    }
    if (m_command.passwordFromStdin) {
        login(std::move(done));
        return;
    }
    if (m_email.isEmpty()) {
        done(cachePath().error());
        return;
    }
    session()->resume(m_email, [this, done = std::move(done)](const domain::Status &status) {
        secrets()->whenIdle(this, [done, status] { done(status); });
    });
}

void CliAccount::logout(std::function<void(domain::Status)> done)
{
    if (m_email.isEmpty()) {
        done(cachePath().error());
        return;
    }
    const auto restClient = rest();
    if (!restClient.ok()) {
        done(restClient.error());
        return;
    }
    if (!restClient.value()) {
        // Without --server there is nobody to tell; the saved login goes all the same (the server
        // lets it lapse when its refresh token expires).
        secrets()->remove(client::AuthSession::refreshKey(kClient, m_server, m_email), this, std::move(done));
        return;
    }
    session()->resume(m_email, [this, done = std::move(done)](const domain::Status &) {
        m_session->signOut(std::move(done));
    });
}

void CliAccount::settle(std::function<void()> done)
{
    if (!m_secrets) {
        done();
        return;
    }
    m_secrets->whenIdle(this, std::move(done));
}

client::CredentialStore *CliAccount::secrets()
{
    if (!m_secrets)
        m_secrets = new client::CredentialStore(client::CredentialStore::defaultService(), this);
    return m_secrets;
}

QString CliAccount::keychainNotice() const
{
    if (!m_secrets || m_secrets->isAvailable())
        return {};
    return tr("%1 The login lasts for this command only: give --user EMAIL --password-stdin to each command.")
        .arg(m_secrets->unavailableMessage());
}

} // namespace et::cli
