// SPDX-License-Identifier: MIT
// TileRequestQueue, the read list shared by the GUI thread and a tile source's worker thread: the
// newest list wins in its order, a tile being read is not queued twice, one drain is asked for at
// a time and never lost, and answers of an older generation (a source replaced since) are told
// apart. The last case drains on a real IoThread while the list changes under it.
#include "iothread.h"
#include "tiles/tilerequestqueue.h"

#include <QMutex>
#include <QSet>
#include <QtTest>

using et::client::IoThread;
using et::client::TileRequestQueue;
using et::domain::geo::TileId;

namespace {
const TileId a{12, 1, 1}, b{12, 2, 1}, c{12, 3, 1};
} // namespace

class TestTileRequestQueue : public QObject
{
    Q_OBJECT

private slots:
    void newestListWinsInItsOrder()
    {
        TileRequestQueue queue;
        const quint64 g = queue.generation();
        QVERIFY(queue.replace({a, b, c})); // work: wake the worker
        QVERIFY(!queue.replace({c, a}));   // a drain is already asked for
        QVERIFY(!queue.isLoading(b));
        QCOMPARE(queue.take(g)->id, c);
        QCOMPARE(queue.take(g)->id, a);
        QVERIFY(!queue.take(g).has_value()); // empty: this drain ends...
        QVERIFY(queue.replace({b}));         // ...so the next list asks for a new one
    }

    void aTileBeingReadIsNotQueuedAgain()
    {
        TileRequestQueue queue;
        const quint64 g = queue.generation();
        queue.replace({a, b});
        const auto first = queue.take(g);
        QCOMPARE(first->id, a);
        QCOMPARE(first->generation, g);
        queue.replace({a, b, c}); // a is on its way already
        QVERIFY(queue.isLoading(a));
        QCOMPARE(queue.take(g)->id, b);
        QCOMPARE(queue.take(g)->id, c);
        QVERIFY(!queue.take(g).has_value());
        queue.finish(*first);
        QVERIFY(!queue.isLoading(a));
        QVERIFY(queue.replace({a})); // wanted again later (evicted, say): read again
        QCOMPARE(queue.take(g)->id, a);
    }

    void resetStartsANewGeneration()
    {
        TileRequestQueue queue;
        const quint64 old = queue.generation();
        queue.replace({a, b});
        const auto stale = queue.take(old);
        const quint64 now = queue.reset();
        QVERIFY(now != old);
        QCOMPARE(queue.generation(), now);
        QVERIFY(queue.isEmpty());
        QVERIFY(!queue.take(old).has_value()); // the old drain ends; b is gone with its source
        QVERIFY(queue.replace({a}));           // a drain for the new source, though the old never ended
        const auto fresh = queue.take(now);
        QCOMPARE(fresh->id, a);
        queue.finish(*stale); // the old source's answer for a must not end the new read of a
        QVERIFY(queue.isLoading(a));
        queue.finish(*fresh);
        QVERIFY(!queue.isLoading(a));
    }

    // A worker drains on its own thread while the list is replaced a thousand times: no wake-up is
    // lost (the last list is read in full), and no tile is read twice while its read is unanswered.
    void drainsOnAThreadWhileTheListChanges()
    {
        TileRequestQueue queue;
        IoThread thread(QStringLiteral("test-drain"));
        QMutex mutex;
        QSet<TileId> unanswered;
        int doubleReads = 0;
        QList<TileRequestQueue::Entry> answered;
        const quint64 g = queue.generation();
        auto drain = [&] {
            while (const auto entry = queue.take(g)) {
                QMutexLocker lock(&mutex);
                doubleReads += unanswered.contains(entry->id) ? 1 : 0;
                unanswered.insert(entry->id);
                answered.append(*entry);
            }
        };
        QList<TileId> last;
        for (int round = 0; round < 1000; ++round) {
            last.clear();
            for (int i = 0; i < 8; ++i)
                last.append(TileId{12, (round + i) % 40, 7});
            if (queue.replace(last))
                thread.post(drain);
            QMutexLocker lock(&mutex);
            for (const auto &entry : std::as_const(answered)) { // the answers come back here
                unanswered.remove(entry.id);
                queue.finish(entry);
            }
            answered.clear();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QMutexLocker lock(&mutex);
                for (const auto &entry : std::as_const(answered)) {
                    unanswered.remove(entry.id);
                    queue.finish(entry);
                }
                answered.clear();
                return queue.isEmpty();
            }(),
            5000);
        for (const TileId &id : std::as_const(last))
            QVERIFY(!queue.isLoading(id));
        QCOMPARE(doubleReads, 0);
        thread.finish();
    }
};

QTEST_GUILESS_MAIN(TestTileRequestQueue)
#include "tst_tilerequestqueue.moc"
