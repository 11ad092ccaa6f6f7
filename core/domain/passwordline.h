// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

class QIODevice;

namespace et::domain {

/// The one way a program of ours takes a password from a pipe or a terminal (`--password-stdin`,
/// `--create-user`, `--set-password`): the first line, without its line ending, and nothing else.
/// Spaces are part of the password, so nothing is trimmed: the console, the CLI and the server
/// read the same characters from the same line, and a password made by one signs in through the
/// others.
class PasswordLine
{
public:
    /// A line longer than this is refused rather than cut: a cut password would never match.
    static constexpr int kMaxBytes = 4096;

    /// Reads the first line of `in`. An error names `option` when `in` has no line, the line is
    /// empty, too long, or not UTF-8.
    static Result<QString> read(QIODevice &in, const QString &option);
    /// The same from this process's stdin.
    static Result<QString> readStdin(const QString &option);
};

} // namespace et::domain
