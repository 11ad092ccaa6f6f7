// SPDX-License-Identifier: MIT
// AccessToken sign/verify without a server: the round trip, and that a token verifies only in
// the one spelling sign() writes (fuzz_accesstoken found padded and spare-bit signatures taken).
#include "auth/accesstoken.h"

#include <QTest>

using et::backend::AccessToken;
using et::domain::UserRole;

namespace {
const QByteArray kKey(32, 'k');
constexpr qint64 kNow = 1796083200;

AccessToken claims()
{
    AccessToken t;
    t.userId = QStringLiteral("usr-1");
    t.role = UserRole::Operator;
    t.loginId = QStringLiteral("lgn-1");
    t.issuedAt = kNow;
    t.expiresAt = kNow + 900;
    return t;
}
} // namespace

class TestAccessToken : public QObject
{
    Q_OBJECT
private slots:
    void signedTokensVerify()
    {
        const auto t = AccessToken::verify(claims().sign(kKey), kKey, kNow);
        QVERIFY2(t.ok(), qPrintable(t.error().toString()));
        QCOMPARE(t.value().userId, QStringLiteral("usr-1"));
        QCOMPARE(t.value().loginId, QStringLiteral("lgn-1"));
        QVERIFY(t.value().role == UserRole::Operator);
        QCOMPARE(t.value().expiresAt, kNow + 900);
        QCOMPARE(AccessToken::verify(claims().sign(kKey), kKey, kNow + 900).error().code, QStringLiteral("token_expired"));
        QCOMPARE(AccessToken::verify(claims().sign(QByteArray(32, 'o')), kKey, kNow).error().code, QStringLiteral("invalid_token"));
    }

    void onlyTheSignedSpellingVerifies()
    {
        const QByteArray token = claims().sign(kKey);
        QVERIFY(AccessToken::verify(token, kKey, kNow).ok());
        // 32 bytes are 43 base64url characters; the last one carries 4 bits and 2 unused ones.
        static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        QByteArray spare = token;
        spare.back() = alphabet.at(alphabet.indexOf(token.back()) ^ 1);
        QCOMPARE(QByteArray::fromBase64(spare.split('.').at(2), QByteArray::Base64UrlEncoding),
                 QByteArray::fromBase64(token.split('.').at(2), QByteArray::Base64UrlEncoding));
        QCOMPARE(AccessToken::verify(spare, kKey, kNow).error().code, QStringLiteral("invalid_token"));
        QCOMPARE(AccessToken::verify(token + '=', kKey, kNow).error().code, QStringLiteral("invalid_token"));
        QVERIFY(!AccessToken::verify(token + "==", kKey, kNow).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
