// SPDX-License-Identifier: MIT
#include "http/jsonloghandler.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace et::backend {

namespace {
thread_local QString t_requestId;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), QLatin1String(levelName(type))},
        {QStringLiteral("category"), QLatin1String(context.category ? context.category : "default")},
        {QStringLiteral("message"), message},
    };
    if (!t_requestId.isEmpty())
        line.insert(QStringLiteral("request_id"), t_requestId);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void JsonLogHandler::install()
{
    qInstallMessageHandler(handle);
}

JsonLogHandler::RequestScope::RequestScope(const QString &requestId) : m_previous(t_requestId)
{
    t_requestId = requestId;
}

JsonLogHandler::RequestScope::~RequestScope()
{
    t_requestId = m_previous;
}

} // namespace et::backend
