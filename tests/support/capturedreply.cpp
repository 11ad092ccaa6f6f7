// SPDX-License-Identifier: MIT
#include "capturedreply.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSslCertificate>

namespace et::test {

namespace {

template<typename Enum>
QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template<typename Enum>
std::optional<Enum> enumValue(const QString &name)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? std::optional<Enum>(Enum(value)) : std::nullopt;
}

} // namespace

QByteArray CapturedReply::header(const QByteArray &name) const
{
    for (const Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void CapturedReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (Header &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QList<QSslError> CapturedReply::sslErrors() const
{
    QList<QSslError> errors;
    for (const TlsError &e : tlsErrors)
        errors.append(QSslError(e.error, QSslCertificate(e.certificatePem, QSsl::Pem)));
    return errors;
}

QJsonObject CapturedReply::toJson() const
{
    QJsonObject reply{{QStringLiteral("status"), status}};
    QJsonArray headerList;
    for (const Header &h : headers)
        headerList.append(QJsonArray{QString::fromLatin1(h.first), QString::fromLatin1(h.second)});
    if (!headerList.isEmpty())
        reply.insert(QStringLiteral("headers"), headerList);
    if (!body.isEmpty())
        reply.insert(QStringLiteral("body"), QString::fromUtf8(body));
    if (networkError != QNetworkReply::NoError) {
        reply.insert(QStringLiteral("network_error"), enumName(networkError));
        reply.insert(QStringLiteral("error_string"), errorString);
    }
    QJsonArray tls;
    for (const TlsError &e : tlsErrors)
        tls.append(QJsonObject{{QStringLiteral("error"), enumName(e.error)},
                               {QStringLiteral("certificate"), QString::fromLatin1(e.certificatePem)}});
    if (!tls.isEmpty())
        reply.insert(QStringLiteral("tls_errors"), tls);
    if (noAnswer)
        reply.insert(QStringLiteral("no_answer"), true);
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("path"), path}};
    if (!query.isEmpty())
        request.insert(QStringLiteral("query"), query);
    QJsonObject json;
    if (!madeByHand.isEmpty())
        json.insert(QStringLiteral("made_by_hand"), madeByHand);
    if (!capturedFrom.isEmpty())
        json.insert(QStringLiteral("captured_from"), capturedFrom);
    json.insert(QStringLiteral("request"), request);
    json.insert(QStringLiteral("reply"), reply);
    return json;
}

std::optional<CapturedReply> CapturedReply::fromJson(const QJsonObject &json, const QString &name, QString *error)
{
    CapturedReply r;
    r.name = name;
    r.madeByHand = json.value(QStringLiteral("made_by_hand")).toString();
    r.capturedFrom = json.value(QStringLiteral("captured_from")).toString();
    const QJsonObject request = json.value(QStringLiteral("request")).toObject();
    r.method = request.value(QStringLiteral("method")).toString().toLatin1();
    r.path = request.value(QStringLiteral("path")).toString();
    r.query = request.value(QStringLiteral("query")).toString();
    const QJsonObject reply = json.value(QStringLiteral("reply")).toObject();
    r.status = reply.value(QStringLiteral("status")).toInt(-1);
    if (r.method.isEmpty() || !r.path.startsWith(u'/') || r.status < 0) {
        *error = QStringLiteral("%1: needs request.method, request.path and reply.status").arg(name);
        return std::nullopt;
    }
    if (r.madeByHand.isEmpty() == r.capturedFrom.isEmpty()) {
        *error = QStringLiteral("%1: says either how it was captured (captured_from) or why it is made by hand (made_by_hand)").arg(name);
        return std::nullopt;
    }
    const QJsonArray headerList = reply.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue &h : headerList)
        r.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toLatin1()});
    r.body = reply.value(QStringLiteral("body")).toString().toUtf8();
    if (const QString code = reply.value(QStringLiteral("network_error")).toString(); !code.isEmpty()) {
        const auto value = enumValue<QNetworkReply::NetworkError>(code);
        if (!value) {
            *error = QStringLiteral("%1: unknown network_error %2").arg(name, code);
            return std::nullopt;
        }
        r.networkError = *value;
        r.errorString = reply.value(QStringLiteral("error_string")).toString();
    }
    const QJsonArray tls = reply.value(QStringLiteral("tls_errors")).toArray();
    for (const QJsonValue &e : tls) {
        const auto value = enumValue<QSslError::SslError>(e[QStringLiteral("error")].toString());
        if (!value) {
            *error = QStringLiteral("%1: unknown TLS error %2").arg(name, e[QStringLiteral("error")].toString());
            return std::nullopt;
        }
        r.tlsErrors.append({*value, e[QStringLiteral("certificate")].toString().toLatin1()});
    }
    r.noAnswer = reply.value(QStringLiteral("no_answer")).toBool();
    return r;
}

std::optional<CapturedReply> CapturedReply::load(const QString &dir, const QString &name, QString *error)
{
    QFile file(QDir(dir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), name, error);
}

bool CapturedReply::save(const QString &dir, QString *error) const
{
    QFile file(QDir(dir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString capturedRepliesDir()
{
    return QStringLiteral(ET_SOURCE_DIR "/tests/data/replies");
}

CapturedReply committedReply(const QString &name)
{
    QString error;
    auto reply = CapturedReply::load(capturedRepliesDir(), name, &error);
    if (!reply)
        qFatal("%s", qPrintable(error));
    return *reply;
}

} // namespace et::test
