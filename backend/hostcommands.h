// SPDX-License-Identifier: MIT
#pragma once

namespace et::backend {

struct ServerOptions;

/// The commands an operator runs on the server's host, where no account exists yet:
/// `--create-user EMAIL --role ROLE` and `--set-password EMAIL`. The password is the first line
/// of stdin (at least 12 characters), never an argument (it would show in `ps` and shell
/// history). They open the database (creating or upgrading it), do their one thing and exit:
/// 0 done, 1 database failure, 2 a bad password, 3 the e-mail exists (create) or does not
/// (set-password).
class HostCommands
{
public:
    static constexpr int kExitExists = 3;

    static int run(const ServerOptions &options);
};

} // namespace et::backend
