// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace et::app {

/// The last thing the bundled server (or its host command) said on stderr, as an operator can
/// read it: the server writes structured JSON lines ({"message": …}) once it runs and plain
/// "energytruck-server: …" lines when it cannot start, and when it exits at start its last line
/// is the reason, which belongs on screen rather than only in a log nobody opens.
class ServerLogTail
{
public:
    /// Takes the next bytes of the stream (lines may arrive in pieces).
    void append(const QByteArray &bytes);
    /// The last non-empty line, its JSON "message" if it is a log record, without the program's
    /// name in front; "" when nothing was said.
    QString lastLine() const;

    /// The readable form of one line (exposed for tests).
    static QString readable(const QByteArray &line);

private:
    QByteArray m_lastComplete;
    QByteArray m_partial;
};

} // namespace et::app
