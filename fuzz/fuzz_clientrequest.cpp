// SPDX-License-Identifier: MIT
// decodeClientRequest on arbitrary bytes: what backend::EventHub does with every text message a
// console sends on the WebSocket (an `auth`, a `subscribe`, or the `error` to answer it with).
// SubscribeRequest::decode, its signed-in view, is checked against it on the same bytes, so one
// target covers the one code path.
#include "fuzzsupport.h"

#include "domain/servermessage.h"
#include "domain/subscriberequest.h"

using namespace et::domain;

namespace {
constexpr qsizetype kMaxTokenLength = 4096; // streamevent.h: "at most 4096 characters"

// The answer as the console decodes it.
ControlMessage readByConsole(ControlMessage answer)
{
    answer.cursor = 42;
    const auto read = ServerMessage::decode(QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(read.ok() && read.value().control(), read.error().toString());
    FUZZ_CHECK(read.value().control()->cursor == 42, QStringLiteral("cursor lost"));
    return *read.value().control();
}

// What a console sends for `message`, decoded again by the server.
ClientRequest resent(const ControlMessage &message)
{
    return decodeClientRequest(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ClientRequest request = decodeClientRequest(bytes);
    FUZZ_CHECK(!request.valueless_by_exception() && request.index() < 3, QString::number(request.index()));
    const auto signedIn = SubscribeRequest::decode(bytes);

    if (const auto *auth = std::get_if<AuthRequest>(&request)) {
        FUZZ_CHECK(!auth->token.isEmpty(), QStringLiteral("an empty token"));
        FUZZ_CHECK(auth->token.size() <= kMaxTokenLength, QString::number(auth->token.size()));
        const auto object = et::fuzz::parseObject(data, size);
        FUZZ_CHECK(object && object->value(QStringLiteral("event")).toString() == u"auth", QString::fromUtf8(bytes));
        FUZZ_CHECK(object->value(QStringLiteral("token")).toString() == auth->token, QStringLiteral("the token changed"));
        ControlMessage again;
        again.event = QStringLiteral("auth");
        again.token = auth->token;
        const ClientRequest back = resent(again);
        FUZZ_CHECK(std::holds_alternative<AuthRequest>(back) && std::get<AuthRequest>(back).token == auth->token,
                   QStringLiteral("the console's auth does not read back"));
        // A second auth on a signed-in socket is a bad_request; the socket stays.
        const auto *refusal = std::get_if<ControlMessage>(&signedIn);
        FUZZ_CHECK(refusal && refusal->errorCode == u"bad_request", QStringLiteral("auth on a signed-in socket"));
        return 0;
    }

    if (const auto *refusal = std::get_if<ControlMessage>(&request)) {
        FUZZ_CHECK(refusal->event == u"error", refusal->event);
        FUZZ_CHECK(refusal->errorCode == u"invalid_json" || refusal->errorCode == u"validation_failed"
                       || refusal->errorCode == u"bad_request",
                   refusal->errorCode);
        FUZZ_CHECK(!refusal->errorMessage.isEmpty(), QStringLiteral("an error without a message"));
        const ControlMessage read = readByConsole(*refusal);
        FUZZ_CHECK(read.errorCode == refusal->errorCode, read.errorCode);
        FUZZ_CHECK(read.errorMessage == refusal->errorMessage, read.errorMessage);
        const auto *same = std::get_if<ControlMessage>(&signedIn);
        FUZZ_CHECK(same && same->errorCode == refusal->errorCode && same->errorMessage == refusal->errorMessage,
                   QStringLiteral("SubscribeRequest::decode answers differently"));
        return 0;
    }

    const auto &subscribe = std::get<SubscribeRequest>(request);
    for (const QString &name : subscribe.channels)
        FUZZ_CHECK(channel::all().contains(name), name);
    const auto *same = std::get_if<SubscribeRequest>(&signedIn);
    FUZZ_CHECK(same && same->channels == subscribe.channels, QStringLiteral("SubscribeRequest::decode reads other channels"));
    ControlMessage again;
    again.event = QStringLiteral("subscribe");
    again.channels = subscribe.channels;
    const ClientRequest back = resent(again);
    FUZZ_CHECK(std::holds_alternative<SubscribeRequest>(back) && std::get<SubscribeRequest>(back).channels == subscribe.channels,
               QStringLiteral("the console's subscribe does not read back"));
    ControlMessage reply;
    reply.event = QStringLiteral("subscribed");
    reply.channels = subscribe.channels;
    FUZZ_CHECK(readByConsole(reply).channels == subscribe.channels, reply.channels.join(u','));
    return 0;
}
