// SPDX-License-Identifier: MIT
// NoticeListModel under QAbstractItemModelTester: one notice per source, replaced in place when
// the source speaks again, gone when dismissed or posted empty, oldest first.
#include "modeltesthelpers.h"
#include "noticelistmodel.h"

#include <QSignalSpy>
#include <QTest>

using et::models::NoticeListModel;
using et::test::value;

class TestNoticeListModel : public QObject
{
    Q_OBJECT
private slots:
    void oneNoticePerSource()
    {
        NoticeListModel model;
        const auto tester = et::test::contractTester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &NoticeListModel::countChanged);

        model.post(QStringLiteral("keychain"), QStringLiteral("no keychain"));
        model.post(QStringLiteral("server"), QStringLiteral("cannot reach"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(value(model, 0, "key").toString(), QStringLiteral("keychain"));
        QCOMPARE(value(model, 1, "message").toString(), QStringLiteral("cannot reach"));

        // The server speaks again: its row changes in place, the keychain's stays first.
        model.post(QStringLiteral("server"), QStringLiteral("not trusted"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.text(QStringLiteral("server")), QStringLiteral("not trusted"));
        // The same words again are no change.
        model.post(QStringLiteral("server"), QStringLiteral("not trusted"));
        QCOMPARE(changed.count(), 1);

        model.dismiss(QStringLiteral("keychain"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, "key").toString(), QStringLiteral("server"));
        model.post(QStringLiteral("server"), QString()); // an empty text dismisses
        QCOMPARE(model.rowCount(), 0);
        model.dismiss(QStringLiteral("nothing")); // nothing to dismiss is fine
        QCOMPARE(count.count(), 4);
        QCOMPARE(model.text(QStringLiteral("server")), QString());
    }
};

QTEST_GUILESS_MAIN(TestNoticeListModel)
#include "tst_noticelistmodel.moc"
