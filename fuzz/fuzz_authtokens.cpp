// SPDX-License-Identifier: MIT
// AuthTokens::fromJson on arbitrary bytes: what the console and the CLI read from the answers of
// `POST /auth/login` and `POST /auth/refresh` before they keep the tokens.
#include "fuzzsupport.h"

#include "domain/useraccount.h"

using namespace et::domain;

namespace {
constexpr qsizetype kMaxTokenLength = 4096;
constexpr int kMaxExpiresIn = 86400;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto tokens = et::fuzz::decodeAndRoundTrip(data, size, AuthTokens::fromJson);
    if (!tokens)
        return 0;
    FUZZ_CHECK(!tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty(), QStringLiteral("an empty token"));
    FUZZ_CHECK(tokens->accessToken.size() <= kMaxTokenLength && tokens->refreshToken.size() <= kMaxTokenLength,
               QString::number(std::max(tokens->accessToken.size(), tokens->refreshToken.size())));
    FUZZ_CHECK(tokens->expiresIn >= 1 && tokens->expiresIn <= kMaxExpiresIn, QString::number(tokens->expiresIn));
    const auto input = et::fuzz::parseObject(data, size);
    FUZZ_CHECK(input->value(QStringLiteral("access_token")).toString() == tokens->accessToken, QStringLiteral("access token changed"));
    FUZZ_CHECK(input->value(QStringLiteral("refresh_token")).toString() == tokens->refreshToken, QStringLiteral("refresh token changed"));
    et::fuzz::checkKeptNumber(*input, QStringLiteral("expires_in"), tokens->expiresIn);
    FUZZ_CHECK(!tokens->user.id.isEmpty() && UserAccount::isValidEmail(tokens->user.email), tokens->user.email);
    FUZZ_CHECK(userRoleFromString(toString(tokens->user.role)) == tokens->user.role, toString(tokens->user.role));
    // The user inside decodes on its own as the same account.
    const auto user = UserAccount::fromJson(input->value(QStringLiteral("user")));
    FUZZ_CHECK(user.ok() && user.value() == tokens->user, QStringLiteral("the user reads differently alone"));
    return 0;
}
