// SPDX-License-Identifier: MIT
// The console's real QML (ConsoleViewsWindow: Main.qml with the real JejuMap over a real Store)
// as a keyboard and a screen reader meet it: every control of every view has a role, a name and
// a description; Tab goes rail → panel → map → status bar (then the alarm bar) with a visible
// focus at every stop; and every view is worked with the keys alone.
#include "accessibilitywalk.h"
#include "consoleviewstest.h"
#include "domain/alarm/alarmlifecycle.h"
#include "keyboardwalk.h"
#include "viewregistry.h"

#include <QAccessible>
#include <QGeoCoordinate>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace et;

class TestConsoleKeyboard : public test::ConsoleViewsTest
{
    Q_OBJECT
private slots:
    void everyControlHasAnAccessibleNameAndDescription();
    void arrowKeysMoveTheSelection();
    void tabGoesRailPanelMapStatusBar();
    void keysAloneDriveEachView();

private:
    void openViewByKeys(const QString &view);
    void showAnAlarm(bool show);
};

// Tab to the view's button on the rail and press Space, as a keyboard user opens a view.
void TestConsoleKeyboard::openViewByKeys(const QString &view)
{
    QQuickItem *button = find(("navKeys_" + view).toLatin1().constData());
    QVERIFY2(button, qPrintable(view));
    QVERIFY2(test::tabTo(m_window, button), qPrintable(view));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_COMPARE(m_console->currentView(), view);
    QTest::qWait(50); // the panel's bindings settle
}

// A truck below its reserve in the cache, and so the alarm bar; or neither.
void TestConsoleKeyboard::showAnAlarm(bool show)
{
    const QString id = QStringLiteral("truck:truck-03");
    if (show) {
        domain::alarm::Alarm reserve;
        reserve.id = id;
        reserve.source = domain::alarm::Source::TruckReserve;
        reserve.subjectId = reserve.subjectName = QStringLiteral("truck-03");
        reserve.raisedAt = reserve.updatedAt = QDateTime::currentDateTimeUtc();
        reserve = domain::alarm::AlarmLifecycle::conditionPresent(reserve, domain::alarm::Priority::Low, reserve.raisedAt);
        QVERIFY(m_fixture->upsert(QStringLiteral("alarm"), reserve.toJson()).ok());
    } else {
        QVERIFY(m_fixture->remove(QStringLiteral("alarm"), id).ok());
    }
    QTRY_COMPARE(find("alarmBar")->isVisible(), show);
}

void TestConsoleKeyboard::everyControlHasAnAccessibleNameAndDescription()
{
    // Every view, as a screen reader meets it, for an administrator (who has them all): no control
    // without a role, a name and a description.
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    QStringList unnamed;
    QCOMPARE(availableViews().size(), int(models::ViewRegistry::ids().size()));
    for (const QString &view : availableViews()) {
        m_console->setCurrentView(view);
        QTRY_COMPARE(m_console->currentView(), view);
        QTest::qWait(50); // the panel's bindings settle
        for (const QString &where : test::unnamedControls(m_window->contentItem()))
            unnamed << view + QStringLiteral(": ") + where;
    }
    unnamed.removeDuplicates();
    for (const QString &control : std::as_const(unnamed))
        qWarning().noquote() << control;
    m_console->setUser(std::nullopt);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 controls without an accessible role, name or description, listed above")
                                               .arg(unnamed.size())));
    m_console->setCurrentView(QStringLiteral("energy"));
}

void TestConsoleKeyboard::arrowKeysMoveTheSelection()
{
    m_console->setCurrentView(QStringLiteral("energy"));
    QQuickItem *list = find("assetList");
    QVERIFY(list);
    m_console->assets()->select(0);
    list->forceActiveFocus();
    QTRY_VERIFY(list->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Down);
    QCOMPARE(m_console->assets()->selectedRow(), 1);
    QTest::keyClick(m_window, Qt::Key_Down);
    QTest::keyClick(m_window, Qt::Key_Up);
    QCOMPARE(m_console->assets()->selectedRow(), 1);
    QCOMPARE(list->property("currentIndex").toInt(), 1);
}

void TestConsoleKeyboard::tabGoesRailPanelMapStatusBar()
{
    // In every view Tab visits the rail, the panel, the map and the status bar in that order (the
    // alarm bar, when shown, before coming round), and every stop shows that it has the focus: its
    // edges change when the focus goes to an item outside every area, which scrolls nothing.
    QQuickItem elsewhere(m_window->contentItem());
    // With an alarm, so that the alarm bar takes its turn after the status bar.
    showAnAlarm(true);
    // An administrator, who has every view.
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    QCOMPARE(availableViews().size(), int(models::ViewRegistry::ids().size()));
    QStringList problems;
    for (const QString &view : availableViews()) {
        m_console->setCurrentView(view);
        QTRY_COMPARE(m_console->currentView(), view);
        QTest::qWait(50);
        m_window->requestActivate();
        QList<QQuickItem *> stops;
        QQuickItem *item = test::pressTab(m_window);
        QVERIFY2(item, qPrintable(view));
        while (stops.size() < 300 && (stops.isEmpty() || item != stops.first())) {
            stops << item;
            const QImage focused = m_window->grabWindow();
            const QRect rect = test::pixelRect(item);
            elsewhere.forceActiveFocus();
            const double change = test::edgeChange(focused, m_window->grabWindow(), rect);
            if (change < 0.4)
                problems << view + QStringLiteral(": %1 does not show the focus (%2 % of its edges change)")
                                       .arg(test::describe(item))
                                       .arg(qRound(change * 100));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                problems << view + QStringLiteral(": %1 takes the focus but has no name").arg(test::describe(item));
            item->forceActiveFocus(Qt::TabFocusReason);
            item = test::pressTab(m_window);
            QVERIFY2(item, qPrintable(view + QStringLiteral(": the focus left the window")));
        }
        QVERIFY2(item == stops.first(), qPrintable(view + QStringLiteral(": Tab never came round")));

        // The areas in the order visited, from the rail on.
        QStringList areas;
        for (QQuickItem *stop : std::as_const(stops)) {
            const QString area = test::areaOf(stop);
            if (areas.isEmpty() || areas.last() != area)
                areas << area;
        }
        if (areas.size() > 1 && areas.first() == areas.last())
            areas.removeLast(); // the cycle started inside an area
        const qsizetype rail = areas.indexOf(QStringLiteral("navRail"));
        if (rail > 0)
            areas = areas.mid(rail) + areas.first(rail);
        QStringList expected{"navRail", "panelArea", "map", "statusBar"};
        if (find("alarmBar")->isVisible())
            expected << QStringLiteral("alarmBar");
        if (areas != expected)
            problems << view + QStringLiteral(": Tab visits ") + areas.join(u" → ");
        // Shift+Tab goes the other way.
        QCOMPARE(test::pressTab(m_window, Qt::ShiftModifier), stops.last());
    }
    problems.removeDuplicates();
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    m_console->setUser(std::nullopt);
    m_console->setCurrentView(QStringLiteral("energy"));
    showAnAlarm(false);
}

void TestConsoleKeyboard::keysAloneDriveEachView()
{
    // Every view opened and worked with the keyboard alone: Tab and Space on the rail, then Tab,
    // arrows, Space, Enter and typing in the panel and on the map. No click, no direct call.
    m_console->setCurrentView(QStringLiteral("settings"));
    m_window->requestActivate();
    m_window->contentItem()->forceActiveFocus();
    const auto tabTo = [this](const char *objectName) {
        QQuickItem *item = find(objectName);
        return item && test::tabTo(m_window, item);
    };
    const auto downMovesSelection = [this](const char *list, models::EntityListModel *model) {
        QQuickItem *item = find(list);
        QVERIFY2(item && test::tabTo(m_window, item), list);
        const int before = model->selectedRow();
        QTest::keyClick(m_window, Qt::Key_Down);
        QCOMPARE(model->selectedRow(), before + 1);
    };

    // Energy: the asset list, then the chart's time range.
    openViewByKeys(QStringLiteral("energy"));
    m_console->assets()->select(-1);
    downMovesSelection("assetList", m_console->assets());
    QVERIFY(tabTo("chartPointer"));
    QObject *chartData = find("chartPointer")->property("chartData").value<QObject *>();
    QVERIFY(chartData);
    const double from = chartData->property("visibleFromMs").toDouble();
    QTest::keyClick(m_window, Qt::Key_Left);
    QVERIFY(chartData->property("visibleFromMs").toDouble() < from);
    QTest::keyClick(m_window, Qt::Key_0);
    QCOMPARE(chartData->property("visibleFromMs").toDouble(), from);

    // The map: pan, zoom and back to all of Jeju.
    QVERIFY(tabTo("jejuMap"));
    QQuickItem *map = find("jejuMap");
    QTest::keyClick(m_window, Qt::Key_0);
    const auto fitted = map->property("center").value<QGeoCoordinate>();
    const double fittedZoom = map->property("zoomLevel").toDouble();
    QTest::keyClick(m_window, Qt::Key_Right);
    QVERIFY(map->property("center").value<QGeoCoordinate>().longitude() > fitted.longitude());
    QTest::keyClick(m_window, Qt::Key_Plus);
    QVERIFY(map->property("zoomLevel").toDouble() > fittedZoom);
    QTest::keyClick(m_window, Qt::Key_0);
    QCOMPARE(map->property("zoomLevel").toDouble(), fittedZoom);

    // Dispatch and Disasters: their lists.
    openViewByKeys(QStringLiteral("dispatch"));
    m_console->trucks()->select(-1);
    downMovesSelection("truckList", m_console->trucks());
    openViewByKeys(QStringLiteral("disasters"));
    m_console->disasters()->select(-1);
    downMovesSelection("disasterList", m_console->disasters());

    // Centers: type a search, clear it, mark a favorite with F, and place the search's point on
    // the map with Enter.
    openViewByKeys(QStringLiteral("centers"));
    QVERIFY(tabTo("centerSearch"));
    QKeyEvent typed(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("중독"));
    QCoreApplication::sendEvent(m_window, &typed);
    QQuickItem *centerList = find("centerList");
    QTRY_COMPARE(centerList->property("count").toInt(), 1);
    QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QTRY_COMPARE(centerList->property("count").toInt(), expectedCount(domain::EntityKind::Center));
    m_console->centers()->select(-1);
    QVERIFY(test::tabTo(m_window, centerList));
    QTest::keyClick(m_window, Qt::Key_Down);
    QCOMPARE(m_console->centers()->selectedRow(), 0);
    const bool favorite = m_console->centers()->get(0).value(QStringLiteral("favorite")).toBool();
    QTest::keyClick(m_window, Qt::Key_F);
    QTRY_COMPARE(m_console->centers()->get(m_console->centers()->selectedRow()).value(QStringLiteral("favorite")).toBool(), !favorite);
    QTest::keyClick(m_window, Qt::Key_F);
    QTRY_COMPARE(m_console->centers()->get(m_console->centers()->selectedRow()).value(QStringLiteral("favorite")).toBool(), favorite);
    QVERIFY(tabTo("originPick"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(m_console->searchOrigin()->picking());
    QVERIFY(test::tabTo(m_window, map));
    QTest::keyClick(m_window, Qt::Key_Right);
    const auto centre = map->property("center").value<QGeoCoordinate>();
    QTest::keyClick(m_window, Qt::Key_Return);
    QVERIFY(!m_console->searchOrigin()->picking());
    QCOMPARE(m_console->searchOrigin()->source(), QStringLiteral("point"));
    QVERIFY(m_console->searchOrigin()->coordinate().distanceTo(centre) < 1.0);
    m_console->searchOrigin()->useMapCentre();

    // Settings: the theme by its chips.
    openViewByKeys(QStringLiteral("settings"));
    const auto chip = [this](const QString &text) -> QQuickItem * {
        QList<QQuickItem *> items{find("settingsTheme")};
        while (!items.isEmpty()) {
            QQuickItem *i = items.takeFirst();
            if (i && i->activeFocusOnTab() && i->property("text").toString() == text)
                return i;
            if (i)
                items << i->childItems();
        }
        return nullptr;
    };
    QQuickItem *contrast = chip(QStringLiteral("High contrast"));
    QVERIFY(contrast && test::tabTo(m_window, contrast));
    QTest::keyClick(m_window, Qt::Key_Space);
    QCOMPARE(m_appearance->theme(), models::Appearance::Theme::HighContrast);
    QQuickItem *light = chip(QStringLiteral("Light"));
    QVERIFY(light && test::tabTo(m_window, light));
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(m_appearance->theme(), models::Appearance::Theme::Light);

    // The alarm list: opened by keys, it takes the focus; Escape closes it.
    showAnAlarm(true);
    QVERIFY(tabTo("openAlarms"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_VERIFY(m_console->alarms()->listOpen());
    auto *popup = m_window->findChild<QObject *>(QStringLiteral("alarmList"));
    QVERIFY(popup);
    QTRY_VERIFY(popup->property("activeFocus").toBool());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!m_console->alarms()->listOpen());
    showAnAlarm(false);

    // Audit, for an administrator: Refresh by keys reads the trail again (here there is no
    // server, so it says it could not).
    m_console->setUser(domain::UserAccount{QStringLiteral("usr-admin"), QStringLiteral("admin@test.invalid"), domain::UserRole::Admin});
    openViewByKeys(QStringLiteral("audit"));
    QSignalSpy read(m_console->audit(), &models::AuditLogModel::resultChanged);
    QVERIFY(tabTo("auditRefresh"));
    QTest::keyClick(m_window, Qt::Key_Space);
    QTRY_VERIFY(read.count() >= 1);
    QVERIFY(!m_console->audit()->errorText().isEmpty());
    m_console->setUser(std::nullopt);
    m_console->setCurrentView(QStringLiteral("energy"));
}

QTEST_MAIN(TestConsoleKeyboard)
#include "tst_consolekeyboard.moc"
