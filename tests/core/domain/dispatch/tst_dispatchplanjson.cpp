// SPDX-License-Identifier: MIT
// DispatchPlanJson: a plan made by the planner on Jeju's roads (with routes and alternatives)
// comes back equal from its JSON, through text; and every kind of damage — a wrong type, a missing
// field, an unknown kind, a number out of range, a route point off the Earth, a window that ends
// before it starts — refuses the whole plan and names the field.
#include "domain/dispatch/dispatchplanjson.h"
#include "domain/dispatch/dispatchplanner.h"
#include "jejuroads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace et::domain::dispatch;

namespace {
const QDateTime kNow(QDate(2026, 4, 12), QTime(3, 0), Qt::UTC);

DispatchPlan aRealPlan()
{
    RoadTravel travel(*et::test::jejuRoads());
    QList<PlanTruck> trucks;
    for (const auto &[id, place] : {std::pair{QStringLiteral("ET-01"), et::test::kJejuCityHall}, {QStringLiteral("ET-02"), et::test::kSeongsanIlchulbong},
                                    {QStringLiteral("ET-03"), et::test::kHallimPort}}) {
        PlanTruck t;
        t.id = id;
        t.name = QStringLiteral("트럭 ") + id;
        t.lat = place.lat;
        t.lon = place.lon;
        t.capacityKwh = 1000;
        t.soc = 0.25;
        t.powerKw = 250;
        t.wearKrwPerKwh = 25;
        trucks << t;
    }
    PlanTask farm;
    farm.id = QStringLiteral("charge:gasiri:1");
    farm.siteId = QStringLiteral("wind-gasiri");
    farm.siteName = QStringLiteral("가시리풍력");
    farm.lat = 33.3632;
    farm.lon = 126.7403;
    farm.windowStart = kNow.addSecs(3600);
    farm.windowEnd = kNow.addSecs(4 * 3600);
    farm.energyKwh = 1500;
    farm.powerLimitKw = 1000;
    farm.priceKrwPerKwh = -60;
    PlanTask west = farm;
    west.id = QStringLiteral("charge:hallim:1");
    west.siteId = QStringLiteral("wind-hallim");
    west.siteName = QStringLiteral("한림풍력");
    west.lat = 33.4105;
    west.lon = 126.2595;
    PlanParameters p;
    p.now = kNow;
    auto plan = DispatchPlanner::plan(trucks, {farm, west}, p, travel);
    DispatchPlanner::addRoutes(plan.value(), trucks, travel);
    return plan.value();
}
} // namespace

class TestDispatchPlanJson : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(et::test::jejuRoads(&error), qPrintable(error));
    }

    void aPlanComesBackEqual()
    {
        const DispatchPlan plan = aRealPlan();
        QCOMPARE(plan.suggestions.size(), 2);
        qsizetype longest = 0;
        for (const auto &s : plan.suggestions) {
            QVERIFY(s.route.size() >= 3); // the truck, at least one junction, the site
            QVERIFY(s.alternative.has_value());
            longest = std::max(longest, s.route.size());
        }
        QVERIFY2(longest > 10, qPrintable(QString::number(longest)));
        const QByteArray text = QJsonDocument(DispatchPlanJson::toJson(plan)).toJson(QJsonDocument::Compact);
        const auto back = DispatchPlanJson::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QVERIFY(back.value() == plan);
        QCOMPARE(back.value().suggestions[0].pairing.parts.valueKrw(), plan.suggestions[0].pairing.parts.valueKrw());
    }

    void damageRefusesThePlan_data()
    {
        QTest::addColumn<QString>("path");   // where to damage, a/b/0/c
        QTest::addColumn<QJsonValue>("value"); // what to put there (undefined: remove it)
        QTest::addColumn<QString>("field");  // the error's field
        QTest::newRow("suggestions not a list") << "suggestions" << QJsonValue(QStringLiteral("x")) << "suggestions";
        QTest::newRow("no computed_at") << "computed_at" << QJsonValue(QJsonValue::Undefined) << "computed_at";
        QTest::newRow("unknown kind") << "suggestions/0/task/kind" << QJsonValue(QStringLiteral("fly")) << "suggestions[0].task.kind";
        QTest::newRow("latitude off the Earth") << "suggestions/0/task/lat" << QJsonValue(95) << "suggestions[0].task.lat";
        QTest::newRow("energy a string") << "suggestions/0/pairing/energy_kwh" << QJsonValue(QStringLiteral("600")) << "suggestions[0].pairing.energy_kwh";
        QTest::newRow("negative wear") << "suggestions/0/pairing/wear_krw" << QJsonValue(-1) << "suggestions[0].pairing.wear_krw";
        QTest::newRow("bad arrival") << "suggestions/0/pairing/arrival" << QJsonValue(QStringLiteral("soon")) << "suggestions[0].pairing.arrival";
        QTest::newRow("alternative a string") << "suggestions/0/alternative" << QJsonValue(QStringLiteral("ET-9")) << "suggestions[0].alternative";
        QTest::newRow("alternative without a truck") << "suggestions/0/alternative/truck_id" << QJsonValue(QJsonValue::Undefined)
                                                     << "suggestions[0].alternative.truck_id";
        QTest::newRow("route point off the Earth") << "suggestions/0/route/3" << QJsonValue(QJsonArray{91, 126.5}) << "suggestions[0].route[3]";
        QTest::newRow("route point not a pair") << "suggestions/0/route/3" << QJsonValue(QJsonArray{33.5}) << "suggestions[0].route[3]";
        QTest::newRow("window backwards") << "suggestions/0/task/window_end" << QJsonValue(QStringLiteral("2026-04-12T00:00:00Z"))
                                          << "suggestions[0].task.window_end";
    }

    void damageRefusesThePlan()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QStringList steps = path.split(u'/');
        // Rebuilds the nested objects and arrays along `steps` with the change at the end.
        std::function<QJsonValue(const QJsonValue &, int)> damage = [&](const QJsonValue &at, int i) -> QJsonValue {
            if (i == steps.size())
                return value;
            bool isIndex = false;
            const int index = steps[i].toInt(&isIndex);
            if (isIndex) {
                QJsonArray a = at.toArray();
                a[index] = damage(a[index], i + 1);
                return a;
            }
            QJsonObject o = at.toObject();
            const QJsonValue inner = damage(o.value(steps[i]), i + 1);
            if (inner.isUndefined())
                o.remove(steps[i]);
            else
                o[steps[i]] = inner;
            return o;
        };
        const QJsonValue damaged = damage(DispatchPlanJson::toJson(aRealPlan()), 0);
        const auto back = DispatchPlanJson::fromJson(damaged);
        QVERIFY(!back.ok());
        QCOMPARE(back.error().field, field);
        QVERIFY(!DispatchPlanJson::fromJson(QJsonValue(42)).ok());
    }
};

QTEST_GUILESS_MAIN(TestDispatchPlanJson)
#include "tst_dispatchplanjson.moc"
