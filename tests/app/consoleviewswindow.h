// SPDX-License-Identifier: MIT
#pragma once

#include "appearance.h"
#include "consolecontroller.h"
#include "mappacksettings.h"
#include "quickitemfinder.h"
#include "storefixture.h"
#include "userpreferences.h"

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace et::test {

/// The console's real QML (Main.qml with the real JejuMap), offscreen, over a real Store filled
/// from tests/models/data/jeju-snapshot.json, with accessibility active as when a screen reader
/// runs (the controls hand their texts to it only while it is, from their creation on). Every
/// item model the console gives the QML runs under QAbstractItemModelTester meanwhile. What the
/// views' tests (tst_consoleviews, tst_consolekeyboard) drive.
class ConsoleViewsWindow
{
public:
    ConsoleViewsWindow();
    ~ConsoleViewsWindow();

    /// "" once the 1440x900 window shows the map with no QML warning; else what went wrong.
    QString open();
    /// Every QML warning so far.
    QStringList warnings() const { return m_warnings; }

    QQuickWindow *window() const { return m_window; }
    QQuickItem *find(const char *objectName) const { return findQuickItem(m_window, QString::fromLatin1(objectName)); }
    /// The ids of the views the signed-in user may open (ViewRegistry order).
    QStringList availableViews() const;
    /// How many entities of `kind` the snapshot has.
    static int expectedCount(domain::EntityKind kind);

    models::ConsoleController &console() { return *m_console; }
    models::Appearance &appearance() { return m_appearance; }
    StoreFixture &fixture() { return *m_fixture; }
    QQmlApplicationEngine &engine() { return *m_engine; }
    /// XDG_CONFIG_HOME for the run: the settings land here, not in the user's.
    const QTemporaryDir &configDir() const { return m_configDir; }

private:
    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<models::ConsoleController> m_console;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers; ///< one per model of m_console
    models::Appearance m_appearance{nullptr};
    models::UserPreferences m_preferences{&m_appearance, {}};
    QTemporaryDir m_configDir;
    std::unique_ptr<app::MapPackSettings> m_mapPack;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QStringList m_warnings;
};

} // namespace et::test
