// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace et::models {

/// How every window looks and speaks (the QML singleton `Appearance`, which Theme and Labels
/// follow): the colour theme, the interface language, the text size and the power unit. One per
/// application, shared by all its windows, so the sign-in window and the console never disagree;
/// every change shows at once, without a restart. It only holds the state: UserPreferences keeps
/// the user's choices, command-line flags override them for one run.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// A dark theme (the control room's ISA-101 greys or high contrast): the map and charts darken.
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY themeChanged)
    /// "ko" or "en"; the application installs the matching translation when it changes.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Text size relative to the design's, kFontScaleMin–kFontScaleMax (1.0 = 100 %).
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    /// Power and energy in MW / MWh (the grid's unit) or kW / kWh (a truck's).
    Q_PROPERTY(PowerUnit powerUnit READ powerUnit WRITE setPowerUnit NOTIFY powerUnitChanged)
public:
    enum class Theme { Light, Dark, HighContrast };
    Q_ENUM(Theme)
    enum class PowerUnit { Megawatt, Kilowatt };
    Q_ENUM(PowerUnit)
    static constexpr double kFontScaleMin = 1.0;
    static constexpr double kFontScaleMax = 2.0;

    /// Not default-constructible on purpose: Qt 6.4 constructs a fresh singleton from a default
    /// constructor and never calls create(), so the window would not get its own object.
    explicit Appearance(QObject *parent);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool dark() const { return m_theme != Theme::Light; }
    bool highContrast() const { return m_theme == Theme::HighContrast; }
    /// The light theme or the dark one (kept for the flags and tests that only know the two).
    void setDark(bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); }
    QString language() const { return m_language; }
    /// Ignored (with a warning) unless `language` is one of languages().
    void setLanguage(const QString &language);
    double fontScale() const { return m_fontScale; }
    /// Clamped to [kFontScaleMin, kFontScaleMax]; NaN is ignored.
    void setFontScale(double scale);
    PowerUnit powerUnit() const { return m_powerUnit; }
    void setPowerUnit(PowerUnit unit);

    /// The interface languages there are translations for.
    static QStringList languages();
    /// "light", "dark", "high-contrast": the names of --theme and of the saved setting.
    static QString themeName(Theme theme);
    static std::optional<Theme> themeNamed(const QString &name);

    /// The window's Appearance (EngineObjects).
    static Appearance *create(QQmlEngine *engine, QJSEngine *);

signals:
    void themeChanged();
    void languageChanged();
    void fontScaleChanged();
    void powerUnitChanged();

private:
    Theme m_theme = Theme::Light;
    QString m_language = QStringLiteral("en");
    double m_fontScale = 1.0;
    PowerUnit m_powerUnit = PowerUnit::Megawatt;
};

} // namespace et::models
