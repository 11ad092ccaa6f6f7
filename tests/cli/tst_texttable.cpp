// SPDX-License-Identifier: MIT
#include "texttable.h"

#include <QTest>

using et::cli::TextTable;

class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("ascii") << QStringLiteral("ET-01") << 5;
        QTest::newRow("hangul") << QStringLiteral("제주시청") << 8;
        QTest::newRow("mixed") << QStringLiteral("ET-02 서귀포") << 12;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("fullwidth digit") << QStringLiteral("１") << 2;
        QTest::newRow("accented latin") << QStringLiteral("é") << 1;
    }

    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(TextTable::displayWidth(text), width);
    }

    void columnsAlignByDisplayWidth()
    {
        TextTable t({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SOC")});
        t.addRow({QStringLiteral("t1"), QStringLiteral("한림"), QStringLiteral("50")});
        t.addRow({QStringLiteral("t22"), QStringLiteral("Aewol-1"), QStringLiteral("7")});
        const QString expected = QStringLiteral("ID   NAME     SOC\n"
                                                "---  -------  ---\n"
                                                "t1   한림     50\n"
                                                "t22  Aewol-1  7\n");
        QCOMPARE(t.render(), expected);
        QCOMPARE(t.rowCount(), 2);
    }

    void shortRowsAndNewlinesKeepTheGrid()
    {
        TextTable t({QStringLiteral("A"), QStringLiteral("B")});
        t.addRow({QStringLiteral("x\ny")});
        QCOMPARE(t.render(), QStringLiteral("A    B\n---  -\nx y\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
