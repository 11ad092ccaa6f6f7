// SPDX-License-Identifier: MIT
// ServerMessage::decode on arbitrary bytes: everything a console does with a text message from
// the server's WebSocket (event or control message) before it reaches the sync engine.
#include "fuzzsupport.h"

#include "domain/servermessage.h"

using et::domain::ServerMessage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto message = ServerMessage::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!message.ok()) {
        FUZZ_CHECK(!message.error().toString().isEmpty(), QStringLiteral("a refusal without a reason"));
        return 0;
    }
    const auto *event = message.value().event();
    const auto *control = message.value().control();
    FUZZ_CHECK((event == nullptr) != (control == nullptr), QStringLiteral("neither or both"));
    const auto reencoded = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    if (event) {
        const auto again = ServerMessage::decode(reencoded(event->toJson()));
        FUZZ_CHECK(again.ok() && again.value().event(), again.error().toString());
        FUZZ_CHECK(again.value().event()->toJson() == event->toJson(), et::fuzz::compactText(event->toJson()));
        return 0;
    }
    FUZZ_CHECK(control->event == u"subscribed" || control->event == u"resync" || control->event == u"error", control->event);
    const auto again = ServerMessage::decode(reencoded(control->toJson()));
    FUZZ_CHECK(again.ok() && again.value().control(), again.error().toString());
    FUZZ_CHECK(again.value().control()->toJson() == control->toJson(), et::fuzz::compactText(control->toJson()));
    return 0;
}
