// SPDX-License-Identifier: MIT
// CenterListModel's open-now over a real Store with the snapshot's Jeju centers (Seogwipo's
// mental-health center: 09:00–18:00, closed "토+일+공휴일", data of 2022-12-15), on a test clock:
// open with its closing time and the minutes left; closed before opening; closed on Chuseok 2026
// with the holiday's name and the next opening; closed on 4·3 (a Jeju public office); a phrase
// that is not understood shown as published, never as open; and the data flagged as more than a
// year old; a favorite marked and unmarked in the user's cache; the seven days ahead through
// Chuseok; the Kakao route and Naver search links. Under QAbstractItemModelTester.
#include "centerlistmodel.h"
#include "modeltesthelpers.h"
#include "storefixture.h"

#include "domain/hazard/incidentimpactjson.h"

#include <QTest>

using namespace et;

namespace {
QDateTime kst(const QString &text)
{
    return QDateTime::fromString(text + QStringLiteral("+09:00"), Qt::ISODate);
}
} // namespace

class TestCenterListModel : public QObject
{
    Q_OBJECT
private slots:
    void centersAnIncidentMayLeaveWithoutPower()
    {
        // The server's assessment, cached with an open incident, lists center-2 among the
        // facilities whose substation may fail: its row says so; resolved, it does not.
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::CenterListModel model(&fixture.store());
        const auto tester = test::contractTester(&model);
        const auto risk = [&](const char *id) { return test::value(model, test::rowOf(model, "centerId", QString::fromLatin1(id)), "powerRisk").toString(); };
        QVERIFY(risk("center-2").isEmpty());

        domain::hazard::IncidentImpact impact;
        impact.computedAt = QDateTime::currentDateTimeUtc();
        domain::hazard::FacilityWithoutPower f;
        f.outage.facilityId = QStringLiteral("center-2");
        f.outage.substationId = QStringLiteral("ss-1");
        f.outage.lossProbability = 0.62;
        f.outage.outageHours = 8.0;
        f.name = QStringLiteral("center two");
        f.kind = QStringLiteral("health_center");
        impact.facilitiesWithoutPower = {f};
        QJsonObject d = test::StoreFixture::snapshotEntity("disaster", "dis-outage-1");
        d["impact"] = domain::hazard::IncidentImpactJson::toJson(impact);
        QVERIFY(fixture.upsert("disaster", d).ok());
        QTRY_VERIFY(!risk("center-2").isEmpty());
        QVERIFY2(risk("center-2").contains(d["title"].toString()) && risk("center-2").contains(u"62") && risk("center-2").contains(u"8"),
                 qPrintable(risk("center-2")));
        QVERIFY(risk("center-1").isEmpty());

        d["status"] = QStringLiteral("resolved");
        QVERIFY(fixture.upsert("disaster", d).ok());
        QTRY_VERIFY(risk("center-2").isEmpty());
    }

    void openNowFollowsTheClockAndTheHolidays()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::CenterListModel model(&fixture.store());
        const auto tester = test::contractTester(&model);
        QDateTime now = kst(QStringLiteral("2026-09-23T16:15:00"));
        model.setClock([&now] { return now; });
        const QString id = QStringLiteral("center-1");
        const auto column = [&](const char *name) { return test::value(model, test::rowOf(model, "centerId", id), name); };

        QCOMPARE(column("status").toString(), QStringLiteral("open"));
        QVERIFY2(column("openText").toString().contains(QStringLiteral("18:00")) && column("openText").toString().contains(QStringLiteral("105")),
                 qPrintable(column("openText").toString()));

        now = kst(QStringLiteral("2026-09-23T08:00:00"));
        model.reload();
        QCOMPARE(column("status").toString(), QStringLiteral("closed"));
        QVERIFY2(column("openText").toString().contains(QStringLiteral("09:00")), qPrintable(column("openText").toString()));

        now = kst(QStringLiteral("2026-09-25T11:00:00"));
        model.reload();
        QCOMPARE(column("status").toString(), QStringLiteral("closed_today"));
        QVERIFY2(column("openText").toString().contains(QStringLiteral("추석")), qPrintable(column("openText").toString()));

        now = kst(QStringLiteral("2026-04-03T11:00:00"));
        model.reload();
        QCOMPARE(column("status").toString(), QStringLiteral("closed_today"));
        QVERIFY2(column("openText").toString().contains(QStringLiteral("4·3")), qPrintable(column("openText").toString()));

        QCOMPARE(column("dataDate").toString(), QStringLiteral("2022-12-15"));
        QCOMPARE(column("dataOld").toBool(), true);

        QJsonObject odd = test::StoreFixture::snapshotEntity(QStringLiteral("center"), id);
        odd[QStringLiteral("closed_days")] = QStringLiteral("코로나19 종료 시 연중무휴");
        QVERIFY(fixture.upsert(QStringLiteral("center"), odd).ok());
        now = kst(QStringLiteral("2026-09-23T11:00:00"));
        model.reload();
        QCOMPARE(column("status").toString(), QStringLiteral("uncertain"));
        QVERIFY2(column("openText").toString().contains(QStringLiteral("코로나19 종료 시 연중무휴")), qPrintable(column("openText").toString()));

        // A favorite is the user's own mark, in their cache.
        QCOMPARE(column("favorite").toBool(), false);
        QVERIFY(model.setFavorite(id, true));
        QCOMPARE(column("favorite").toBool(), true);
        QCOMPARE(fixture.store().favoriteCenters(), QSet<QString>{id});
        QVERIFY(model.setFavorite(id, false));
        QCOMPARE(column("favorite").toBool(), false);
        QVERIFY(!model.setFavorite(QString(), true));
    }

    void theWeekAheadAndTheWayThere()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::CenterListModel model(&fixture.store());
        model.setClock([] { return kst(QStringLiteral("2026-09-23T10:00:00")); }); // Wednesday before Chuseok
        const QVariantList week = model.week(QStringLiteral("center-1"));
        QCOMPARE(week.size(), 7);
        const auto day = [&week](int i) { return week.at(i).toMap(); };
        QCOMPARE(day(0).value(QStringLiteral("date")).toString(), QStringLiteral("09-23"));
        QCOMPARE(day(0).value(QStringLiteral("text")).toString(), QStringLiteral("09:00–18:00"));
        QVERIFY(day(1).value(QStringLiteral("closed")).toBool()); // Chuseok eve
        QVERIFY(day(1).value(QStringLiteral("text")).toString().contains(QStringLiteral("추석 전날")));
        QVERIFY(day(2).value(QStringLiteral("text")).toString().contains(QStringLiteral("추석")));
        QVERIFY(day(3).value(QStringLiteral("closed")).toBool()); // Saturday
        QVERIFY(day(4).value(QStringLiteral("closed")).toBool()); // Sunday
        QCOMPARE(day(5).value(QStringLiteral("text")).toString(), QStringLiteral("09:00–18:00")); // Monday 28th: no substitute day
        QVERIFY(model.week(QStringLiteral("no-such-center")).isEmpty());

        QCOMPARE(models::CenterListModel::kakaoRouteUrl(QStringLiteral("서귀포, 정신건강"), 33.2534258, 126.5553625).toString(),
                 QStringLiteral("https://map.kakao.com/link/to/서귀포  정신건강,33.253426,126.555363"));
        QVERIFY(models::CenterListModel::naverSearchUrl(QStringLiteral("서귀포보건소"), QStringLiteral("제주특별자치도 서귀포시 중앙로 52"))
                    .toString().startsWith(QStringLiteral("https://map.naver.com/p/search/서귀포보건소 제주특별자치도 서귀포시 중앙로")));
    }
};

QTEST_GUILESS_MAIN(TestCenterListModel)
#include "tst_centerlistmodel.moc"
