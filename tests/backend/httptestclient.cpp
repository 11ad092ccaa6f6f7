// SPDX-License-Identifier: MIT
#include "httptestclient.h"

#include "replywait.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkReply>

namespace et::test {

HttpReply HttpTestClient::get(const QString &pathAndQuery, const QHash<QByteArray, QByteArray> &headers)
{
    return send("GET", pathAndQuery, {}, headers);
}

HttpReply HttpTestClient::post(const QString &path, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers)
{
    QHash<QByteArray, QByteArray> h = headers;
    if (!h.contains("Content-Type"))
        h.insert("Content-Type", "application/json");
    return send("POST", path, body, h);
}

HttpReply HttpTestClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                               const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request(QUrl(m_base.toString(QUrl::StripTrailingSlash) + pathAndQuery, QUrl::StrictMode));
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    const bool finished = waitForReply(reply);

    HttpReply out;
    if (!finished) {
        out.error = QStringLiteral("no answer within 10 s");
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    if (out.error.isEmpty() && reply->error() != QNetworkReply::NoError && out.status == 0)
        out.error = reply->errorString();
    reply->deleteLater();
    return out;
}

} // namespace et::test
