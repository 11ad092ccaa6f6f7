// SPDX-License-Identifier: MIT
#include "replaynetworkmanager.h"

#include "replayedreply.h"

namespace et::test {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation: return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation: return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation: return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation: return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation: return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::CustomOperation: return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    case QNetworkAccessManager::UnknownOperation: break;
    }
    return QByteArrayLiteral("?");
}

} // namespace

QByteArray ReplayNetworkAccessManager::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ReplayNetworkAccessManager::enqueue(const QString &name, QString *error)
{
    auto answer = CapturedReply::load(capturedRepliesDir(), name, error);
    if (!answer)
        return false;
    enqueue(std::move(*answer));
    return true;
}

QNetworkReply *ReplayNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData)
{
    Request recorded{methodOf(operation, request), request.url(), {}, outgoingData ? outgoingData->readAll() : QByteArray()};
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.append({name, request.rawHeader(name)});
    m_requests.append(recorded);

    CapturedReply answer;
    if (m_answers.isEmpty()) {
        answer.networkError = QNetworkReply::ProtocolFailure;
        answer.errorString = QStringLiteral("replay: no answer queued for %1 %2").arg(QString::fromLatin1(recorded.method), recorded.url.path());
    } else if (m_answers.first().method != recorded.method || m_answers.first().path != recorded.url.path()) {
        answer.networkError = QNetworkReply::ProtocolFailure;
        answer.errorString = QStringLiteral("replay: %1 %2 asked, but the next answer (%3) is for %4 %5")
                                 .arg(QString::fromLatin1(recorded.method), recorded.url.path(), m_answers.first().name,
                                      QString::fromLatin1(m_answers.first().method), m_answers.first().path);
        qWarning().noquote() << answer.errorString;
    } else {
        answer = m_answers.takeFirst();
    }
    return new ReplayedReply(operation, request, std::move(answer), this);
}

} // namespace et::test
