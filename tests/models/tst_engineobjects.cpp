// SPDX-License-Identifier: MIT
// Each window's QML engine gets its own objects (models::EngineObjects), never a process-wide
// one: two engines loaded side by side with two consoles over two caches each read their own
// Console, and a singleton the window was not given fails the load with an error that says so.
#include "appearance.h"
#include "consolecontroller.h"
#include "engineobjects.h"
#include "storefixture.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QTest>

Q_IMPORT_QML_PLUGIN(EnergyTruck_ModelsPlugin)

using namespace et;

namespace {
const QByteArray kProbe = R"(
import QtQml
import EnergyTruck.Models
QtObject {
    readonly property string view: Console.views.currentId
    readonly property int trucks: Console.trucks.count
    readonly property bool dark: Appearance.dark
}
)";
} // namespace

class TestEngineObjects : public QObject
{
    Q_OBJECT
private slots:
    void eachEngineReadsItsOwnObjects()
    {
        test::StoreFixture full, empty;
        QString error;
        QVERIFY2(full.open(&error) && empty.open(&error), qPrintable(error));
        QVERIFY(full.applySnapshot().ok());
        models::ConsoleController one(&full.store(), nullptr), other(&empty.store(), nullptr);
        other.setCurrentView(QStringLiteral("centers"));
        models::Appearance dark(nullptr), light(nullptr);
        dark.setDark(true);

        QQmlEngine first, second;
        first.addImportPath(QStringLiteral("qrc:/qt/qml"));
        second.addImportPath(QStringLiteral("qrc:/qt/qml"));
        models::EngineObjects::put(&first, &one);
        models::EngineObjects::put(&first, &dark);
        models::EngineObjects::put(&second, &other);
        models::EngineObjects::put(&second, &light);
        QQmlComponent a(&first), b(&second);
        a.setData(kProbe, QUrl(QStringLiteral("qrc:/probe-a.qml")));
        b.setData(kProbe, QUrl(QStringLiteral("qrc:/probe-b.qml")));
        std::unique_ptr<QObject> seenByFirst(a.create()), seenBySecond(b.create());
        QVERIFY2(seenByFirst && seenBySecond, qPrintable(a.errorString() + b.errorString()));
        QCOMPARE(seenByFirst->property("view").toString(), QStringLiteral("energy"));
        QCOMPARE(seenBySecond->property("view").toString(), QStringLiteral("centers"));
        QCOMPARE(seenByFirst->property("trucks").toInt(), one.trucks()->rowCount());
        QVERIFY(one.trucks()->rowCount() > 0);
        QCOMPARE(seenBySecond->property("trucks").toInt(), 0);
        QCOMPARE(seenByFirst->property("dark").toBool(), true);
        QCOMPARE(seenBySecond->property("dark").toBool(), false);
        // The engine does not own them: both survive their engines.
        seenByFirst.reset();
        seenBySecond.reset();
    }

    void aMissingObjectFailsTheLoad()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent probe(&engine);
        probe.setData(kProbe, QUrl(QStringLiteral("qrc:/probe-missing.qml")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*")));
        std::unique_ptr<QObject> made(probe.create());
        // No Console was given: reading it must not quietly give another window's data.
        QVERIFY(!made || made->property("view").toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEngineObjects)
#include "tst_engineobjects.moc"
