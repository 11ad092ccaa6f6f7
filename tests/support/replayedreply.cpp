// SPDX-License-Identifier: MIT
#include "replayedreply.h"

namespace et::test {

ReplayedReply::ReplayedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, CapturedReply answer,
                             QObject *parent)
    : QNetworkReply(parent), m_answer(std::move(answer))
{
    setOperation(operation);
    setRequest(request);
    setUrl(request.url());
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_transferTimeout.setSingleShot(true);
    connect(&m_transferTimeout, &QTimer::timeout, this, [this] { fail(OperationCanceledError, QStringLiteral("Operation canceled")); });
    // Never from inside QNetworkAccessManager::get(): the caller connects its slots first.
    QMetaObject::invokeMethod(this, &ReplayedReply::play, Qt::QueuedConnection);
}

void ReplayedReply::play()
{
    if (isFinished())
        return;
    if (m_answer.noAnswer) {
        if (request().transferTimeout() > 0)
            m_transferTimeout.start(request().transferTimeout());
        return;
    }
    if (!m_answer.tlsErrors.isEmpty())
        emit sslErrors(m_answer.sslErrors());
    if (m_answer.status != 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        emit metaDataChanged();
        m_body = m_answer.body;
        if (!m_body.isEmpty())
            emit readyRead();
    }
    if (m_answer.networkError != NoError) {
        fail(m_answer.networkError, m_answer.errorString);
        return;
    }
    end();
}

void ReplayedReply::fail(NetworkError error, const QString &text)
{
    if (isFinished())
        return;
    setError(error, text);
    emit errorOccurred(error);
    end();
}

void ReplayedReply::end()
{
    m_transferTimeout.stop();
    setFinished(true);
    emit finished();
}

void ReplayedReply::abort()
{
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 ReplayedReply::bytesAvailable() const
{
    return m_body.size() - m_read + QNetworkReply::bytesAvailable();
}

qint64 ReplayedReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_read);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_body.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

} // namespace et::test
