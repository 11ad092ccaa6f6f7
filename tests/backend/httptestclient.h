// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace et::test {

/// One HTTP answer as a backend test looks at it.
struct HttpReply
{
    int status = 0;              ///< 0 when no answer came (see error)
    QByteArray body;
    QJsonObject json;            ///< the body parsed as an object (empty when it is not one)
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QString error;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// Blocking HTTP calls to the test's server over a real loopback socket (QNetworkAccessManager
/// with a bounded wait), so each test step reads top to bottom.
class HttpTestClient
{
public:
    /// With `bearer`, every request sends it (setBearer).
    explicit HttpTestClient(const QUrl &base, const QString &bearer = {}) : m_base(base), m_bearer(bearer) {}

    /// Every later request sends `Authorization: Bearer accessToken` (unless it names its own
    /// Authorization header); an empty token stops that.
    void setBearer(const QString &accessToken) { m_bearer = accessToken; }

    HttpReply get(const QString &pathAndQuery, const QHash<QByteArray, QByteArray> &headers = {});
    HttpReply post(const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers = {});
    /// Any verb, e.g. "DELETE" or "PATCH".
    HttpReply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                   const QHash<QByteArray, QByteArray> &headers = {});

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_bearer;
};

} // namespace et::test
