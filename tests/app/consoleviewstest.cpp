// SPDX-License-Identifier: MIT
#include "consoleviewstest.h"

#include <QTest>

namespace et::test {

void ConsoleViewsTest::initTestCase()
{
    m_ui = std::make_unique<ConsoleViewsWindow>();
    const QString error = m_ui->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_console = &m_ui->console();
    m_appearance = &m_ui->appearance();
    m_fixture = &m_ui->fixture();
    m_window = m_ui->window();
}

void ConsoleViewsTest::cleanupTestCase()
{
    // Switching views, selecting, filtering and typing must not have made the QML warn once.
    QVERIFY2(m_ui->warnings().isEmpty(), qPrintable(m_ui->warnings().join(u'\n')));
    m_ui.reset();
}

} // namespace et::test
