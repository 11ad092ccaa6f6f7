// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <optional>

namespace et::client {

/// The time before which the server asked to be sent nothing (a 429 or 503 with Retry-After).
/// One gate serves every RestClient of a signed-in session: they come from one address to one
/// server, so a wait the server asks of one is a wait for all, and a second client must not
/// spend the server's patience the first was told to keep. Plain state; callers pass the time,
/// so tests need no clock.
class RetryAfterGate
{
public:
    /// The server asked at `now` for `seconds` of quiet. A longer wait asked for earlier stays:
    /// two clients' answers may arrive out of order, and waiting too long costs less than
    /// asking too early (the next answer would be another 429).
    void hold(int seconds, const QDateTime &now);
    /// How long a request asked at `now` must still wait, in whole seconds and at least 1 (the
    /// figure a person reads); nullopt when it may go.
    std::optional<qint64> waitAt(const QDateTime &now) const;
    /// Until when nothing is sent; invalid when the server never asked to wait.
    QDateTime notBefore() const { return m_notBefore; }

private:
    QDateTime m_notBefore;
};

} // namespace et::client
