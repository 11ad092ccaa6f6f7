// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace et::cli {

/// A parsed and checked energytruck-cli command line.
struct CommandLine
{
    enum class Command { Sync, List, Status, Help, Version };
    Command command = Command::Help;
    QString listKind;  ///< assets | trucks | disasters | centers
    bool json = false;
    QUrl serverUrl;    ///< empty when --server was not given
    QString dataDir;   ///< --data-dir or the console's default

    /// Parses `arguments` (argv, program name first). A usage error carries a one-line reason;
    /// the caller prints it with usage() and exits with 2.
    static domain::Result<CommandLine> parse(const QStringList &arguments, const QString &defaultDataDir);
    static QString usage();
    static QStringList listKinds();
};

} // namespace et::cli
