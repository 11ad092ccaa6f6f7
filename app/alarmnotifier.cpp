// SPDX-License-Identifier: MIT
#include "alarmnotifier.h"

#include "applogging.h"
#include "alarmlistmodel.h"
#include "userpreferences.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace et::app {

AlarmNotifier::AlarmNotifier(models::AlarmListModel *alarms, const models::UserPreferences *preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")), this);
        m_tray->setToolTip(tr("Energy Truck Console"));
        m_tray->show();
    } else {
        qCInfo(lcApp) << "no system tray: urgent alarms sound and show in the window only";
    }
    connect(alarms, &models::AlarmListModel::urgentRaised, this, &AlarmNotifier::announce);
}

void AlarmNotifier::announce(const QString &text)
{
    ++m_notified;
    if (!m_preferences || m_preferences->alarmSound()) // the settings page may silence it; the rest stays
        QApplication::beep();
    if (m_tray)
        m_tray->showMessage(tr("Urgent alarm"), text, QSystemTrayIcon::Warning, 15000);
    qCWarning(lcApp).noquote() << "urgent alarm:" << text;
}

} // namespace et::app
