// SPDX-License-Identifier: MIT
// UserAccount::fromJson on arbitrary bytes: what the console reads as the `user` of a login or
// refresh answer, `users/me`, the admin's list and the WebSocket's `authenticated`.
#include "fuzzsupport.h"

#include "domain/useraccount.h"

using namespace et::domain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto user = et::fuzz::decodeAndRoundTrip(data, size, UserAccount::fromJson);
    if (!user)
        return 0;
    FUZZ_CHECK(!user->id.isEmpty(), QStringLiteral("no id"));
    FUZZ_CHECK(UserAccount::isValidEmail(user->email), user->email);
    FUZZ_CHECK(userRoleFromString(toString(user->role)) == user->role, toString(user->role));
    const auto input = et::fuzz::parseObject(data, size);
    FUZZ_CHECK(input->value(QStringLiteral("email")).toString() == user->email, QStringLiteral("the e-mail changed"));
    FUZZ_CHECK(input->value(QStringLiteral("role")).toString() == toString(user->role), toString(user->role));
    FUZZ_CHECK(user->disabled == input->value(QStringLiteral("disabled")).toBool(false), QStringLiteral("disabled changed"));
    if (user->createdAt.isValid())
        FUZZ_CHECK(user->createdAt.toUTC().date().year() >= 1 && user->createdAt.toUTC().date().year() <= 9999,
                   user->createdAt.toString(Qt::ISODateWithMs));
    return 0;
}
