// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace et::models {

/// What the sign-in window shows and does (the QML singleton `SignIn` of EnergyTruck.Models): the
/// last user name (remembered, never the password), whether a check is running, why the last
/// attempt failed, and a note when there is no keychain (sign-ins then last for this run only).
/// submit() only asks; the application signs in and reports back with failed() or succeeded().
class SignInController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString email READ email NOTIFY emailChanged)
    Q_PROPERTY(QString server READ server NOTIFY serverChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
    /// The theme the console starts with (--theme), for the windows shown without a console.
    Q_PROPERTY(bool darkTheme READ darkTheme CONSTANT)
    /// Whether a console window (and so the Console singleton) exists: Theme reads the console's
    /// live theme then, and darkTheme otherwise.
    Q_PROPERTY(bool consoleOpen READ consoleOpen NOTIFY consoleOpenChanged)
public:
    explicit SignInController(QObject *parent = nullptr);

    QString email() const { return m_email; }
    void setEmail(const QString &email);
    QString server() const { return m_server; }
    void setServer(const QString &server);
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString keychainNotice() const { return m_keychainNotice; }
    void setKeychainNotice(const QString &text);
    bool darkTheme() const { return m_darkTheme; }
    void setDarkTheme(bool dark) { m_darkTheme = dark; }
    bool consoleOpen() const { return m_consoleOpen; }
    void setConsoleOpen(bool open);

    /// From the window: check these; "" when the fields are fine, else what is missing.
    Q_INVOKABLE QString submit(const QString &email, const QString &password);
    /// From the application.
    void failed(const QString &reason);
    void succeeded();

    static void registerQml(SignInController *instance);

signals:
    /// The application signs in with these.
    void submitted(const QString &email, const QString &password);
    void emailChanged();
    void serverChanged();
    void busyChanged();
    void errorTextChanged();
    void keychainNoticeChanged();
    void consoleOpenChanged();

private:
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    QString m_email;
    QString m_server;
    bool m_busy = false;
    QString m_errorText;
    QString m_keychainNotice;
    bool m_darkTheme = false;
    bool m_consoleOpen = false;
};

} // namespace et::models
