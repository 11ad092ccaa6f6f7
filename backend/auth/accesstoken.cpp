// SPDX-License-Identifier: MIT
#include "auth/accesstoken.h"

#include "auth/secrets.h"
#include "domain/jsonfieldreader.h"
#include "domain/errorcode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace et::backend {

using domain::Error;
using domain::Result;

namespace {
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kMaxTokenBytes = 4096;
constexpr qint64 kMaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59Z

QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64);
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto bytes = QByteArray::fromBase64Encoding(part, kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || part.contains('='))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

Error invalid(const QString &why)
{
    return Error{{}, why, domain::errorcode::invalidToken};
}
} // namespace

QByteArray AccessToken::sign(const QByteArray &key) const
{
    const QByteArray header = encode({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}});
    const QByteArray payload = encode({{QStringLiteral("sub"), userId},
                                       {QStringLiteral("role"), domain::toString(role)},
                                       {QStringLiteral("sid"), loginId},
                                       {QStringLiteral("iat"), double(issuedAt)},
                                       {QStringLiteral("exp"), double(expiresAt)},
                                       {QStringLiteral("jti"), QString::fromLatin1(Secrets::randomBytes(12).toBase64(kBase64))}});
    const QByteArray input = header + '.' + payload;
    return input + '.' + signature(input, key).toBase64(kBase64);
}

Result<AccessToken> AccessToken::verify(const QByteArray &token, const QByteArray &key, qint64 now)
{
    if (token.size() > kMaxTokenBytes)
        return invalid(QStringLiteral("the token is too long"));
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return invalid(QStringLiteral("the token is not a JWT"));
    const auto header = decodePart(parts[0]);
    if (!header || header->value(QStringLiteral("alg")).toString() != u"HS256")
        return invalid(QStringLiteral("the token is not signed with HS256"));
    // Compared as text: the one spelling sign() writes. Decoding first would also accept a padded
    // signature or one whose unused last bits differ, so one signature had many tokens.
    if (!Secrets::equal(parts[2], signature(parts[0] + '.' + parts[1], key).toBase64(kBase64)))
        return invalid(QStringLiteral("the token's signature is wrong"));
    const auto payload = decodePart(parts[1]);
    if (!payload)
        return invalid(QStringLiteral("the token's claims are not JSON"));
    domain::JsonFieldReader r(*payload);
    AccessToken t;
    t.userId = r.string(QStringLiteral("sub"));
    t.loginId = r.string(QStringLiteral("sid"));
    const QString role = r.string(QStringLiteral("role"));
    t.issuedAt = r.integer64(QStringLiteral("iat"), 0, kMaxUnixSeconds);
    t.expiresAt = r.integer64(QStringLiteral("exp"), 0, kMaxUnixSeconds);
    const auto parsedRole = domain::userRoleFromString(role);
    if (!r.ok() || !parsedRole)
        return invalid(QStringLiteral("the token's claims are incomplete"));
    t.role = *parsedRole;
    if (now >= t.expiresAt)
        return Error{{}, QStringLiteral("the access token has expired; refresh it"), domain::errorcode::tokenExpired};
    return t;
}

} // namespace et::backend
