// SPDX-License-Identifier: MIT
#include "authsession.h"

#include "clientlogging.h"
#include "credentialstore.h"
#include "domain/errorcode.h"
#include "restclient.h"

namespace et::client {

using domain::Error;
using domain::Ok;
using domain::Status;

namespace {
// Renew when this share of the access token's life has passed: early enough that a slow network
// does not let it lapse, late enough that an idle console asks rarely (every 12 min at 15 min).
constexpr double kRenewAt = 0.8;
constexpr int kMinRenewMs = 5000;
} // namespace

namespace errorcode = domain::errorcode;

AuthSession::AuthSession(RestClient *rest, CredentialStore *secrets, const QString &client, QObject *parent)
    : QObject(parent), m_rest(rest), m_secrets(secrets), m_client(client)
{
    m_renewTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] { refresh([](const Status &) {}); });
}

AuthSession::~AuthSession() = default;

QString AuthSession::refreshKey(const QString &client, const QString &server, const QString &email)
{
    return client + QStringLiteral("/refresh/") + server + u'/' + email.trimmed().toLower();
}

void AuthSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void AuthSession::signIn(const QString &email, const QString &password, std::function<void(Status)> done)
{
    const quint64 generation = ++m_generation;
    m_email = email.trimmed();
    setState(State::SigningIn);
    m_rest->postAnonymously(QStringLiteral("/auth/login"), {{QStringLiteral("email"), m_email}, {QStringLiteral("password"), password}},
                            this, [this, generation, done = std::move(done)](domain::Result<RestResponse> answer) {
        if (generation != m_generation)
            return;
        if (!answer.ok()) {
            setState(State::SignedOut);
            done(answer.error());
            return;
        }
        auto tokens = domain::AuthTokens::fromJson(answer.value().body);
        if (!tokens.ok()) {
            setState(State::SignedOut);
            done(Error{{}, tr("the server's sign-in answer is unusable: %1").arg(tokens.error().toString()), errorcode::badAnswer});
            return;
        }
        adopt(tokens.value(), std::move(done));
    });
}

void AuthSession::resume(const QString &email, std::function<void(Status)> done)
{
    const quint64 generation = ++m_generation;
    m_email = email.trimmed();
    setState(State::SigningIn);
    m_secrets->read(key(), this, [this, generation, done = std::move(done)](domain::Result<std::optional<QString>> secret) {
        if (generation != m_generation)
            return;
        if (!secret.ok() || !secret.value()) {
            setState(State::SignedOut);
            done(Error{{}, tr("no saved sign-in for %1").arg(m_email), errorcode::noSavedLogin});
            return;
        }
        m_refreshToken = *secret.value();
        refresh([this, done](const Status &status) {
            // Unreachable: keep the saved login and wait for the network.
            if (!status.ok() && !errorcode::endsLogin(status.error().code))
                setState(State::SignedIn);
            done(status);
        });
    });
}

void AuthSession::renewAccessToken(QObject *context, std::function<void(bool renewed)> done)
{
    QPointer<QObject> guard(context);
    refresh([guard, hasContext = context != nullptr, done = std::move(done)](const Status &status) {
        if (hasContext && !guard)
            return;
        done(status.ok());
    });
}

void AuthSession::refresh(std::function<void(Status)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshWaiters.size() > 1)
        return; // one refresh answers everyone who asked meanwhile
    if (m_refreshToken.isEmpty()) {
        finishRefresh(Error{{}, tr("not signed in"), errorcode::unauthenticated});
        return;
    }
    const quint64 generation = m_generation;
    m_rest->postAnonymously(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), m_refreshToken}}, this,
                            [this, generation](domain::Result<RestResponse> answer) {
        if (generation != m_generation)
            return;
        if (!answer.ok()) {
            if (errorcode::endsLogin(answer.error().code))
                forget(answer.error().message);
            finishRefresh(answer.error());
            return;
        }
        auto tokens = domain::AuthTokens::fromJson(answer.value().body);
        if (!tokens.ok()) {
            finishRefresh(Error{{}, tr("the server's refresh answer is unusable: %1").arg(tokens.error().toString()), errorcode::badAnswer});
            return;
        }
        adopt(tokens.value(), [this](const Status &stored) { finishRefresh(stored); });
    });
}

void AuthSession::finishRefresh(const Status &status)
{
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &waiter : waiters)
        waiter(status);
}

void AuthSession::adopt(const domain::AuthTokens &tokens, std::function<void(Status)> done)
{
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    const bool newUser = !m_user || *m_user != tokens.user;
    m_user = tokens.user;
    m_email = tokens.user.email;
    m_renewTimer.start(std::max(kMinRenewMs, int(tokens.expiresIn * 1000 * kRenewAt)));
    setState(State::SignedIn);
    if (newUser)
        emit userChanged();
    qCInfo(lcClientAuth) << "signed in as" << m_email << "until the next renewal in" << m_renewTimer.interval() / 1000 << "s";
    // The old refresh token is spent: the new one must be the one kept, so it is queued now. The
    // login does not wait for the keychain, which may sit behind a password prompt; the store keeps
    // the token in memory if the keychain fails or never answers (and says so), and its queue
    // keeps the writes in order, so the newest token is the one that lands.
    m_secrets->write(key(), m_refreshToken, nullptr, [](const Status &) {});
    done(Ok{});
}

void AuthSession::forget(const QString &reason)
{
    ++m_generation;
    m_renewTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_secrets->remove(key(), this, [](const Status &) {});
    setState(State::SignInRequired);
    qCInfo(lcClientAuth) << "the saved sign-in of" << m_email << "is no longer valid";
    emit signInRequired(reason);
}

void AuthSession::signOut(std::function<void(Status)> done)
{
    const QString token = std::exchange(m_refreshToken, {});
    const QString entry = key();
    ++m_generation;
    m_renewTimer.stop();
    m_accessToken.clear();
    m_user.reset();
    setState(State::SignedOut);
    emit userChanged();
    // Wiped here first: signing out must not depend on the server being reachable.
    m_secrets->remove(entry, this, [this, token, done = std::move(done)](const Status &removed) {
        if (token.isEmpty()) {
            done(removed);
            return;
        }
        m_rest->postAnonymously(QStringLiteral("/auth/logout"), {{QStringLiteral("refresh_token"), token}}, this,
                                [removed, done](domain::Result<RestResponse>) { done(removed); });
    });
}

} // namespace et::client
