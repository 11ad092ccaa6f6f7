// SPDX-License-Identifier: MIT
#pragma once

#include "domain/hostcommandstatus.h"

namespace et::backend {

struct ServerOptions;

/// The commands an operator runs on the server's host, where no account exists yet:
/// `--create-user EMAIL --role ROLE` and `--set-password EMAIL`. The password is the first line
/// of stdin (at least 12 characters), never an argument (it would show in `ps` and shell
/// history). They open the database (creating or upgrading it), do their one thing and exit
/// with a domain::HostCommandStatus.
class HostCommands
{
public:
    static constexpr int kExitExists = int(domain::HostCommandStatus::WrongAccountState);

    static int run(const ServerOptions &options);
};

} // namespace et::backend
