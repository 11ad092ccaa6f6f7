// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QSslConfiguration>
#include <QSslServer>

namespace et::backend {

/// HTTPS and WSS on the server's one port (`--tls-cert FILE --tls-key FILE`): the PEM files
/// loaded and checked at start, and the QSslServer that ApiServer is bound to instead of a plain
/// QTcpServer. TLS 1.2 or later; no client certificates.
namespace tls {

/// A client that has not finished its handshake by then is dropped (one that sends nothing, or
/// stalls half way). Handshakes run side by side, so a slow one never holds up the others.
inline constexpr int kHandshakeTimeoutMs = 5000;
/// Connections allowed in their handshake at once before the server stops accepting more
/// until some finish or time out (Qt's default of 30 is easily filled by idle clients).
inline constexpr int kMaxHandshakes = 512;

/// Reads the certificate (the first PEM block is the server's, any further ones its chain) and
/// the unencrypted PEM private key (RSA, EC or DSA), and proves that they belong together with
/// one TLS handshake over loopback. The error is one line naming the option and file.
domain::Result<QSslConfiguration> loadServerConfiguration(const QString &certFile, const QString &keyFile);

/// A QSslServer (not yet listening) that presents `configuration`, with the handshake limits
/// above; failed handshakes are logged on et.backend.http.
QSslServer *makeServer(const QSslConfiguration &configuration, QObject *parent = nullptr);

} // namespace tls
} // namespace et::backend
