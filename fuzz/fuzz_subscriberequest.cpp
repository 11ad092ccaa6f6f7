// SPDX-License-Identifier: MIT
// SubscribeRequest::decode on arbitrary bytes: what the server does with a console's WebSocket
// text message. Whatever it answers (subscribed or an error) the console must be able to read.
#include "fuzzsupport.h"

#include "domain/servermessage.h"
#include "domain/subscriberequest.h"

using namespace et::domain;

namespace {
// The answer as the console decodes it.
ControlMessage readByConsole(ControlMessage answer)
{
    answer.cursor = 42;
    const auto read = ServerMessage::decode(QJsonDocument(answer.toJson()).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(read.ok() && read.value().control(), read.error().toString());
    FUZZ_CHECK(read.value().control()->cursor == 42, QStringLiteral("cursor lost"));
    return *read.value().control();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto request = SubscribeRequest::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (const auto *refusal = std::get_if<ControlMessage>(&request)) {
        FUZZ_CHECK(refusal->event == u"error", refusal->event);
        FUZZ_CHECK(refusal->errorCode == u"invalid_json" || refusal->errorCode == u"validation_failed"
                       || refusal->errorCode == u"bad_request",
                   refusal->errorCode);
        const ControlMessage read = readByConsole(*refusal);
        FUZZ_CHECK(read.errorCode == refusal->errorCode, read.errorCode);
        FUZZ_CHECK(read.errorMessage == refusal->errorMessage, read.errorMessage);
        return 0;
    }
    const auto &subscribe = std::get<SubscribeRequest>(request);
    for (const QString &name : subscribe.channels)
        FUZZ_CHECK(channel::all().contains(name), name);
    ControlMessage reply;
    reply.event = QStringLiteral("subscribed");
    reply.channels = subscribe.channels;
    FUZZ_CHECK(readByConsole(reply).channels == subscribe.channels, reply.channels.join(u','));
    return 0;
}
