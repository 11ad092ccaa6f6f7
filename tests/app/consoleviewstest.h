// SPDX-License-Identifier: MIT
#pragma once

#include "consoleviewswindow.h"

#include <QObject>

namespace et::test {

/// The base of a test class over the console's views: opens a ConsoleViewsWindow before the first
/// test function, and after the last checks that nothing the tests did made the QML warn.
class ConsoleViewsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

protected:
    QQuickItem *find(const char *objectName) const { return m_ui->find(objectName); }
    QStringList availableViews() const { return m_ui->availableViews(); }
    static int expectedCount(domain::EntityKind kind) { return ConsoleViewsWindow::expectedCount(kind); }

    std::unique_ptr<ConsoleViewsWindow> m_ui;
    // The window's parts the tests use most.
    models::ConsoleController *m_console = nullptr;
    models::Appearance *m_appearance = nullptr;
    StoreFixture *m_fixture = nullptr;
    QQuickWindow *m_window = nullptr;
};

} // namespace et::test
