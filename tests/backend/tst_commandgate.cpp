// SPDX-License-Identifier: MIT
// The pure parts of the command gate: which requests count as "the same" for an idempotency key,
// and which bodies a command without payload takes. (The gate itself is tested over HTTP in
// tst_orders.)
#include "api/commandgate.h"

#include <QTest>

using et::backend::CommandGate;

class TestCommandGate : public QObject
{
    Q_OBJECT
private slots:
    void sameCommandSameHash()
    {
        const QString post = QStringLiteral("POST"), path = QStringLiteral("/api/v1/orders");
        const QByteArray a = CommandGate::requestHash(post, path, "{\"kwh\":400,\"id\":\"ord-1\"}");
        QCOMPARE(a.size(), 64); // hex SHA-256
        // Formatting and key order do not make another command.
        QCOMPARE(CommandGate::requestHash(post, path, "{\n  \"id\": \"ord-1\",\n  \"kwh\": 400\n}"), a);
        QCOMPARE(CommandGate::requestHash(post, QStringLiteral("/x"), ""), CommandGate::requestHash(post, QStringLiteral("/x"), "{}"));
        // Anything that matters does.
        QVERIFY(CommandGate::requestHash(post, path, "{\"kwh\":401,\"id\":\"ord-1\"}") != a);
        QVERIFY(CommandGate::requestHash(post, QStringLiteral("/api/v1/orders/ord-1/cancel"), "{\"kwh\":400,\"id\":\"ord-1\"}") != a);
        QVERIFY(CommandGate::requestHash(QStringLiteral("PUT"), path, "{\"kwh\":400,\"id\":\"ord-1\"}") != a);
        // Text that is not JSON is hashed as it is.
        QVERIFY(CommandGate::requestHash(post, path, "not json") != CommandGate::requestHash(post, path, "not  json"));
    }

    void emptyOrObject()
    {
        QVERIFY(CommandGate::emptyOrObject("").ok());
        QVERIFY(CommandGate::emptyOrObject("  \n").ok());
        QVERIFY(CommandGate::emptyOrObject("{}").ok());
        QVERIFY(CommandGate::emptyOrObject("{\"note\":\"x\"}").ok());
        QVERIFY(!CommandGate::emptyOrObject("[]").ok());
        QVERIFY(!CommandGate::emptyOrObject("{").ok());
    }
};

QTEST_GUILESS_MAIN(TestCommandGate)
#include "tst_commandgate.moc"
