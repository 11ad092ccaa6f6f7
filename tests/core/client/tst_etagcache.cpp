// SPDX-License-Identifier: MIT
// EtagCache: the answer kept per URL for If-None-Match, bounded oldest first.
#include "client/etagcache.h"

#include <QTest>

using et::client::EtagCache;

namespace {
QString url(int i)
{
    return QStringLiteral("http://127.0.0.1:8080/api/v1/assets/a-%1").arg(i);
}
QJsonObject body(int i)
{
    return {{QStringLiteral("id"), QStringLiteral("a-%1").arg(i)}};
}
} // namespace

class TestEtagCache : public QObject
{
    Q_OBJECT

private slots:
    void remembersPerUrl()
    {
        EtagCache cache;
        QVERIFY(!cache.lookup(url(1)));
        cache.remember(url(1), "\"e1\"", body(1));
        cache.remember(url(2), "\"e2\"", body(2));
        QCOMPARE(cache.lookup(url(1))->etag, QByteArray("\"e1\""));
        QCOMPARE(cache.lookup(url(1))->body, body(1));
        QCOMPARE(cache.lookup(url(2))->body, body(2));
        QVERIFY(!cache.lookup(url(1) + QStringLiteral("?x=1")));
    }

    void aNewAnswerReplacesTheOld()
    {
        EtagCache cache;
        cache.remember(url(1), "\"e1\"", body(1));
        cache.remember(url(1), "\"e9\"", body(9));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.lookup(url(1))->etag, QByteArray("\"e9\""));
        QCOMPARE(cache.lookup(url(1))->body, body(9));
    }

    void oldestGoFirst()
    {
        EtagCache cache(3);
        for (int i = 1; i <= 3; ++i)
            cache.remember(url(i), "\"e\"", body(i));
        cache.remember(url(1), "\"e1b\"", body(1)); // a newer answer, but url(1) came first
        cache.remember(url(4), "\"e\"", body(4));
        QCOMPARE(cache.size(), 3);
        QVERIFY(!cache.lookup(url(1)));
        for (int i = 2; i <= 4; ++i)
            QVERIFY2(cache.lookup(url(i)), qPrintable(url(i)));
    }
};

QTEST_GUILESS_MAIN(TestEtagCache)
#include "tst_etagcache.moc"
