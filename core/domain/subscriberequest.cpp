// SPDX-License-Identifier: MIT
#include "subscriberequest.h"

namespace et::domain {

namespace {
ControlMessage refusal(const QString &code, const QString &message)
{
    ControlMessage m;
    m.event = QStringLiteral("error");
    m.errorCode = code;
    m.errorMessage = message;
    return m;
}
} // namespace

ClientRequest decodeClientRequest(const QByteArray &utf8)
{
    const auto object = parseJsonObject(utf8);
    if (!object.ok())
        return refusal(QStringLiteral("invalid_json"), object.error().toString());
    const auto message = ControlMessage::fromJson(object.value());
    if (!message.ok())
        return refusal(QStringLiteral("validation_failed"), message.error().toString());
    if (message.value().event == u"auth")
        return AuthRequest{message.value().token};
    if (message.value().event != u"subscribe")
        return refusal(QStringLiteral("bad_request"),
                       QStringLiteral("unknown event \"%1\" (expected \"auth\" or \"subscribe\")").arg(message.value().event));
    return SubscribeRequest{message.value().channels};
}

std::variant<SubscribeRequest, ControlMessage> SubscribeRequest::decode(const QByteArray &utf8)
{
    ClientRequest request = decodeClientRequest(utf8);
    if (auto *subscribe = std::get_if<SubscribeRequest>(&request))
        return *subscribe;
    if (std::holds_alternative<AuthRequest>(request))
        return refusal(QStringLiteral("bad_request"), QStringLiteral("already signed in; expected \"subscribe\""));
    return std::get<ControlMessage>(request);
}

} // namespace et::domain
