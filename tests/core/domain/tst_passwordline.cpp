// SPDX-License-Identifier: MIT
// PasswordLine: the first line of stdin is the password, to the byte, for the console, the CLI
// and the server alike.
#include "domain/passwordline.h"

#include <QBuffer>
#include <QTest>

using et::domain::PasswordLine;

class TestPasswordLine : public QObject
{
    Q_OBJECT

    static et::domain::Result<QString> readFrom(const QByteArray &bytes)
    {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return PasswordLine::read(buffer, QStringLiteral("--password-stdin"));
    }

private slots:
    void takesTheFirstLineToTheByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("password");
        QTest::newRow("newline") << QByteArray("correct horse\n") << QStringLiteral("correct horse");
        QTest::newRow("crlf") << QByteArray("correct horse\r\n") << QStringLiteral("correct horse");
        QTest::newRow("no line end") << QByteArray("correct horse") << QStringLiteral("correct horse");
        QTest::newRow("spaces are kept") << QByteArray("  two  spaces  \n") << QStringLiteral("  two  spaces  ");
        QTest::newRow("tab is kept") << QByteArray("\tlead\n") << QStringLiteral("\tlead");
        QTest::newRow("later lines ignored") << QByteArray("first\nsecond\n") << QStringLiteral("first");
        QTest::newRow("korean") << QByteArray("제주 바람 2026\n") << QStringLiteral("제주 바람 2026");
        QTest::newRow("longest allowed") << QByteArray(PasswordLine::kMaxBytes, 'a') + "\r\n"
                                         << QString(PasswordLine::kMaxBytes, u'a');
    }
    void takesTheFirstLineToTheByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, password);
        const auto read = readFrom(input);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(read.value(), password);
    }

    void refusesWhatIsNoPassword_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("no password");
        QTest::newRow("empty line") << QByteArray("\nsecret\n") << QStringLiteral("no password");
        QTest::newRow("crlf only") << QByteArray("\r\n") << QStringLiteral("no password");
        QTest::newRow("one byte too long") << QByteArray(PasswordLine::kMaxBytes + 1, 'a') + "\n"
                                           << QStringLiteral("longer than 4096");
        QTest::newRow("too long, no end") << QByteArray(PasswordLine::kMaxBytes + 1, 'a') << QStringLiteral("longer than 4096");
        QTest::newRow("far too long") << QByteArray(3 * PasswordLine::kMaxBytes, 'a') + "\n" << QStringLiteral("longer than 4096");
        QTest::newRow("not utf-8") << QByteArray("pass\xff\xfeword\n") << QStringLiteral("not UTF-8");
    }
    void refusesWhatIsNoPassword()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const auto read = readFrom(input);
        QVERIFY2(!read.ok(), qPrintable(read.ok() ? read.value().left(40) : QString()));
        QCOMPARE(read.error().field, QStringLiteral("--password-stdin"));
        QVERIFY2(read.error().message.contains(says), qPrintable(read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPasswordLine)
#include "tst_passwordline.moc"
