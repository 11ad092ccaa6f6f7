// SPDX-License-Identifier: MIT
#pragma once

#include "capturedreply.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace et::test {

/// A QNetworkAccessManager that sends nothing, for replayed tests: createRequest() records each
/// request (method, URL, headers, body) and answers it with the next queued CapturedReply — the
/// way KDE KPublicTransport's MockNetworkAccessManager replays its data files, with answers
/// captured from the real server (ReplyCapture). A request whose method and path are not those
/// of the next answer, or that comes when none is queued, fails with ProtocolFailure and a
/// message saying what was expected, so the test fails instead of reading the wrong answer.
class ReplayNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        /// The value of the header `name` (case-insensitive); empty when absent.
        QByteArray header(const QByteArray &name) const;
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    /// Answers the next request with `answer` (after those queued before).
    void enqueue(CapturedReply answer) { m_answers.append(std::move(answer)); }
    /// Loads `<capturedRepliesDir()>/<name>.json` and enqueues it; false with `error` set when it
    /// cannot be read.
    bool enqueue(const QString &name, QString *error);
    qsizetype pending() const { return m_answers.size(); }
    const QList<Request> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<CapturedReply> m_answers;
    QList<Request> m_requests;
};

} // namespace et::test
