// SPDX-License-Identifier: MIT
#pragma once

#include "capturedreply.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <optional>

namespace et::test {

class ServerProcess;

/// Records what the real energytruck-server answers to the requests the replayed tests need:
/// a 200 with its ETag and the 304 that follows, the 401s (token_expired on a server whose
/// access tokens live one second, unauthenticated, invalid_token, invalid_credentials,
/// token_reused), an error body, a replayed command, a 429 with Retry-After (a server allowing
/// one request a second), an answer cut mid-body by FaultProxy, a refused connection (the server
/// stopped) and a certificate from a CA the client does not trust (TestPki). Each answer is
/// checked to be what its name says, so a capture cannot quietly record something else.
/// `capture_replies` writes them to tests/data/replies/; tst_replycapture records them again and
/// checks that the committed files still say the same.
class ReplyCapture
{
public:
    /// Runs every scenario against real servers in a temporary folder; false with errorString()
    /// when a server does not start or an answer is not the one its scenario is for.
    bool run();
    const QList<CapturedReply> &replies() const { return m_replies; }
    QString errorString() const { return m_error; }

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    bool captureFromOneServer(ServerProcess &server, const QString &options);
    bool captureExpiredToken(const QString &dbPath);
    bool captureRateLimited(const QString &dbPath);
    bool captureCutOff(ServerProcess &server, const QString &options);
    bool captureTlsUntrusted(const QString &dbPath);
    /// Sends one request with a fresh X-Request-ID and records the answer under `name`.
    CapturedReply exchange(const QString &name, const QByteArray &method, const QUrl &url, Headers headers = {},
                           const QByteArray &body = {}, QNetworkAccessManager *network = nullptr);
    /// Keeps `reply` when it has `status` and, for an error body, the error `code`.
    bool keep(CapturedReply reply, const QString &capturedFrom, int status, const QString &code = {});
    bool fail(const QString &why);

    QNetworkAccessManager m_network;
    QList<CapturedReply> m_replies;
    QString m_error;
};

} // namespace et::test
