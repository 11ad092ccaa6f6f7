// SPDX-License-Identifier: MIT
#pragma once

#include "domain/errorcode.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace et::client {

/// Which certificate authorities the client trusts for HTTPS and WSS to the server — one value
/// shared by RestClient and EventStream (and given to both by the console and the CLI from
/// `--ca-cert FILE`).
///
/// Default: the system's CAs. With CA certificates given (fromCaFile()), **only those** are
/// trusted, not the system's as well: a site that runs its own CA wants the console to talk to
/// its own server and nothing a public CA happens to have signed for the same name. A
/// self-signed server certificate can be given as its own CA. Only requests to the server use
/// this; map tiles from public tile servers keep the system's CAs.
///
/// There is no way to skip verification. A certificate that does not verify (unknown issuer,
/// wrong host name, expired) fails the request with untrustedError(): code "tls_untrusted",
/// a message that says so and points at --ca-cert. Nothing is sent over such a connection.
class TlsConfig
{
    Q_DECLARE_TR_FUNCTIONS(et::client::TlsConfig)
public:
    /// The error code of a server certificate that did not verify.
    static QString untrustedCode() { return domain::errorcode::tlsUntrusted; }

    TlsConfig() = default; ///< the system's CAs
    /// Trusts only `caCertificates` (the system's CAs when the list is empty).
    explicit TlsConfig(QList<QSslCertificate> caCertificates);

    /// Reads every certificate in a PEM file (or one DER certificate). Errors (code
    /// "bad_ca_file") name the file: unreadable, or no certificate in it.
    static domain::Result<TlsConfig> fromCaFile(const QString &path);

    bool usesSystemCas() const { return m_caCertificates.isEmpty(); }
    const QList<QSslCertificate> &caCertificates() const { return m_caCertificates; }

    /// Qt's default configuration with the trusted CAs applied: for QNetworkRequest and QWebSocket.
    QSslConfiguration sslConfiguration() const;

    /// "the server's certificate is not trusted (certificate "…" issued by "…": why): check
    /// --ca-cert and the server address", code untrustedCode().
    static domain::Error untrustedError(const QList<QSslError> &errors);

private:
    QList<QSslCertificate> m_caCertificates;
};

} // namespace et::client
