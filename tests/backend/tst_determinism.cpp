// SPDX-License-Identifier: MIT
// Two servers with the same seed and start, running fast, must compute the same energy balance
// for the same simulated minute; a different seed must not.
#include "domain/energybalance.h"
#include "domain/streamevent.h"
#include "eventrecorder.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace et;

namespace {
const QString kStart = QStringLiteral("2024-04-13T00:00:00Z"); // 09:00 KST on a spring Saturday

/// Listens to one server's energy channel and keeps each minute's balance by timestamp (and only
/// the balances: forecasts come on the same channel).
class BalanceRecorder : public QObject
{
public:
    QMap<QDateTime, domain::EnergyBalance> balances;
    QStringList problems;

    bool open(const QUrl &http, const QString &accessToken)
    {
        QUrl u = http;
        u.setScheme(QStringLiteral("ws"));
        u.setPath(QStringLiteral("/api/v1/ws"));
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            if (!o.contains(QStringLiteral("channel")))
                return; // the authenticated and subscribed replies
            auto e = domain::StreamEvent::fromJson(o);
            if (e.ok() && e.value().event != u"balance.updated")
                return; // the forecast shares the channel
            auto b = e.ok() ? domain::EnergyBalance::fromJson(e.value().data) : domain::Result<domain::EnergyBalance>(e.error());
            if (!b.ok())
                problems << b.error().toString();
            else
                balances.insert(b.value().timestamp, b.value());
        });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(u);
        if (!connected.wait(5000))
            return false;
        m_socket.sendTextMessage(test::authMessage(accessToken));
        m_socket.sendTextMessage(QStringLiteral("{\"event\":\"subscribe\",\"channels\":[\"energy\"]}"));
        return true;
    }

private:
    QWebSocket m_socket;
};

QStringList fastArgs(const QString &seed)
{
    return {QStringLiteral("--seed"), seed, QStringLiteral("--start"), kStart, QStringLiteral("--speed"), QStringLiteral("3000"),
            QStringLiteral("--tick-ms"), QStringLiteral("100")};
}
} // namespace

class TestDeterminism : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameMinutes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::ServerProcess a, b, other;
        QVERIFY2(a.startWithTestAccounts(dir.filePath(QStringLiteral("a.sqlite")), fastArgs(QStringLiteral("42"))), qPrintable(a.errorString()));
        // Start the twin a little later so its ticks fall at different simulated instants.
        QTest::qWait(170);
        QVERIFY2(b.startWithTestAccounts(dir.filePath(QStringLiteral("b.sqlite")), fastArgs(QStringLiteral("42"))), qPrintable(b.errorString()));
        QVERIFY2(other.startWithTestAccounts(dir.filePath(QStringLiteral("c.sqlite")), fastArgs(QStringLiteral("43"))), qPrintable(other.errorString()));

        BalanceRecorder ra, rb, rc;
        QVERIFY(ra.open(a.url(), a.signIn(domain::UserRole::Viewer)));
        QVERIFY(rb.open(b.url(), b.signIn(domain::UserRole::Viewer)));
        QVERIFY(rc.open(other.url(), other.signIn(domain::UserRole::Viewer)));

        auto common = [&](const BalanceRecorder &x, const BalanceRecorder &y) {
            QList<QDateTime> keys;
            for (auto it = x.balances.cbegin(); it != x.balances.cend(); ++it) {
                if (y.balances.contains(it.key()))
                    keys << it.key();
            }
            return keys;
        };
        QTRY_VERIFY_WITH_TIMEOUT(common(ra, rb).size() >= 60 && common(ra, rc).size() >= 60, 20000);
        QVERIFY2(ra.problems.isEmpty(), qPrintable(ra.problems.join(u'\n')));
        QVERIFY2(rb.problems.isEmpty(), qPrintable(rb.problems.join(u'\n')));

        for (const QDateTime &t : common(ra, rb))
            QVERIFY2(ra.balances.value(t) == rb.balances.value(t), qPrintable(t.toString(Qt::ISODate)));
        int differing = 0;
        for (const QDateTime &t : common(ra, rc))
            differing += !(ra.balances.value(t) == rc.balances.value(t));
        QVERIFY2(differing > 0, "a different seed produced identical minutes");
        QVERIFY(a.terminate());
        QVERIFY(b.terminate());
        QVERIFY(other.terminate());
    }
};

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
