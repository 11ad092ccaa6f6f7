// SPDX-License-Identifier: MIT
// The nesting scan that guards every JSON body before it is parsed.
#include "http/jsondepth.h"

#include <QTest>

using et::backend::JsonDepth;

class TestJsonDepth : public QObject
{
    Q_OBJECT
private slots:
    void depth_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("depth");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("scalar") << QByteArray("42") << 0;
        QTest::newRow("object") << QByteArray("{\"a\":1}") << 1;
        QTest::newRow("siblings do not add") << QByteArray("{\"a\":[1],\"b\":{\"c\":2},\"d\":[[]]}") << 3;
        QTest::newRow("brackets in strings") << QByteArray("{\"a\":\"[[[[{{{{\"}") << 1;
        QTest::newRow("escaped quote") << QByteArray("{\"a\":\"x\\\"[[[[\",\"b\":[1]}") << 2;
        QTest::newRow("escaped backslash ends the string") << QByteArray("{\"a\":\"x\\\\\",\"b\":[[1]]}") << 3;
        QTest::newRow("17 deep") << (QByteArray(17, '[') + QByteArray(17, ']')) << 17;
        QTest::newRow("unclosed") << QByteArray(100, '{') << 100;
        QTest::newRow("stray closers") << QByteArray("]]]}[1]") << 1;
    }
    void depth()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, depth);
        QCOMPARE(JsonDepth::of(text), depth);
    }
};

QTEST_GUILESS_MAIN(TestJsonDepth)
#include "tst_jsondepth.moc"
