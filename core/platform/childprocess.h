// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QProcess;

namespace et::platform {

/// The path of a program as the file system names it: `path` with the platform's executable
/// suffix (".exe" on Windows) when it has none, so a program found beside ours by its base name
/// can be checked with QFileInfo before it is started. Unchanged elsewhere.
QString executablePath(const QString &path);

/// Makes a child that `process` is about to start end when this process ends, however it ends
/// (a crash, kill -9, Task Manager), so no orphan keeps holding a database. Call before start().
///  - Linux: the kernel sends the child SIGTERM when we are gone (PR_SET_PDEATHSIG), so it shuts
///    down cleanly.
///  - Windows: the child joins a job object that kills its members when our last handle to it
///    closes, which the system does when we exit. That is a hard stop (SQLite's journal keeps
///    the database consistent); a clean stop is QProcess::terminate(), see SignalWatcher.
///  - Elsewhere: nothing.
void endWithThisProcess(QProcess &process);

} // namespace et::platform
