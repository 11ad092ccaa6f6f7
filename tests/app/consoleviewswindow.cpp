// SPDX-License-Identifier: MIT
#include "consoleviewswindow.h"

#include "modeltesthelpers.h"
#include "viewregistry.h"
#include "windowloader.h"

#include <QAccessible>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

namespace et::test {

ConsoleViewsWindow::ConsoleViewsWindow() = default;

ConsoleViewsWindow::~ConsoleViewsWindow()
{
    // The window before the models it shows, the models before their store.
    m_engine.reset();
    m_testers.clear();
    m_console.reset();
    m_fixture.reset();
}

QString ConsoleViewsWindow::open()
{
    m_fixture = std::make_unique<StoreFixture>();
    if (QString error = m_fixture->openWithSnapshot(); !error.isEmpty())
        return error;
    m_console = std::make_unique<models::ConsoleController>(&m_fixture->store(), nullptr);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
             m_console->assets(), m_console->trucks(), m_console->disasters(), m_console->allCenters(),
             m_console->centers(), m_console->hvdcFlows(), m_console->orders(), m_console->truckOrders(),
             m_console->rejections(), m_console->audit(), m_console->notices(), m_console->views(),
             m_console->destinations()})
        m_testers.push_back(contractTester(model));
    qputenv("XDG_CONFIG_HOME", m_configDir.path().toUtf8());
    m_mapPack = std::make_unique<app::MapPackSettings>(QString(), QString(), m_configDir.path());

    QQuickStyle::setStyle(QStringLiteral("Basic")); // as main.cpp does
    QAccessible::setActive(true);
    m_engine = app::makeWindowEngine({.appearance = &m_appearance, .preferences = &m_preferences, .console = m_console.get(), .mapPack = m_mapPack.get()});
    QObject::connect(m_engine.get(), &QQmlEngine::warnings, m_engine.get(), [this](const QList<QQmlError> &list) {
        for (const auto &w : list)
            m_warnings << w.toString();
    });
    m_engine->load(app::windowUrl(QStringLiteral("Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return QStringLiteral("Main.qml did not load: ") + m_warnings.join(u'\n');
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window || !QTest::qWaitForWindowExposed(m_window))
        return QStringLiteral("no window");
    if (m_window->size() != QSize(1440, 900))
        return QStringLiteral("the window is %1x%2, not 1440x900").arg(m_window->width()).arg(m_window->height());
    if (!QTest::qWaitFor([this] { return m_window->property("mapReady").toBool(); }, 10000))
        return QStringLiteral("the map did not load");
    return m_warnings.join(u'\n');
}

QStringList ConsoleViewsWindow::availableViews() const
{
    QStringList views;
    for (const QString &view : models::ViewRegistry::ids()) {
        const int row = m_console->views()->rowOf(*models::ViewRegistry::viewOf(view));
        if (row >= 0 && m_console->views()->isAvailable(row))
            views << view;
    }
    return views;
}

int ConsoleViewsWindow::expectedCount(domain::EntityKind kind)
{
    const auto batch = StoreFixture::snapshot();
    int n = 0;
    for (const auto &c : batch.value().changes)
        n += c.entity == kind ? 1 : 0;
    return n;
}

} // namespace et::test
