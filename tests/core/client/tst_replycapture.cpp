// SPDX-License-Identifier: MIT
// The answers in tests/data/replies/ still are what the real server says: ReplyCapture records
// them again from real servers and each committed file must match its new capture in everything
// that does not change from run to run (status, network error, header names, error code, the
// body's fields). When this fails on purpose, run build/bin/capture_replies and review the diff.
// Every other file there must say why it is made by hand.
#include "capturedreply.h"
#include "replycapture.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using et::test::CapturedReply;

Q_DECLARE_METATYPE(CapturedReply)

namespace {

QSet<QString> headerNames(const CapturedReply &r)
{
    QSet<QString> names;
    for (const auto &h : r.headers)
        names.insert(QString::fromLatin1(h.first).toLower());
    return names;
}

/// The body's shape: its fields, and the error code when it is an error (none for a body that is
/// cut wherever the length of the headers before it puts the cut).
QString shapeOf(const CapturedReply &r)
{
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QStringList keys = body.keys();
    const QString code = body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    return keys.join(u',') + (code.isEmpty() ? QString() : QStringLiteral(" error ") + code);
}

QStringList tlsErrorsOf(const CapturedReply &r)
{
    QStringList names;
    for (const QSslError &e : r.sslErrors())
        names << QString::number(int(e.error()));
    return names;
}

} // namespace

class TestReplyCapture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_capture.run(), qPrintable(m_capture.errorString()));
        QVERIFY(!m_capture.replies().isEmpty());
    }

    void committedCapturesMatchTheServer_data()
    {
        QTest::addColumn<CapturedReply>("fresh");
        for (const CapturedReply &r : m_capture.replies())
            QTest::newRow(qPrintable(r.name)) << r;
    }

    void committedCapturesMatchTheServer()
    {
        QFETCH(CapturedReply, fresh);
        QString error;
        const auto kept = CapturedReply::load(et::test::capturedRepliesDir(), fresh.name, &error);
        QVERIFY2(kept, qPrintable(error + QStringLiteral(" (run capture_replies)")));
        QVERIFY2(kept->madeByHand.isEmpty(), "a captured answer is marked as made by hand");
        QCOMPARE(kept->method, fresh.method);
        QCOMPARE(kept->path, fresh.path);
        QCOMPARE(kept->status, fresh.status);
        QCOMPARE(kept->networkError, fresh.networkError);
        QCOMPARE(headerNames(*kept), headerNames(fresh));
        QCOMPARE(tlsErrorsOf(*kept), tlsErrorsOf(fresh));
        QCOMPARE(shapeOf(*kept), shapeOf(fresh));
    }

    void everyOtherFileIsMadeByHand()
    {
        QSet<QString> captured;
        for (const CapturedReply &r : m_capture.replies())
            captured.insert(r.name);
        const QStringList files = QDir(et::test::capturedRepliesDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() > captured.size());
        for (const QString &file : files) {
            const QString name = file.chopped(5);
            QString error;
            const auto reply = CapturedReply::load(et::test::capturedRepliesDir(), name, &error);
            QVERIFY2(reply, qPrintable(error));
            if (!captured.contains(name))
                QVERIFY2(!reply->madeByHand.isEmpty(), qPrintable(name + QStringLiteral(": neither captured by ReplyCapture nor made by hand")));
        }
    }

private:
    et::test::ReplyCapture m_capture;
};

QTEST_GUILESS_MAIN(TestReplyCapture)
#include "tst_replycapture.moc"
