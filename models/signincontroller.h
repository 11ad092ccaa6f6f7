// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::models {

/// What the sign-in window shows and does (the QML singleton `SignIn` of EnergyTruck.Models): the
/// last user name (remembered, never the password), whether a check is running, why the last
/// attempt failed, and a note when there is no keychain (sign-ins then last for this run only).
/// submit() only asks; the application signs in and reports back with failed() or succeeded().
class SignInController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SignIn)
    QML_SINGLETON
    Q_PROPERTY(QString email READ email NOTIFY emailChanged)
    Q_PROPERTY(QString server READ server NOTIFY serverChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
public:
    /// Not default-constructible on purpose: Qt 6.4 constructs a fresh singleton from a default
    /// constructor and never calls create(), so the window would not get its own object.
    explicit SignInController(QObject *parent);

    QString email() const { return m_email; }
    void setEmail(const QString &email);
    QString server() const { return m_server; }
    void setServer(const QString &server);
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString keychainNotice() const { return m_keychainNotice; }
    void setKeychainNotice(const QString &text);

    /// From the window: check these; "" when the fields are fine, else what is missing.
    Q_INVOKABLE QString submit(const QString &email, const QString &password);
    /// From the application.
    void failed(const QString &reason);
    void succeeded();

    /// The window's controller (EngineObjects).
    static SignInController *create(QQmlEngine *engine, QJSEngine *);

signals:
    /// The application signs in with these.
    void submitted(const QString &email, const QString &password);
    void emailChanged();
    void serverChanged();
    void busyChanged();
    void errorTextChanged();
    void keychainNoticeChanged();

private:
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    QString m_email;
    QString m_server;
    bool m_busy = false;
    QString m_errorText;
    QString m_keychainNotice;
};

} // namespace et::models
