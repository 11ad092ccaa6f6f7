// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace et::models {
class AlarmListModel;
class UserPreferences;
} // namespace et::models

namespace et::app {

/// Makes an urgent alarm heard and seen outside the window (issue 18): the system's alert sound
/// and a desktop notification from the system tray icon, once per urgent alarm newly
/// unacknowledged. Without a tray (a headless or bare session) the sound alone; the alarm bar is
/// in the window either way. The sound follows the user's setting (Preferences.alarmSound).
class AlarmNotifier : public QObject
{
    Q_OBJECT
public:
    /// `preferences` (may be null: always sound) must outlive this.
    AlarmNotifier(models::AlarmListModel *alarms, const models::UserPreferences *preferences, QObject *parent = nullptr);
    /// Notifications sent so far (for the screen-state log and tests).
    int notified() const { return m_notified; }

private:
    void announce(const QString &text);

    const models::UserPreferences *m_preferences = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    int m_notified = 0;
};

} // namespace et::app
