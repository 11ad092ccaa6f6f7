// SPDX-License-Identifier: MIT
#pragma once

#include "domain/useraccount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace et::test {

/// How a program run by a test ended: its exit code (-1 when it did not start or finish in time,
/// -2 when it crashed) and everything it wrote.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args`, writes `stdinText` to its stdin and closes it, and waits up to
/// `timeoutMs` for it to exit (then kills it; `err` says so). The caller's event loop keeps
/// turning meanwhile, so a FaultProxy or server in this thread still answers.
CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &stdinText = {}, int timeoutMs = 20000);

/// Path of the energytruck-cli binary (ET_BIN_DIR/energytruck-cli unless ET_CLI_BIN is set).
QString cliBinaryPath();

/// runProgram() for energytruck-cli.
CliRun runCli(const QStringList &args, const QByteArray &stdinText = {}, int timeoutMs = 20000);

/// `energytruck-cli --server SERVER --data-dir DATADIR login --user EMAIL --password-stdin` with
/// the test account of `role` (testaccounts.h): later commands on `dataDir` use the saved login.
CliRun cliLogin(const QString &server, const QString &dataDir, et::domain::UserRole role);

/// A truck of the fleet cached in `dataDir` (its last account, `list trucks --json`) that can take
/// an order: not in maintenance, on no order, not in `taken`. Empty when there is none.
QString freeTruckInCache(const QString &dataDir, const QStringList &taken = {});

} // namespace et::test
