// SPDX-License-Identifier: MIT
#pragma once

#include "capturedreply.h"

#include <QNetworkReply>
#include <QTimer>

namespace et::test {

/// A QNetworkReply that plays a CapturedReply back from the event loop, in the order a real
/// reply signals: certificate errors, then the status and headers (metaDataChanged), the body
/// (readyRead), the network error the real one reported, and finished. An answer that never
/// came (noAnswer) ends at the request's transfer timeout with OperationCanceledError, as
/// QNetworkAccessManager ends it; abort() ends any reply still running the same way.
class ReplayedReply : public QNetworkReply
{
    Q_OBJECT
public:
    ReplayedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, CapturedReply answer,
                  QObject *parent = nullptr);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void play();
    void fail(NetworkError error, const QString &text);
    void end();

    CapturedReply m_answer;
    QByteArray m_body;
    qint64 m_read = 0;
    QTimer m_transferTimeout;
};

} // namespace et::test
