// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace et::backend {

/// The server's few uses of libsodium, in one place: argon2id password hashes
/// (`crypto_pwhash_str`, interactive limits), random bytes and a constant-time comparison.
/// Every function initialises libsodium on first use (sodium_init once; thread-safe).
class Secrets
{
public:
    /// Passwords shorter than this are refused (host commands, POST users).
    static constexpr int kMinPasswordLength = 12;

    /// The argon2id hash string of `password` ("$argon2id$v=19$..."); nothing when libsodium
    /// could not hash (out of memory).
    static std::optional<QByteArray> hashPassword(const QString &password);
    /// True when `password` matches `hash` (crypto_pwhash_str_verify).
    static bool verifyPassword(const QByteArray &hash, const QString &password);
    /// `count` bytes from randombytes_buf.
    static QByteArray randomBytes(int count);
    /// Equal length and equal bytes, in time that does not depend on where they differ.
    static bool equal(const QByteArray &a, const QByteArray &b);
    /// SHA-256 of `data` as lower-case hex (how refresh tokens are stored).
    static QByteArray sha256Hex(const QByteArray &data);

private:
    static bool init();
};

} // namespace et::backend
