// SPDX-License-Identifier: MIT
#include "signincontroller.h"
#include "engineobjects.h"

#include "domain/useraccount.h"

#include <QQmlEngine>

namespace et::models {

SignInController::SignInController(QObject *parent) : QObject(parent) {}

void SignInController::setEmail(const QString &email)
{
    if (email == m_email)
        return;
    m_email = email;
    emit emailChanged();
}

void SignInController::setServer(const QString &server)
{
    if (server == m_server)
        return;
    m_server = server;
    emit serverChanged();
}

void SignInController::setKeychainNotice(const QString &text)
{
    if (text == m_keychainNotice)
        return;
    m_keychainNotice = text;
    emit keychainNoticeChanged();
}

void SignInController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SignInController::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

QString SignInController::submit(const QString &email, const QString &password)
{
    if (m_busy)
        return tr("Signing in…");
    if (!domain::UserAccount::isValidEmail(email.trimmed()))
        return tr("Enter your e-mail address.");
    if (password.isEmpty())
        return tr("Enter your password.");
    setErrorText({});
    setEmail(email.trimmed());
    setBusy(true);
    emit submitted(email.trimmed(), password);
    return {};
}


void SignInController::failed(const QString &reason)
{
    setBusy(false);
    setErrorText(reason);
}

void SignInController::succeeded()
{
    setBusy(false);
    setErrorText({});
}

SignInController *SignInController::create(QQmlEngine *engine, QJSEngine *)
{
    return EngineObjects::take<SignInController>(engine);
}

} // namespace et::models
