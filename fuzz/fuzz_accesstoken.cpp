// SPDX-License-Identifier: MIT
// AccessToken::verify on hostile tokens with a fixed key and time: the JWT check the server runs
// on every Authorization header and WebSocket auth. The first byte picks how the rest is used:
//   0  the token itself;
//   1  a mutation mask XORed over a fixed valid token (longer masks append bytes), so the
//      near-valid space around a real token is covered;
//   2  the claims JSON, signed with the standard header under the server's key (the only way
//      past the signature to the claims parser) and under another key;
//   3  header JSON, a newline, claims JSON, signed the same two ways.
// Whatever verifies is exactly the token the server would sign over those parts, has alg HS256,
// complete claims in range and not expired, and its claims re-sign to a token that verifies to
// the same claims. A token signed with another key never verifies.
#include "fuzzsupport.h"

#include "auth/accesstoken.h"

#include <QMessageAuthenticationCode>

using et::backend::AccessToken;

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qint64 kNow = 1796083200; // 2026-12-01T00:00:00Z
constexpr qint64 kMaxUnixSeconds = 253402300799;
const QByteArray kKey = QByteArrayLiteral("fuzz-signing-key-0123456789abcde"); // 32 bytes, as the server's
const QByteArray kOtherKey = QByteArrayLiteral("another-key-of-32-bytes-01234567");

QByteArray b64(const QByteArray &bytes) { return bytes.toBase64(kBase64); }

QByteArray signedWith(const QByteArray &header, const QByteArray &claims, const QByteArray &key)
{
    const QByteArray input = b64(header) + '.' + b64(claims);
    return input + '.' + b64(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256));
}

const QByteArray kHeader = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})");
// A token as the server issues it, with a fixed jti so the mask mode is reproducible.
const QByteArray kValid = signedWith(
    kHeader, QByteArrayLiteral(R"({"exp":1796084100,"iat":1796083200,"jti":"q1w2e3r4t5y6u7i8","role":"operator","sid":"lgn-1","sub":"usr-1"})"),
    kKey);

bool sameClaims(const AccessToken &a, const AccessToken &b)
{
    return a.userId == b.userId && a.role == b.role && a.loginId == b.loginId && a.issuedAt == b.issuedAt
        && a.expiresAt == b.expiresAt;
}

QString describe(const QByteArray &token) { return QString::fromLatin1(token.left(300).toPercentEncoding()); }

void check(const QByteArray &token)
{
    const auto verified = AccessToken::verify(token, kKey, kNow);
    FUZZ_CHECK(!verified.ok() || !AccessToken::verify(token, kOtherKey, kNow).ok(),
               QStringLiteral("verifies under two keys: ") + describe(token));
    if (!verified.ok()) {
        const QString code = verified.error().code;
        FUZZ_CHECK(code == u"invalid_token" || code == u"token_expired", code);
        FUZZ_CHECK(!verified.error().message.isEmpty(), QStringLiteral("a refusal without a reason"));
        if (code == u"token_expired") // only a genuine token is told it has expired: it was valid before
            FUZZ_CHECK(AccessToken::verify(token, kKey, -1).ok(), QStringLiteral("expired but never valid: ") + describe(token));
        return;
    }
    const AccessToken &t = verified.value();
    // The exact token the server signs over these two parts: no other spelling of the signature.
    const QList<QByteArray> parts = token.split('.');
    FUZZ_CHECK(parts.size() == 3, describe(token));
    const QByteArray input = parts[0] + '.' + parts[1];
    FUZZ_CHECK(token == input + '.' + b64(QMessageAuthenticationCode::hash(input, kKey, QCryptographicHash::Sha256)),
               QStringLiteral("accepted a token that is not the one signed: ") + describe(token));
    const QJsonDocument header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], kBase64));
    FUZZ_CHECK(header.object().value(QStringLiteral("alg")).toString() == u"HS256", describe(token));
    FUZZ_CHECK(!t.userId.isEmpty() && !t.loginId.isEmpty(), describe(token));
    FUZZ_CHECK(et::domain::userRoleFromString(et::domain::toString(t.role)) == t.role, describe(token));
    FUZZ_CHECK(t.issuedAt >= 0 && t.issuedAt <= kMaxUnixSeconds, QString::number(t.issuedAt));
    FUZZ_CHECK(t.expiresAt > kNow && t.expiresAt <= kMaxUnixSeconds, QString::number(t.expiresAt));
    // It expires when it says, with the code the console refreshes on.
    const auto expired = AccessToken::verify(token, kKey, t.expiresAt);
    FUZZ_CHECK(!expired.ok() && expired.error().code == u"token_expired", describe(token));
    // Its claims re-sign to a token that verifies to the same claims (a new jti each time).
    const QByteArray again = t.sign(kKey);
    const auto reread = AccessToken::verify(again, kKey, kNow);
    FUZZ_CHECK(reread.ok() && sameClaims(reread.value(), t), describe(again));
    FUZZ_CHECK(!AccessToken::verify(t.sign(kOtherKey), kKey, kNow).ok(), QStringLiteral("another key's token verifies"));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        check(rest);
        break;
    case 1: {
        QByteArray token = kValid;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (i < token.size())
                token[i] = char(token[i] ^ rest[i]);
            else
                token.append(rest[i]);
        }
        check(token);
        break;
    }
    case 2:
    case 3: {
        const qsizetype newline = data[0] % 4 == 3 ? rest.indexOf('\n') : -1;
        const QByteArray header = newline < 0 ? kHeader : rest.left(newline);
        const QByteArray claims = newline < 0 ? rest : rest.mid(newline + 1);
        const QByteArray other = signedWith(header, claims, kOtherKey);
        FUZZ_CHECK(!AccessToken::verify(other, kKey, kNow).ok(), QStringLiteral("another key's token verifies: ") + describe(other));
        check(signedWith(header, claims, kKey));
        break;
    }
    }
    return 0;
}
