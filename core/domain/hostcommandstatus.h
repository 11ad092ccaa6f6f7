// SPDX-License-Identifier: MIT
#pragma once

namespace et::domain {

/// The exit statuses of the server's host commands (`--create-user`, `--set-password`), shared
/// by the server that returns them and the console that runs them for its bundled account.
enum class HostCommandStatus : int {
    Done = 0,
    DatabaseFailure = 1, ///< the database could not be opened or written (locked, damaged, …)
    BadPassword = 2,
    /// The e-mail exists (create) or does not (set-password): the other command is the one to run.
    WrongAccountState = 3,
};

} // namespace et::domain
