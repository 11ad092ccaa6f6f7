// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiserver.h"
#include "store/store.h"

#include <functional>

namespace et::backend {

class Store;

/// What an operator command did: its answer, and the writes that are its effect.
struct CommandOutcome
{
    ApiResponse response;
    QList<EntityWrite> writes;
    QMap<QString, QString> meta; ///< settings written with the effect (a hidden review's record)
};

/// The door every operator command passes (docs/api.md "Operator commands: Idempotency-Key").
/// It looks the request's key up; a known key with the same request gets the recorded answer again
/// (`Idempotent-Replay: true`) and does nothing, a known key with another request gets `422
/// idempotency_key_reused`. Otherwise the command runs and its writes commit **in one
/// transaction** with the key's record (status and body), so an effect without its record — or a
/// record without its effect — cannot exist, even across a crash. Refusals (404/409/422) are
/// recorded like successes; answers that invite a retry (429, 5xx) are not. The server runs on one
/// thread, so nothing can come between the look-up and the commit.
class CommandGate
{
public:
    enum class Key { Required, Optional };
    using Command = std::function<CommandOutcome()>;

    explicit CommandGate(Store &store) : m_store(store) {}

    ApiResponse run(const ApiRequest &request, Key rule, const Command &command);
    /// Answers replayed from a record since start (for /metrics).
    quint64 replays() const { return m_replays; }

    /// Hex SHA-256 of method, path and body; a JSON object body in compact form with sorted keys
    /// (and an empty body as `{}`), so formatting does not make the same command look different.
    static QByteArray requestHash(const QString &method, const QString &path, const QByteArray &body);
    /// For commands without a payload: an empty body or any JSON object is fine.
    static domain::Status emptyOrObject(const QByteArray &body);

private:
    Store &m_store;
    quint64 m_replays = 0;
};

} // namespace et::backend
