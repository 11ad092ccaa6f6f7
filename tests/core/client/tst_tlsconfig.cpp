// SPDX-License-Identifier: MIT
// TlsConfig: reading --ca-cert files (PEM with several certificates, DER, missing, not a
// certificate), which CAs a configuration trusts, and the untrusted-certificate error.
#include "client/tlsconfig.h"
#include "testpki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace et;
using client::TlsConfig;

class TestTlsConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pki.create(&error), qPrintable(error));
    }

    void readsAPemCa()
    {
        const auto tls = TlsConfig::fromCaFile(m_pki.caFile());
        QVERIFY2(tls.ok(), qPrintable(tls.error().toString()));
        QCOMPARE(tls.value().caCertificates().size(), 1);
        QCOMPARE(tls.value().caCertificates().first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Energy Truck Test CA")});
        QVERIFY(!tls.value().usesSystemCas());
    }

    void readsEveryCertificateOfABundle()
    {
        QTemporaryDir dir;
        QFile bundle(dir.filePath(QStringLiteral("bundle.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        for (const QString &path : {m_pki.caFile(), m_pki.otherCaFile()}) {
            QFile part(path);
            QVERIFY(part.open(QIODevice::ReadOnly));
            bundle.write(part.readAll());
        }
        bundle.close();
        const auto tls = TlsConfig::fromCaFile(bundle.fileName());
        QVERIFY2(tls.ok(), qPrintable(tls.error().toString()));
        QCOMPARE(tls.value().caCertificates().size(), 2);
    }

    void readsADerCa()
    {
        const auto tls = TlsConfig::fromCaFile(m_pki.path(QStringLiteral("ca.der")));
        QVERIFY2(tls.ok(), qPrintable(tls.error().toString()));
        QCOMPARE(tls.value().caCertificates().size(), 1);
    }

    void aMissingFileIsAnError()
    {
        const QString path = m_pki.path(QStringLiteral("no-such.pem"));
        const auto tls = TlsConfig::fromCaFile(path);
        QVERIFY(!tls.ok());
        QCOMPARE(tls.error().code, QStringLiteral("bad_ca_file"));
        QVERIFY2(tls.error().message.contains(path), qPrintable(tls.error().message));
    }

    void aFileWithoutACertificateIsAnError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("private key") << QStringLiteral("ca.key");
        QTest::newRow("extension list") << QStringLiteral("server.ext");
    }

    void aFileWithoutACertificateIsAnError()
    {
        QFETCH(QString, file);
        const auto tls = TlsConfig::fromCaFile(m_pki.path(file));
        QVERIFY(!tls.ok());
        QCOMPARE(tls.error().code, QStringLiteral("bad_ca_file"));
        QVERIFY2(tls.error().message.contains(QStringLiteral("holds no certificate")), qPrintable(tls.error().message));
    }

    void givenCasReplaceTheSystemOnes()
    {
        const auto tls = TlsConfig::fromCaFile(m_pki.caFile());
        QVERIFY(tls.ok());
        QCOMPARE(tls.value().sslConfiguration().caCertificates(), tls.value().caCertificates());
        // Without any, the system's: Qt's default configuration as it is.
        const TlsConfig system;
        QVERIFY(system.usesSystemCas());
        QCOMPARE(system.sslConfiguration().caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
        QVERIFY(TlsConfig(QList<QSslCertificate>()).usesSystemCas());
    }

    void untrustedErrorNamesTheCertificateAndTheFix()
    {
        const QSslCertificate server = QSslCertificate::fromPath(m_pki.path(QStringLiteral("server.pem"))).value(0);
        QVERIFY(!server.isNull());
        const QList<QSslError> errors = {QSslError(QSslError::UnableToGetLocalIssuerCertificate, server),
                                         QSslError(QSslError::CertificateUntrusted, server),
                                         QSslError(QSslError::UnableToGetLocalIssuerCertificate, server)};
        const domain::Error e = TlsConfig::untrustedError(errors);
        QCOMPARE(e.code, QStringLiteral("tls_untrusted"));
        QCOMPARE(e.code, TlsConfig::untrustedCode());
        QVERIFY2(e.message.startsWith(QStringLiteral("the server's certificate is not trusted (")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("\"127.0.0.1\" issued by \"Energy Truck Test CA\"")), qPrintable(e.message));
        QVERIFY2(e.message.endsWith(QStringLiteral("check --ca-cert and the server address")), qPrintable(e.message));
        // Each reason once.
        const QString reason = QSslError(QSslError::UnableToGetLocalIssuerCertificate).errorString();
        QCOMPARE(e.message.count(reason), 1);
        QVERIFY(e.message.contains(QSslError(QSslError::CertificateUntrusted).errorString()));
    }

private:
    test::TestPki m_pki;
};

QTEST_GUILESS_MAIN(TestTlsConfig)
#include "tst_tlsconfig.moc"
