// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace et::app {

/// Why the console could not start (the QML singleton `StartProblem` of EnergyTruck.Models): the
/// window StartProblem.qml shows it to an operator who started the console from a desktop menu
/// and so never sees the terminal, says what to do, and offers Quit.
class StartProblem : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    explicit StartProblem(QObject *parent = nullptr);

    QString message() const { return m_message; }
    void setMessage(const QString &message);
    Q_INVOKABLE void quit() { emit quitRequested(); }

    static void registerQml(StartProblem *instance);

signals:
    void messageChanged();
    void quitRequested();

private:
    QString m_message;
};

} // namespace et::app
