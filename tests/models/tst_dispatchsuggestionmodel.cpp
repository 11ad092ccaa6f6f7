// SPDX-License-Identifier: MIT
// DispatchSuggestionModel over a real Store, under QAbstractItemModelTester: the rows are the
// cached plan's suggestions (a plan the domain's planner made, synced as the dispatch_plan
// entity), with their parts, alternative and route; the explanation names the truck, the site and
// the truck it beat; accept() queues exactly the order the suggestion describes and hides it;
// reject() hides it until a round no longer makes it; acceptAll() queues the rest; a damaged plan
// is refused by the cache and the rows stay.
#include "dispatchsuggestionmodel.h"
#include "modeltesthelpers.h"
#include "dispatchplanfixture.h"
#include "storefixture.h"

#include "domain/dispatch/dispatchplanjson.h"
#include "domain/dispatchorder.h"

#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace et;
using namespace et::domain::dispatch;
using et::test::value;

namespace {
const QDateTime kNow = test::kExamplePlanTime;

DispatchPlan aPlan()
{
    return test::examplePlan();
}

QJsonObject entity(const DispatchPlan &plan)
{
    return test::planEntity(plan);
}
} // namespace

class TestDispatchSuggestionModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsFollowTheCachedPlan()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        models::DispatchSuggestionModel model(&fixture.store());
        const auto tester = test::contractTester(&model);
        QCOMPARE(model.rowCount(), 0);
        const DispatchPlan plan = aPlan();
        QCOMPARE(plan.suggestions.size(), 3);
        QSignalSpy changed(&model, &models::DispatchSuggestionModel::planChanged);
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(plan)).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.computedAt(), kNow);
        QCOMPARE(model.totalValueKrw(), plan.totalValueKrw);
        for (int r = 0; r < 3; ++r) {
            const DispatchSuggestion &s = plan.suggestions[r];
            QCOMPARE(value(model, r, "suggestionId").toString(), s.id);
            QCOMPARE(value(model, r, "truckName").toString(), s.truckName);
            QCOMPARE(value(model, r, "siteName").toString(), s.task.siteName);
            QCOMPARE(value(model, r, "kind").toString(), s.task.kind == PlanTask::Kind::Charge ? QStringLiteral("charge") : QStringLiteral("deliver"));
            QCOMPARE(value(model, r, "energyKwh").toDouble(), s.pairing.parts.energyKwh);
            QCOMPARE(value(model, r, "valueKrw").toDouble(), s.pairing.parts.valueKrw());
            QCOMPARE(value(model, r, "wearKrw").toDouble(), s.pairing.parts.wearKrw);
            QCOMPARE(value(model, r, "arrival").toDateTime(), s.pairing.arrival);
            QCOMPARE(value(model, r, "route").toList().size(), 3);
            QCOMPARE(value(model, r, "alternativeTruck").toString(), s.alternative ? s.alternative->truckName : QString());
            if (s.alternative)
                QCOMPARE(value(model, r, "alternativeLaterMin").toDouble(), double(s.pairing.arrival.secsTo(s.alternative->pairing.arrival)) / 60.0);
        }
        // The same plan again is no news.
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(plan)).ok());
        QCOMPARE(changed.count(), 1);
    }

    void theExplanationNamesWhoAndWhatItBeat()
    {
        const DispatchPlan plan = aPlan();
        for (const DispatchSuggestion &s : plan.suggestions) {
            const QString text = models::DispatchSuggestionModel::explain(s);
            QVERIFY2(text.contains(s.truckName) && text.contains(s.task.siteName), qPrintable(text));
            // 09:00 KST plus the drive, on Jeju's clock.
            QVERIFY2(text.contains(s.pairing.arrival.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("HH:mm"))), qPrintable(text));
            if (s.alternative)
                QVERIFY2(text.contains(s.alternative->truckName), qPrintable(text));
        }
    }

    void acceptQueuesThatOrderAndRejectHides()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        models::DispatchSuggestionModel model(&fixture.store());
        const auto tester = test::contractTester(&model);
        const DispatchPlan plan = aPlan();
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(plan)).ok());
        const DispatchSuggestion first = plan.suggestions[0];

        QCOMPARE(model.accept(0), QString());
        QCOMPARE(model.rowCount(), 2);
        const auto outbox = fixture.store().outbox();
        QCOMPARE(outbox.size(), 1);
        QVERIFY(outbox[0].command.kind == domain::CommandKind::CreateOrder);
        const auto order = domain::DispatchOrder::fromRequestJson(outbox[0].command.body);
        QVERIFY2(order.ok(), qPrintable(order.error().toString()));
        QCOMPARE(order.value().truckId, first.truckId);
        QCOMPARE(order.value().targetAssetId, first.task.siteId);
        QCOMPARE(order.value().kwh, std::round(first.pairing.parts.energyKwh));

        model.reject(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(fixture.store().outbox().size(), 1); // a rejection sends nothing
        QVERIFY(!model.accept(7).isEmpty());

        // A round without the rejected suggestion forgets it; one that makes it again shows it.
        DispatchPlan next = plan;
        next.computedAt = kNow.addSecs(300);
        next.suggestions.removeAt(1);
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(next)).ok());
        QCOMPARE(model.rowCount(), 1); // the accepted one stays hidden, the third shows
        next.computedAt = kNow.addSecs(600);
        next.suggestions = plan.suggestions;
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(next)).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(value(model, 0, "suggestionId").toString(), plan.suggestions[1].id);

        QCOMPARE(model.acceptAll(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(fixture.store().outbox().size(), 3);
    }

    void aDamagedPlanIsRefusedAndTheRowsStay()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        models::DispatchSuggestionModel model(&fixture.store());
        QVERIFY(fixture.upsert(QStringLiteral("dispatch_plan"), entity(aPlan())).ok());
        QJsonObject damaged = entity(aPlan());
        damaged[QStringLiteral("suggestions")] = QStringLiteral("none");
        QVERIFY(!fixture.upsert(QStringLiteral("dispatch_plan"), damaged).ok());
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestDispatchSuggestionModel)
#include "tst_dispatchsuggestionmodel.moc"
