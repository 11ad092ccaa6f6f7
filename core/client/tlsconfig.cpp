// SPDX-License-Identifier: MIT
#include "tlsconfig.h"

#include "clientlogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace et::client {

namespace {

QString commonNameOf(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("?") : names.first();
}

} // namespace

TlsConfig::TlsConfig(QList<QSslCertificate> caCertificates) : m_caCertificates(std::move(caCertificates))
{
}

domain::Result<TlsConfig> TlsConfig::fromCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error{{}, tr("cannot read the CA certificate file %1: %2").arg(path, file.errorString()),
                             domain::errorcode::badCaFile};
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (certificates.isEmpty())
        return domain::Error{{}, tr("%1 holds no certificate (PEM or DER expected)").arg(path), domain::errorcode::badCaFile};
    for (const QSslCertificate &c : std::as_const(certificates))
        qCInfo(lcClientTls).noquote() << "trusting CA" << c.subjectDisplayName() << "until"
                                      << c.expiryDate().toString(Qt::ISODate) << "from" << path;
    return TlsConfig(std::move(certificates));
}

QSslConfiguration TlsConfig::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_caCertificates.isEmpty())
        configuration.setCaCertificates(m_caCertificates);
    return configuration;
}

domain::Error TlsConfig::untrustedError(const QList<QSslError> &errors)
{
    QStringList reasons;
    QSslCertificate certificate;
    for (const QSslError &e : errors) {
        if (!reasons.contains(e.errorString()))
            reasons << e.errorString();
        if (certificate.isNull())
            certificate = e.certificate();
    }
    QString detail = reasons.join(QStringLiteral("; "));
    // Whose certificate it was tells an operator at once whether the wrong server answered or
    // the right one with a CA we were not given.
    if (!certificate.isNull())
        detail = tr("certificate \"%1\" issued by \"%2\": %3")
                     .arg(commonNameOf(certificate.subjectInfo(QSslCertificate::CommonName)),
                          commonNameOf(certificate.issuerInfo(QSslCertificate::CommonName)), detail);
    return domain::Error{{}, tr("the server's certificate is not trusted (%1): check --ca-cert and the server address").arg(detail),
                         untrustedCode()};
}

} // namespace et::client
