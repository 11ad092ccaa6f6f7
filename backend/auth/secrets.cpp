// SPDX-License-Identifier: MIT
#include "auth/secrets.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace et::backend {

bool Secrets::init()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::optional<QByteArray> Secrets::hashPassword(const QString &password)
{
    if (!init())
        return std::nullopt;
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return std::nullopt;
    return QByteArray(out);
}

bool Secrets::verifyPassword(const QByteArray &hash, const QString &password)
{
    if (!init() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QByteArray Secrets::randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (init())
        randombytes_buf(out.data(), size_t(out.size()));
    else
        qFatal("libsodium could not be initialised; no random bytes");
    return out;
}

bool Secrets::equal(const QByteArray &a, const QByteArray &b)
{
    return init() && a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray Secrets::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace et::backend
