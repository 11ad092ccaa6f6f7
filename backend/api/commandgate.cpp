// SPDX-License-Identifier: MIT
#include "api/commandgate.h"

#include "backendlogging.h"
#include "domain/operatorcommand.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace et::backend {

namespace {
bool worthRecording(int status)
{
    return status < 500 && status != 429;
}

QString outcomeText(const ApiResponse &r)
{
    const QString code = r.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    return code.isEmpty() ? QString::number(r.status) : QStringLiteral("%1 %2").arg(r.status).arg(code);
}
} // namespace

QByteArray CommandGate::requestHash(const QString &method, const QString &path, const QByteArray &body)
{
    QByteArray canonical = body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(canonical, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        canonical = doc.toJson(QJsonDocument::Compact);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8() + '\n' + path.toUtf8() + '\n');
    hash.addData(canonical);
    return hash.result().toHex();
}

domain::Status CommandGate::emptyOrObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return domain::Ok{};
    auto o = domain::parseJsonObject(body);
    if (!o.ok())
        return o.error();
    return domain::Ok{};
}

ApiResponse CommandGate::run(const ApiRequest &request, Key rule, const Command &command)
{
    const QString method = ApiServer::methodName(request.raw.method());
    const QString path = request.raw.url().path();
    const QByteArray header = request.raw.value("idempotency-key").trimmed();
    if (header.isEmpty() && rule == Key::Required)
        return ApiResponse::badRequest(QStringLiteral("Idempotency-Key: is required for %1 %2 (1 to 200 printable ASCII characters)").arg(method, path));
    if (header.isEmpty()) {
        CommandOutcome outcome = command();
        if (!outcome.response.isError() && (!outcome.writes.isEmpty() || !outcome.meta.isEmpty())) {
            if (auto w = m_store.write(outcome.writes, outcome.meta); !w.ok())
                return ApiResponse::internal(w.error());
        }
        return outcome.response;
    }
    const QString key = QString::fromUtf8(header);
    if (!domain::OperatorCommand::isValidKey(key))
        return ApiResponse::badRequest(QStringLiteral("Idempotency-Key: must be 1 to 200 printable ASCII characters"));

    const QByteArray hash = requestHash(method, path, request.raw.body());
    auto known = m_store.idempotencyRecord(key);
    if (!known.ok())
        return ApiResponse::internal(known.error());
    if (const auto &r = known.value()) {
        // Schema-1 keys carry no hash: they were only ever used for one registration each.
        const bool same = r->method == method && r->path == path && (r->requestHash.isEmpty() || r->requestHash == hash);
        if (!same) {
            qCWarning(lcHttp).noquote() << "command" << method << path << "key" << key << "refused: key was used for" << r->method << r->path;
            return ApiResponse::error(422, QStringLiteral("idempotency_key_reused"),
                                      r->path == path ? QStringLiteral("key %1 was used for %2 %3 with another body").arg(key, r->method, r->path)
                                                      : QStringLiteral("key %1 was used for %2 %3").arg(key, r->method, r->path));
        }
        ++m_replays;
        ApiResponse replay = ApiResponse::ok(r->body, r->status);
        replay.headers.append({QByteArrayLiteral("Idempotent-Replay"), QByteArrayLiteral("true")});
        qCInfo(lcHttp).noquote() << "command" << method << path << "key" << key << "replayed" << outcomeText(replay);
        return replay;
    }

    CommandOutcome outcome = command();
    if (!worthRecording(outcome.response.status)) {
        qCWarning(lcHttp).noquote() << "command" << method << path << "key" << key << "not recorded:" << outcomeText(outcome.response);
        return outcome.response;
    }
    StoreTransaction t;
    if (!outcome.response.isError()) {
        t.writes = outcome.writes;
        t.meta = outcome.meta;
    }
    t.idempotency = IdempotencyRecord{key, method, path, hash, outcome.response.status, outcome.response.body,
                                      QDateTime::currentDateTimeUtc()};
    if (auto w = m_store.commit(t); !w.ok())
        return ApiResponse::internal(w.error());
    qCInfo(lcHttp).noquote() << "command" << method << path << "key" << key << "answered" << outcomeText(outcome.response);
    return outcome.response;
}

} // namespace et::backend
