// SPDX-License-Identifier: MIT
// The error codes spelled once in domain::errorcode: the server's are the ones docs/api.md
// documents, and the predicates sort them the way the client acts on them.
#include "domain/errorcode.h"

#include <QFile>
#include <QTest>

using namespace et::domain;

class TestErrorCode : public QObject
{
    Q_OBJECT

private slots:
    void serverCodesAreTheDocumentedOnes_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : {errorcode::tokenExpired, errorcode::invalidToken, errorcode::unauthenticated, errorcode::tokenReused,
                                    errorcode::invalidCredentials, errorcode::tooManyAttempts, errorcode::rateLimited,
                                    errorcode::forbidden, errorcode::notFound, errorcode::conflict, errorcode::cursorExpired,
                                    errorcode::cursorUnknown, errorcode::internal, errorcode::notReady})
            QTest::newRow(qPrintable(code)) << code;
    }

    void serverCodesAreTheDocumentedOnes()
    {
        QFETCH(QString, code);
        QFile api(QStringLiteral(ET_SOURCE_DIR "/docs/api.md"));
        QVERIFY2(api.open(QIODevice::ReadOnly), qPrintable(api.errorString()));
        const QString text = QString::fromUtf8(api.readAll());
        QVERIFY2(text.contains(u'`' + code + u'`'), qPrintable(code + QStringLiteral(" is not in docs/api.md")));
    }

    void renewsToken_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("renews");
        QTest::addColumn<bool>("ends");
        // An expired access token is renewed and the login goes on.
        QTest::newRow("token_expired") << errorcode::tokenExpired << true << false;
        // A role change invalidates the access token: renew, and the refresh tells whether the
        // login is over — which it is when the refresh itself is answered so.
        QTest::newRow("invalid_token") << errorcode::invalidToken << true << true;
        QTest::newRow("unauthenticated") << errorcode::unauthenticated << true << true;
        QTest::newRow("token_reused") << errorcode::tokenReused << false << true;
        QTest::newRow("invalid_credentials") << errorcode::invalidCredentials << false << true;
        QTest::newRow("rate_limited") << errorcode::rateLimited << false << false;
        QTest::newRow("unreachable") << errorcode::unreachable << false << false;
        QTest::newRow("tls_untrusted") << errorcode::tlsUntrusted << false << false;
        QTest::newRow("http_401") << errorcode::http(401) << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }

    void renewsToken()
    {
        QFETCH(QString, code);
        QFETCH(bool, renews);
        QFETCH(bool, ends);
        QCOMPARE(errorcode::renewsToken(code), renews);
        QCOMPARE(errorcode::endsLogin(code), ends);
    }

    void httpStatusCodes()
    {
        QCOMPARE(errorcode::http(502), QStringLiteral("http_502"));
        QVERIFY(errorcode::isHttpStatus(errorcode::http(404)));
        QVERIFY(!errorcode::isHttpStatus(errorcode::notFound));
        QVERIFY(!errorcode::isHttpStatus(QString()));
    }
};

QTEST_GUILESS_MAIN(TestErrorCode)
#include "tst_errorcode.moc"
