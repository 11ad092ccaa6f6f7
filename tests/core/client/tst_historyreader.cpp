// SPDX-License-Identifier: MIT
// HistoryReader on real SQLite files: it reads on a thread of its own what Store::history reads on
// the owner's connection, also while the owner appends; a burst of requests is answered for the
// newest one, and the ones superseded before they started are dropped; a file that is no cache
// fails with its name. A reader connection cannot write.
#include "client/historyreader.h"
#include "client/store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace et;
using client::HistoryRead;
using client::HistoryReader;
using domain::EnergyHistoryPage;

namespace {
const QDateTime kT0(QDate(2024, 4, 13), QTime(3, 0), Qt::UTC);

/// `count` minutes from `start`; demand 500 + i/100 MW, one link, two assets.
EnergyHistoryPage minutes(const QDateTime &start, int count)
{
    EnergyHistoryPage page;
    page.from = start;
    page.to = start.addSecs(60 * count);
    page.columns = {{QStringLiteral("hvdc-1")}, {QStringLiteral("wind-a"), QStringLiteral("solar-b")}};
    for (int i = 0; i < count; ++i) {
        domain::EnergyHistoryPoint p;
        p.timestamp = start.addSecs(60 * i);
        p.demandMw = (50000 + i) / 100.0;
        p.windMw = i % 97;
        p.hvdcFlowMw = {double(i % 300)};
        p.assetOutputMw = {double(i % 50), std::nullopt};
        page.points << p;
    }
    return page;
}
} // namespace

class TestHistoryReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    client::Store m_owner;
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(m_owner.open(m_path).ok());
        QVERIFY(m_owner.appendHistory(minutes(kT0, 600)).ok());
    }

    void readsWhatTheOwnerReadsOnItsOwnThread()
    {
        HistoryReader reader(m_path);
        QSignalSpy read(&reader, &HistoryReader::read);
        const QDateTime from = kT0.addSecs(90 * 60), to = kT0.addSecs(450 * 60);
        const quint64 id = reader.request(from, to);
        QVERIFY(read.wait(5000));
        const auto answer = read.takeFirst().at(0).value<HistoryRead>();
        QCOMPARE(answer.id, id);
        QCOMPARE(answer.page, m_owner.history(from, to).value());
        QCOMPARE(answer.page.points.size(), 360);
        QCOMPARE(answer.oldest, kT0);
        QCOMPARE(answer.newest, kT0.addSecs(599 * 60));
        QVERIFY(reader.lastReadThread() != nullptr);
        QVERIFY(reader.lastReadThread() != QThread::currentThreadId());

        // An empty range reads only where the history begins and ends; the owner appends meanwhile.
        QVERIFY(m_owner.appendHistory(minutes(kT0.addSecs(600 * 60), 30)).ok());
        reader.request(to, to);
        QVERIFY(read.wait(5000));
        const auto ends = read.takeFirst().at(0).value<HistoryRead>();
        QVERIFY(ends.page.points.isEmpty());
        QCOMPARE(ends.newest, kT0.addSecs(629 * 60));
    }

    void theNewestOfABurstIsAnswered()
    {
        HistoryReader reader(m_path);
        QSignalSpy read(&reader, &HistoryReader::read);
        constexpr int kBurst = 20;
        quint64 last = 0;
        // Faster than the thread opens the file and reads: those queued behind are superseded.
        for (int i = 0; i < kBurst; ++i)
            last = reader.request(kT0.addSecs(i * 60), kT0.addSecs(i * 60 + 3600));
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() && read.last().at(0).value<HistoryRead>().id == last, 5000);
        QTest::qWait(100); // nothing older may come after it
        QVERIFY2(read.size() < kBurst, qPrintable(QString::number(read.size())));
        quint64 previous = 0;
        for (const auto &args : read) {
            const auto answer = args.at(0).value<HistoryRead>();
            QVERIFY(answer.id > previous);
            previous = answer.id;
            // Each answer is the range its own request asked for.
            QCOMPARE(answer.page.points.first().timestamp, answer.page.from);
            QCOMPARE(answer.page.points.size(), 60);
        }
        QCOMPARE(previous, last);
    }

    void aFileThatIsNoCacheFailsWithItsName()
    {
        const QString notCache = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(notCache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a database\n");
        f.close();
        for (const QString &path : {notCache, m_dir.filePath(QStringLiteral("missing.sqlite"))}) {
            HistoryReader reader(path);
            QSignalSpy failed(&reader, &HistoryReader::failed);
            const quint64 id = reader.request(kT0, kT0.addSecs(3600));
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.first().at(0).toULongLong(), id);
            QVERIFY2(failed.first().at(1).value<domain::Error>().toString().contains(path),
                     qPrintable(failed.first().at(1).value<domain::Error>().toString()));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite")))); // a reader creates nothing
    }

    void aReaderCannotWrite()
    {
        client::Store reader;
        QVERIFY(reader.open(m_path, client::Store::Access::Reader).ok());
        const qint64 before = m_owner.historyMinutes();
        QVERIFY(!reader.appendHistory(minutes(kT0.addDays(1), 10)).ok());
        QVERIFY(!reader.clearHistory().ok());
        QCOMPARE(m_owner.historyMinutes(), before);
        QCOMPARE(reader.historyMinutes(), before);
    }

    void goingAwayWithReadsQueuedAnswersNothing()
    {
        auto reader = std::make_unique<HistoryReader>(m_path);
        QSignalSpy read(reader.get(), &HistoryReader::read);
        for (int i = 0; i < 5; ++i)
            reader->request(kT0, kT0.addSecs(36000));
        reader.reset();
        QTest::qWait(50);
        QCOMPARE(read.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
