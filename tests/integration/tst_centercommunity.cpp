// SPDX-License-Identifier: MIT
// Issue 19's imports, notices and reviews end to end, through the models the QML sees: two
// consoles (SyncHarness: a real Store and SyncEngine each) on the real server — A an operator, B
// a viewer. A imports a standard-data file through CenterImport (read on a worker; the report
// against its cache; the upload through the outbox) and B's cache gets the changed center. A
// posts a temporary closure: B's CenterNoticeModel shows it after sync and its override makes
// the center closed with the reason, until the end (B's clock moved past it). Both write reviews;
// B may not hide; the admin hides A's and it is gone from both caches. Every item model runs
// under QAbstractItemModelTester.
#include "centercommunity.h"
#include "httptestclient.h"
#include "modeltesthelpers.h"
#include "serverprocess.h"
#include "syncharness.h"
#include "testaccounts.h"
#include "testfixtures.h"

#include "domain/centerreview.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace et;
using domain::UserRole;

namespace {
QByteArray sharedCsv()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

domain::centers::OpenState openState()
{
    domain::centers::OpenState s;
    s.kind = domain::centers::OpenState::Kind::Open;
    s.closesAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return s;
}
} // namespace

class TestCenterCommunity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    test::SyncHarness m_a;
    test::SyncHarness m_b;
    std::unique_ptr<models::CenterCommunity> m_atA;
    std::unique_ptr<models::CenterCommunity> m_atB;
    QString m_centerId;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.db")), {QStringLiteral("--seed"), QStringLiteral("11")}),
                 qPrintable(m_server.errorString()));
        QString error;
        QVERIFY2(m_a.open(m_server.url(), &error, UserRole::Operator), qPrintable(error));
        QVERIFY2(m_b.open(m_server.url(), &error, UserRole::Viewer), qPrintable(error));
        m_a.start();
        m_b.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_a.isOnline() && m_b.isOnline() && m_a.store().centers().size() == 10 && m_b.store().centers().size() == 10, 20000);
        m_atA = std::make_unique<models::CenterCommunity>(&m_a.store());
        m_atB = std::make_unique<models::CenterCommunity>(&m_b.store());
        m_atA->setUser(m_a.session().user());
        m_atB->setUser(m_b.session().user());
        m_centerId = m_a.store().centers().first().id;
    }

    void anImportReachesTheOtherConsole()
    {
        models::CenterImport &importer = *m_atA->importer();
        QVERIFY(!m_atB->importer()->canUpload() && !m_atB->importer()->upload()); // a viewer
        // The shared file as published: its 10 Jeju centers are the seeded ones, unchanged.
        const QString published = m_dir.filePath(QStringLiteral("published.csv"));
        QFile out(published);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(sharedCsv());
        out.close();
        QSignalSpy loaded(&importer, &models::CenterImport::loaded);
        importer.load(QUrl::fromLocalFile(published));
        QVERIFY(importer.busy());
        QVERIFY(loaded.wait(20000));
        QVERIFY2(importer.problem().isEmpty(), qPrintable(importer.problem()));
        QCOMPARE(importer.counts().value(QStringLiteral("unchanged")).toInt(), 10);
        QCOMPARE(importer.counts().value(QStringLiteral("outsideJeju")).toInt(), 281);
        QCOMPARE(importer.rows().size(), 291);
        QVERIFY2(importer.summary().endsWith(QStringLiteral("10 unchanged, 281 skipped (281 outside Jeju)")), qPrintable(importer.summary()));
        QCOMPARE(importer.rows().first().toMap().value(QStringLiteral("outcome")).toString(), QStringLiteral("unchanged")); // the Jeju rows first
        QCOMPARE(importer.rows().last().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("skipped: outside Jeju"));

        // The same in UTF-8 with one center's phone changed: merged, uploaded, at B after sync.
        QString text = QStringDecoder("windows-949").decode(sharedCsv());
        domain::Center target;
        for (const domain::Center &c : m_a.store().centers()) {
            if (!c.phone.isEmpty() && text.count(c.phone) == 1)
                target = c;
        }
        QVERIFY(!target.id.isEmpty());
        text.replace(target.phone, QStringLiteral("064-999-0019"));
        const QString edited = m_dir.filePath(QStringLiteral("edited.csv"));
        QFile editedFile(edited);
        QVERIFY(editedFile.open(QIODevice::WriteOnly));
        editedFile.write(text.toUtf8());
        editedFile.close();
        importer.load(QUrl::fromLocalFile(edited));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(importer.counts().value(QStringLiteral("merged")).toInt(), 1);
        QVERIFY(importer.canUpload());
        QVERIFY2(importer.upload(), qPrintable(importer.problem()));
        QCOMPARE(importer.uploadState(), QStringLiteral("queued"));
        QTRY_COMPARE_WITH_TIMEOUT(importer.uploadState(), QStringLiteral("uploaded"), 20000);
        auto phoneAtB = [&] {
            for (const domain::Center &c : m_b.store().centers()) {
                if (c.id == target.id)
                    return c.phone;
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(phoneAtB(), QStringLiteral("064-999-0019"), 20000);
        QCOMPARE(m_b.store().centers().size(), 10); // merged by its key, not added
    }

    void aClosurePostedOnAClosesTheCenterOnB()
    {
        models::CenterNoticeModel &atA = *m_atA->notices();
        models::CenterNoticeModel &atB = *m_atB->notices();
        const auto testerA = test::contractTester(&atA);
        const auto testerB = test::contractTester(&atB);
        QVERIFY(!atB.canPost());
        QVERIFY(!atB.post(m_centerId, true, QStringLiteral("x"), atB.hoursFromNow(1)).isEmpty());
        QVERIFY(!atA.post(m_centerId, true, QStringLiteral("   "), atA.hoursFromNow(1)).isEmpty());
        QVERIFY(!atA.post(m_centerId, true, QStringLiteral("late"), atA.hoursFromNow(-1)).isEmpty());
        QCOMPARE(m_a.store().outboxSize(), 0);

        const QDateTime ends = QDateTime::currentDateTimeUtc().addSecs(120);
        QCOMPARE(atA.post(m_centerId, true, QStringLiteral("방역 소독으로 임시 휴관"), ends), QString());
        QCOMPARE(atA.rowCount(), 1); // shown at once from the outbox
        QTRY_COMPARE_WITH_TIMEOUT(atB.rowCount(), 1, 20000);
        QCOMPARE(test::value(atB, 0, "kind").toString(), QStringLiteral("closure"));
        QCOMPARE(test::value(atB, 0, "postedBy").toString(), test::testAccount(UserRole::Operator).email);
        const auto closed = atB.stateOf(m_centerId, openState());
        QCOMPARE(closed.state.kind, domain::centers::OpenState::Kind::Closed);
        QCOMPARE(closed.state.reason, QStringLiteral("방역 소독으로 임시 휴관"));
        QCOMPARE(atB.noticeStateOf(m_centerId).value(QStringLiteral("closed")).toBool(), true);
        // Another center is not touched.
        const QString other = m_b.store().centers().last().id;
        QCOMPARE(atB.stateOf(other, openState()).state.kind, domain::centers::OpenState::Kind::Open);

        // At its end it lets go: B's clock moved past it.
        atB.setClock([ends] { return ends.addSecs(1); });
        QCOMPARE(atB.rowCount(), 0);
        QCOMPARE(atB.stateOf(m_centerId, openState()).state.kind, domain::centers::OpenState::Kind::Open);
        atB.setClock([] { return QDateTime::currentDateTimeUtc(); });
        QCOMPARE(atB.rowCount(), 1);
    }

    void aNoticeExpiresOnItsOwn()
    {
        // A short one, for the model's own wake-up at the end (no clock moved, no poll).
        models::CenterNoticeModel &atB = *m_atB->notices();
        atB.setCenterId(m_b.store().centers().at(2).id);
        const auto tester = test::contractTester(&atB);
        QCOMPARE(m_atA->notices()->post(atB.centerId(), false, QStringLiteral("상담사 외근"), QDateTime::currentDateTimeUtc().addSecs(4)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(atB.rowCount(), 1, 20000);
        QCOMPARE(atB.stateOf(atB.centerId(), openState()).state.kind, domain::centers::OpenState::Kind::Open); // a notice only
        QTRY_COMPARE_WITH_TIMEOUT(atB.rowCount(), 0, 10000);
        atB.setCenterId({});
    }

    void reviewsAreOnePerUserAndAHiddenOneLeavesEveryConsole()
    {
        models::CenterReviewModel &atA = *m_atA->reviews();
        models::CenterReviewModel &atB = *m_atB->reviews();
        const auto testerA = test::contractTester(&atA);
        const auto testerB = test::contractTester(&atB);
        atA.setCenterId(m_centerId);
        atB.setCenterId(m_centerId);
        QVERIFY(atB.canWrite()); // a viewer writes their own
        QVERIFY(!atB.canHide());
        QVERIFY(!atB.write(0, QStringLiteral("x")).isEmpty());
        QVERIFY(!atB.write(6, QStringLiteral("x")).isEmpty());
        QVERIFY(!atB.write(4, QString(501, u'가')).isEmpty());
        QCOMPARE(m_b.store().outboxSize(), 0);
        QCOMPARE(atB.write(4, QStringLiteral("친절했어요")), QString());
        QCOMPARE(atB.myStars(), 4);
        QCOMPARE(atA.write(2, QStringLiteral("기다림이 길었어요")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(atA.reviewCount() == 2 && atB.reviewCount() == 2 && m_a.store().outboxSize() == 0 && m_b.store().outboxSize() == 0, 20000);
        QCOMPARE(atB.average(), 3.0);
        // A second write edits the one review.
        QCOMPARE(atB.write(5, QStringLiteral("다시 가보니 좋았어요")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(atA.average() == 3.5 && m_b.store().outboxSize() == 0, 20000);
        QCOMPARE(atA.reviewCount(), 2);
        QCOMPARE(atB.myText(), QStringLiteral("다시 가보니 좋았어요"));

        // B cannot hide; the admin hides A's review and it leaves both consoles.
        QVERIFY(!atB.hide(domain::CenterReview::idFor(m_centerId, m_a.session().user()->id), QStringLiteral("no")).isEmpty());
        test::HttpTestClient admin(m_server.url(), m_server.signIn(UserRole::Admin));
        const QString id = domain::CenterReview::idFor(m_centerId, m_a.session().user()->id);
        const test::HttpReply hidden = admin.post(QStringLiteral("/api/v1/centers/reviews/%1/hide").arg(id), R"({"reason":"personal details"})",
                                                  test::idempotencyKey("cmd-hide-1"));
        QCOMPARE(hidden.status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(atA.reviewCount() == 1 && atB.reviewCount() == 1, 20000);
        QCOMPARE(atB.average(), 5.0);
        QCOMPARE(atA.myStars(), 0);
        QCOMPARE(m_b.store().centerReviews(m_centerId).size(), 1);
        QCOMPARE(m_a.store().centerReviews(m_centerId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCenterCommunity)
#include "tst_centercommunity.moc"
