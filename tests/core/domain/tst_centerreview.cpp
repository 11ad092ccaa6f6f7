// SPDX-License-Identifier: MIT
// A review: 1 to 5 stars (a whole number), at most 500 characters as a person counts them, its
// id the one of its user and center (so a second write is an edit), the author's e-mail never
// whole; a hide needs a reason; the average and count are over one center's reviews.
#include "domain/centerreview.h"
#include "domain/operatorcommand.h"

#include <QTest>

using namespace et::domain;

namespace {
QJsonObject request(const QJsonValue &stars, const QString &text)
{
    return {{QStringLiteral("center_id"), QStringLiteral("ctr-a")}, {QStringLiteral("user_id"), QStringLiteral("usr-1")},
            {QStringLiteral("stars"), stars}, {QStringLiteral("text"), text}};
}
} // namespace

class TestCenterReview : public QObject
{
    Q_OBJECT
private slots:
    void limits()
    {
        for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(6), QJsonValue(3.5), QJsonValue(QStringLiteral("4")), QJsonValue()})
            QCOMPARE(CenterReview::fromRequest(request(bad, QStringLiteral("ok"))).error().field, QStringLiteral("stars"));
        QVERIFY(CenterReview::fromRequest(request(5, QString(500, u'좋'))).ok());
        const auto tooLong = CenterReview::fromRequest(request(5, QString(501, u'좋')));
        QCOMPARE(tooLong.error().field, QStringLiteral("text"));
        QVERIFY(tooLong.error().message.contains(u"at most 500"));
        // 500 emoji are 1,000 UTF-16 units but 500 characters.
        QString emoji;
        for (int i = 0; i < 500; ++i)
            emoji += QString::fromUcs4(U"😀", 1);
        QVERIFY(CenterReview::fromRequest(request(1, emoji)).ok());
        QVERIFY(CenterReview::fromRequest(request(1, QString())).ok()); // stars alone are a review
    }

    void oneIdPerUserAndCenter()
    {
        const auto a = CenterReview::fromRequest(request(4, QStringLiteral("a")));
        const auto b = CenterReview::fromRequest(request(2, QStringLiteral("b")));
        QCOMPARE(a.value().id, b.value().id);
        QCOMPARE(a.value().id, CenterReview::idFor(QStringLiteral("ctr-a"), QStringLiteral("usr-1")));
        QVERIFY(a.value().id != CenterReview::idFor(QStringLiteral("ctr-a"), QStringLiteral("usr-2")));
        CenterReview stored = a.value();
        stored.author = CenterReview::authorOf(QStringLiteral("kim@example.kr"));
        stored.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(1, 2, 3), Qt::UTC);
        QCOMPARE(stored.author, QStringLiteral("kim"));
        QCOMPARE(CenterReview::fromJson(stored.toJson()).value(), stored);
        QJsonObject forged = stored.toJson();
        forged.insert(QStringLiteral("id"), QStringLiteral("rev-0000000000000000"));
        QCOMPARE(CenterReview::fromJson(forged).error().field, QStringLiteral("id"));
        const auto command = OperatorCommand::writeCenterReview(stored, OperatorCommand::newKey(), stored.updatedAt);
        QCOMPARE(command.path(), QStringLiteral("/centers/ctr-a/reviews"));
        QVERIFY(OperatorCommand::fromJson(command.toJson()).ok());
    }

    void hideNeedsAReason()
    {
        QCOMPARE(CenterReview::hideReasonFrom({}).error().field, QStringLiteral("reason"));
        QCOMPARE(CenterReview::hideReasonFrom({{QStringLiteral("reason"), QStringLiteral("  ")}}).error().field, QStringLiteral("reason"));
        QCOMPARE(CenterReview::hideReasonFrom({{QStringLiteral("reason"), QStringLiteral(" 욕설 ")}}).value(), QStringLiteral("욕설"));
    }

    void summaryOfOneCenter()
    {
        QList<CenterReview> list;
        for (const auto &[center, stars] : {std::pair{"ctr-a", 5}, std::pair{"ctr-a", 2}, std::pair{"ctr-b", 1}}) {
            CenterReview r;
            r.centerId = QString::fromLatin1(center);
            r.stars = stars;
            list << r;
        }
        const ReviewSummary a = ReviewSummary::of(list, QStringLiteral("ctr-a"));
        QCOMPARE(a.count, 2);
        QCOMPARE(a.average, 3.5);
        QCOMPARE(ReviewSummary::of(list, QStringLiteral("ctr-c")).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestCenterReview)
#include "tst_centerreview.moc"
