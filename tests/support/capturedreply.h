// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslError>
#include <QString>

#include <optional>

namespace et::test {

/// One answer as a client saw it, kept as a JSON file under tests/data/replies/: what was asked
/// (method and path) and what came back — status, headers and body, or a failure below HTTP
/// (the network error and its text; for a certificate that did not verify, each error with the
/// certificate). ReplyCapture records them from the real server; the few no real server gives
/// (a proxy's page, a server that never answers) are made by hand and say so in `madeByHand`.
/// ReplayNetworkAccessManager answers requests with them.
struct CapturedReply
{
    using Header = QPair<QByteArray, QByteArray>;
    struct TlsError
    {
        QSslError::SslError error = QSslError::NoError;
        QByteArray certificatePem;
    };

    QString name;         ///< the file's base name ("health-200")
    QString madeByHand;   ///< why this one is not captured; empty when it is
    QString capturedFrom; ///< how the server ran (options, a proxy in front of it)
    QByteArray method;    ///< "GET", "POST"
    QString path;         ///< "/api/v1/health"
    QString query;        ///< "since=0&limit=2", or empty
    int status = 0;       ///< 0: no HTTP answer
    QList<Header> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    QList<TlsError> tlsErrors;
    bool noAnswer = false; ///< the server accepts and never answers (ends at the transfer timeout)

    /// The value of the header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    /// Replaces the header `name` (or adds it).
    void setHeader(const QByteArray &name, const QByteArray &value);
    QList<QSslError> sslErrors() const;

    QJsonObject toJson() const;
    static std::optional<CapturedReply> fromJson(const QJsonObject &json, const QString &name, QString *error);

    /// Reads `<dir>/<name>.json`; nullopt with `error` set when it is missing or malformed.
    static std::optional<CapturedReply> load(const QString &dir, const QString &name, QString *error);
    /// Writes `<dir>/<name>.json`, indented so that a diff after a new capture reads well.
    bool save(const QString &dir, QString *error) const;
};

/// Where the committed captures live: tests/data/replies in the source tree.
QString capturedRepliesDir();
/// The committed capture `name`, for a test that cannot go on without it: a missing or
/// malformed file ends the test program with the reason.
CapturedReply committedReply(const QString &name);

} // namespace et::test
