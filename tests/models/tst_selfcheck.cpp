// SPDX-License-Identifier: MIT
// The private self-check over a real Store: the needs profile worked out by hand for a small set
// of questions; the bundled PHQ-9 and GAD-7 scored into their published bands (Kroenke et al.
// 2001: 5/10/15/20; Spitzer et al. 2006: 5/10/15); a crisis answer; the result feeding the
// ranking; and privacy — the answers in no log line, in no file but the user's cache, and in no
// byte of that cache once deleted.
#include "centerfiltermodel.h"
#include "centerlistmodel.h"
#include "consolecontroller.h"
#include "selfcheck.h"
#include "storefixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace et;

namespace {

// Two needs, three questions; the profile is worked out by hand in profileByHand().
const QByteArray kSmall = R"({
  "version": 1, "validated": false,
  "disclaimer": {"ko": "진단이 아닙니다", "en": "Not a diagnosis"},
  "period": {"ko": "지난 2주", "en": "Last 2 weeks"},
  "scale": [{"value": 0, "en": "no"}, {"value": 1, "en": "some"}, {"value": 2, "en": "often"}, {"value": 3, "en": "always"}],
  "instruments": [{"id": "own", "name": {"en": "Own"}, "validated": false, "source": "here", "cutoffs": []}],
  "questions": [
    {"id": "q1", "instrument": "own", "en": "one", "needs": {"mood": 1.0}},
    {"id": "q2", "instrument": "own", "en": "two", "needs": {"mood": 0.5, "sleep": 1.0}},
    {"id": "q3", "instrument": "own", "en": "three", "needs": {"crisis": 1.0}, "crisisAt": 1}
  ]
})";

QStringList g_log;
QMutex g_logLock;
void keepLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logLock);
    g_log << message;
}

} // namespace

class TestSelfCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void init()
    {
        m_fixture = std::make_unique<test::StoreFixture>();
        QString error;
        QVERIFY2(m_fixture->open(&error), qPrintable(error));
        QVERIFY(m_fixture->applySnapshot().ok());
    }
    void cleanup() { m_fixture.reset(); }

    void profileByHand()
    {
        models::SelfCheck check(&m_fixture->store(), kSmall);
        QCOMPARE(check.questions().size(), 3);
        // mood: (3·1 + 1·0.5) / (3·1 + 3·0.5) = 3.5 / 4.5; sleep: 1·1 / 3 = 1/3; crisis: 0 → left out.
        const auto profile = check.profileOf({3, 1, 0});
        QCOMPARE(profile.size(), 2);
        QVERIFY(qAbs(profile.value(QStringLiteral("mood")) - 3.5 / 4.5) < 1e-12);
        QVERIFY(qAbs(profile.value(QStringLiteral("sleep")) - 1.0 / 3.0) < 1e-12);
        QVERIFY(!profile.contains(QStringLiteral("crisis")));
        QVERIFY(!check.answer(0, 4));  // not a choice
        QVERIFY(!check.answer(3, 1));  // no such question
        QVERIFY(!check.save());        // not complete
        QVERIFY(check.answer(0, 3) && check.answer(1, 1));
        QVERIFY(!check.crisis());
        QVERIFY(check.answer(2, 1));
        QVERIFY(check.crisis()); // at once, before anything is saved
        QVERIFY(!check.hasResult());
        QVERIFY(check.save());
        QVERIFY(check.hasResult());
        QVERIFY(qAbs(check.profile().value(QStringLiteral("crisis")).toDouble() - 1.0 / 3.0) < 1e-12);
    }

    void bundledInstrumentsScoreIntoTheirBands()
    {
        models::SelfCheck check(&m_fixture->store(), models::SelfCheck::bundledQuestions());
        const QVariantList questions = check.questions();
        QCOMPARE(questions.size(), 19); // PHQ-9, GAD-7 and three of our own
        QStringList ids;
        for (const QVariant &q : questions)
            ids << q.toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(ids.mid(0, 9).join(u','), QStringLiteral("phq9-1,phq9-2,phq9-3,phq9-4,phq9-5,phq9-6,phq9-7,phq9-8,phq9-9"));
        QVERIFY(!check.disclaimer().isEmpty());
        // PHQ-9 = 2·8 + 1 (item 9) = 17: moderately severe (15–19); GAD-7 = 7·1 = 7: mild (5–9).
        for (int i = 0; i < 8; ++i)
            QVERIFY(check.answer(i, 2));
        QVERIFY(!check.crisis());
        QVERIFY(check.answer(8, 1)); // "thoughts that you would be better off dead…", several days
        QVERIFY(check.crisis());
        for (int i = 9; i < 16; ++i)
            QVERIFY(check.answer(i, 1));
        for (int i = 16; i < 19; ++i)
            QVERIFY(check.answer(i, 0));
        QVERIFY(check.save());
        const QVariantList scores = check.scores();
        QCOMPARE(scores.size(), 3);
        QCOMPARE(scores.at(0).toMap().value(QStringLiteral("score")).toInt(), 17);
        QCOMPARE(scores.at(0).toMap().value(QStringLiteral("max")).toInt(), 27);
        QCOMPARE(scores.at(0).toMap().value(QStringLiteral("band")).toString(), QStringLiteral("moderately severe"));
        QCOMPARE(scores.at(1).toMap().value(QStringLiteral("score")).toInt(), 7);
        QCOMPARE(scores.at(1).toMap().value(QStringLiteral("max")).toInt(), 21);
        QCOMPARE(scores.at(1).toMap().value(QStringLiteral("band")).toString(), QStringLiteral("mild"));
        QVERIFY(check.profile().value(QStringLiteral("mood")).toDouble() > check.profile().value(QStringLiteral("stress")).toDouble());
    }

    void theResultRanksTheCenters()
    {
        // Through the console: no self-check, no expertise; one that speaks of addiction moves
        // the snapshot's addiction center's expertise part off zero.
        models::ConsoleController console(&m_fixture->store(), nullptr);
        models::CenterFilterModel &centers = *console.centers();
        QVERIFY(centers.needs().isEmpty());
        models::SelfCheck &check = *console.selfCheck();
        for (int i = 0; i < check.questions().size(); ++i)
            QVERIFY(check.answer(i, check.questions().at(i).toMap().value(QStringLiteral("id")).toString() == u"own-1" ? 3 : 0));
        QVERIFY(check.save());
        QCOMPARE(centers.needs().keys(), QStringList{QStringLiteral("addiction")});
        bool addictionCenter = false;
        for (int row = 0; row < centers.rowCount(); ++row) {
            const QVariantMap c = centers.get(row);
            const QVariantList reasons = c.value(QStringLiteral("reasons")).toList();
            QCOMPARE(reasons.size(), 4);
            const double expertise = reasons.at(2).toMap().value(QStringLiteral("value")).toDouble();
            const bool covers = c.value(QStringLiteral("name")).toString().contains(u"중독") || c.value(QStringLiteral("services")).toString().contains(u"중독");
            if (c.value(QStringLiteral("name")).toString().contains(u"중독")) {
                QCOMPARE(expertise, 1.0);
                addictionCenter = true;
            }
            if (!covers)
                QCOMPARE(reasons.at(3).toMap().value(QStringLiteral("value")).toDouble(), 0.0);
        }
        QVERIFY(addictionCenter);
        QVERIFY(check.forget());
        QVERIFY(centers.needs().isEmpty());
        QVERIFY(!check.hasResult());
    }

    void answersStayInTheUsersCacheAndLeaveItWhenDeleted()
    {
        // A distinctive set of answers, and the two texts that could carry it.
        models::SelfCheck check(&m_fixture->store(), models::SelfCheck::bundledQuestions());
        QList<int> answers;
        for (int i = 0; i < check.questions().size(); ++i)
            answers << (i * 7 + 3) % 4;
        QJsonArray array;
        for (int a : answers)
            array << a;
        const QByteArray answersJson = QJsonDocument(array).toJson(QJsonDocument::Compact);

        g_log.clear();
        QtMessageHandler previous = qInstallMessageHandler(keepLog);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        for (int i = 0; i < answers.size(); ++i)
            QVERIFY(check.answer(i, answers.at(i)));
        QVERIFY(check.save());
        const QByteArray profileJson = QJsonDocument(QJsonObject::fromVariantMap(check.profile())).toJson(QJsonDocument::Compact);
        QVERIFY(check.forget());
        QVERIFY(check.save() == false); // the form was cleared with it
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(QString::fromUtf8(answersJson)) && !line.contains(QString::fromUtf8(profileJson)), qPrintable(line));
            QVERIFY2(!line.contains(u"phq9") && !line.contains(u"gad7"), qPrintable(line));
        }

        // Saved again: only the cache holds it; deleted: not even the cache and its log do.
        for (int i = 0; i < answers.size(); ++i)
            QVERIFY(check.answer(i, answers.at(i)));
        QVERIFY(check.save());
        const QString cache = m_fixture->store().filePath();
        QVERIFY(containsBytes(cache, answersJson) || containsBytes(cache + QStringLiteral("-wal"), answersJson));
        QVERIFY(check.forget());
        const QDir home(QDir::homePath());
        for (const QString &root : {QFileInfo(cache).absolutePath(), QDir::homePath(), QDir::tempPath()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).size() > 64 * 1024 * 1024)
                    continue;
                QVERIFY2(!containsBytes(path, answersJson), qPrintable(path));
            }
        }
        QVERIFY(!m_fixture->store().selfCheck());
    }

private:
    static bool containsBytes(const QString &path, const QByteArray &needle)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
    }
    std::unique_ptr<test::StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSelfCheck)
#include "tst_selfcheck.moc"
