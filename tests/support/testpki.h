// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

namespace et::test {

/// A throw-away PKI made at test time with the openssl command line, in a temporary folder: a
/// test CA, a server certificate for 127.0.0.1 and localhost signed by it, one signed by it for
/// another host name, and an unrelated CA that signed nothing we serve. EC P-256 keys, valid
/// for two days. Used by the client's TLS tests (their own peers) and the backend's (the real server).
class TestPki
{
public:
    /// Makes every file; false with `error` set when openssl is missing or fails.
    bool create(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        return makeCa(QStringLiteral("ca"), QStringLiteral("Energy Truck Test CA"), error)
            && makeCa(QStringLiteral("other-ca"), QStringLiteral("Unrelated Test CA"), error)
            && makeServer(QStringLiteral("server"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), error)
            && makeServer(QStringLiteral("elsewhere"), QStringLiteral("elsewhere.example"), QStringLiteral("DNS:elsewhere.example"), error)
            && openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("ca.pem")), QStringLiteral("-outform"),
                        QStringLiteral("DER"), QStringLiteral("-out"), path(QStringLiteral("ca.der"))}, error);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.pem")); }
    /// PEM files of `name`: "server" (127.0.0.1, localhost) or "elsewhere" (another key as well).
    QString certFile(const QString &name = QStringLiteral("server")) const { return path(name + QStringLiteral(".pem")); }
    QString keyFile(const QString &name = QStringLiteral("server")) const { return path(name + QStringLiteral(".key")); }
    /// The real server's options for HTTPS and WSS with the certificate `name`.
    QStringList serverArgs(const QString &name = QStringLiteral("server")) const
    {
        return {QStringLiteral("--tls-cert"), certFile(name), QStringLiteral("--tls-key"), keyFile(name)};
    }

    /// What a TLS server presents: `name` is "server" (127.0.0.1, localhost) or "elsewhere".
    QSslConfiguration serverConfiguration(const QString &name = QStringLiteral("server")) const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setLocalCertificate(QSslCertificate::fromPath(certFile(name)).value(0));
        QFile key(keyFile(name));
        if (key.open(QIODevice::ReadOnly))
            c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
        return c;
    }

private:
    bool openssl(const QStringList &arguments, QString *error)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), arguments);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("openssl %1: %2 %3").arg(arguments.join(u' '), p.errorString(),
                                                              QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    bool makeCa(const QString &name, const QString &commonName, QString *error)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                        name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                       error);
    }

    bool makeServer(const QString &name, const QString &commonName, const QString &altNames, QString *error)
    {
        QFile ext(path(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly)) {
            *error = ext.errorString();
            return false;
        }
        ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
        ext.write("subjectAltName=" + altNames.toLatin1() + "\n");
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
                       error)
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                        QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                        QStringLiteral("-set_serial"), QString::number(++m_serial), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), name + QStringLiteral(".ext"), QStringLiteral("-out"), name + QStringLiteral(".pem")},
                       error);
    }

    QTemporaryDir m_dir;
    int m_serial = 1;
};

} // namespace et::test
