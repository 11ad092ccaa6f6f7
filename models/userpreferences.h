// SPDX-License-Identifier: MIT
#pragma once

#include "appearance.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QJSEngine;
class QQmlEngine;

namespace et::models {

/// The user's settings (the QML singleton `Preferences`, edited on the Settings page): the colour
/// theme, language, text size and power unit, which show at once through Appearance, and the
/// server to use at the next start and whether urgent alarms sound. Kept per user of the computer
/// in QSettings (~/.config/EnergyTruck/energytruck-console.conf on Linux, the registry on
/// Windows) rather than per signed-in account: the sign-in window, before anyone is signed in,
/// already speaks the language and wears the theme. A command-line flag (--lang, --theme,
/// --server) wins for one run and is not saved; a change made on the page is.
class UserPreferences : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Preferences)
    QML_SINGLETON
    Q_PROPERTY(et::models::Appearance::Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    Q_PROPERTY(et::models::Appearance::PowerUnit powerUnit READ powerUnit WRITE setPowerUnit NOTIFY powerUnitChanged)
    /// The server the console connects to at its next start; empty: its own bundled server.
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    /// Whether an urgent alarm plays the system's alert sound.
    Q_PROPERTY(bool alarmSound READ alarmSound WRITE setAlarmSound NOTIFY alarmSoundChanged)
    /// The flags that override a setting for this run ("--lang", "--theme", "--server").
    Q_PROPERTY(QStringList overriddenByFlags READ overriddenByFlags CONSTANT)
public:
    /// What the user saved (or nothing, where they never chose).
    struct Saved
    {
        std::optional<Appearance::Theme> theme;
        std::optional<QString> language;
        std::optional<double> fontScale;
        std::optional<Appearance::PowerUnit> powerUnit;
        QUrl serverUrl;
        bool alarmSound = true;
    };

    static constexpr const char *kGroup = "preferences";

    /// Reads the saved settings; a damaged value (an unknown theme, a scale out of range, a URL
    /// that is not http(s)) counts as never chosen and is logged.
    static Saved read();
    /// Whether `url` may be a console's server: empty (the bundled one) or http/https with a host.
    static bool isServerUrl(const QUrl &url);
    /// How a run starts: this run's flags first (--theme, --lang), then what was saved, then the
    /// defaults (light; `fallbackLanguage`, the system's).
    static void startWith(Appearance &appearance, const Saved &saved, std::optional<Appearance::Theme> themeFlag,
                          std::optional<QString> languageFlag, const QString &fallbackLanguage);

    /// Edits `appearance` (which must outlive this) and saves each change. `overriddenByFlags`
    /// lists the flags of this run that override a saved setting; `saved` is what read() gave
    /// (the caller that started Appearance with it need not read the file again).
    UserPreferences(Appearance *appearance, QStringList overriddenByFlags, const Saved &saved = read(),
                    QObject *parent = nullptr);

    Appearance::Theme theme() const { return m_appearance->theme(); }
    void setTheme(Appearance::Theme theme);
    QString language() const { return m_appearance->language(); }
    void setLanguage(const QString &language);
    double fontScale() const { return m_appearance->fontScale(); }
    void setFontScale(double scale);
    Appearance::PowerUnit powerUnit() const { return m_appearance->powerUnit(); }
    void setPowerUnit(Appearance::PowerUnit unit);
    QString serverUrl() const { return m_serverUrl.toString(); }
    /// Saves `text` as the next start's server; "" when taken, else why not (and nothing saved).
    Q_INVOKABLE QString setServerUrl(const QString &text);
    bool alarmSound() const { return m_alarmSound; }
    void setAlarmSound(bool on);
    QStringList overriddenByFlags() const { return m_overridden; }
    /// Whether `flag` ("--lang", …) set its setting for this run.
    Q_INVOKABLE bool isOverridden(const QString &flag) const { return m_overridden.contains(flag); }

    /// The window's Preferences (EngineObjects).
    static UserPreferences *create(QQmlEngine *engine, QJSEngine *);

signals:
    void themeChanged();
    void languageChanged();
    void fontScaleChanged();
    void powerUnitChanged();
    void serverUrlChanged();
    void alarmSoundChanged();

private:
    static void save(const char *key, const QVariant &value);

    QPointer<Appearance> m_appearance;
    QStringList m_overridden;
    QUrl m_serverUrl;
    bool m_alarmSound = true;
};

} // namespace et::models
