// SPDX-License-Identifier: MIT
#pragma once
// A real energytruck-server standing still on a spring morning when Jeju curtails (2025-04-12
// 09:00 KST, the clock nearly still), with an
// operator signed in through the real CLI into a data folder of its own: what the CLI tests of
// the forecast and the dispatch run against.

#include "cliprocess.h"
#include "serverprocess.h"

#include <QTemporaryDir>

namespace et::test {

class SpringServer
{
public:
    /// Starts the server and signs the CLI in; the reason when either fails, else empty.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_data = m_dir.filePath(QStringLiteral("data"));
        const QStringList still = {QStringLiteral("--speed"), QStringLiteral("0.001"), QStringLiteral("--tick-ms"), QStringLiteral("60000"),
                                   QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--start"), QStringLiteral("2025-04-12T00:00:00Z")};
        if (!m_server.startWithTestAccounts(m_dir.filePath(QStringLiteral("server.sqlite")), still))
            return m_server.errorString();
        const CliRun login = cliLogin(m_server.url().toString(), m_data, domain::UserRole::Operator);
        return login.exitCode == 0 ? QString() : login.err;
    }

    /// The CLI's arguments for `args` on this data folder, with --server when `withServer`.
    QStringList cli(const QStringList &args, bool withServer) const
    {
        QStringList all{QStringLiteral("--data-dir"), m_data};
        if (withServer)
            all = QStringList{QStringLiteral("--server"), m_server.url().toString()} + all;
        return all + args;
    }

    ServerProcess &server() { return m_server; }

private:
    QTemporaryDir m_dir;
    QString m_data;
    ServerProcess m_server;
};

} // namespace et::test
