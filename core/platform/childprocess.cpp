// SPDX-License-Identifier: MIT
#include "childprocess.h"

#include "platformlogging.h"

#include <QFileInfo>
#include <QProcess>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace et::platform {

QString executablePath(const QString &path)
{
#if defined(Q_OS_WIN)
    if (QFileInfo(path).suffix().isEmpty())
        return path + QStringLiteral(".exe");
#endif
    return path;
}

#if defined(Q_OS_WIN)
namespace {
// One job for the whole run. Its handle is never closed by us: the system closes it when this
// process ends, and that is what kills the children.
HANDLE killOnCloseJob()
{
    static const HANDLE job = [] {
        HANDLE created = CreateJobObjectW(nullptr, nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (created && !SetInformationJobObject(created, JobObjectExtendedLimitInformation, &limits, sizeof limits)) {
            CloseHandle(created);
            created = nullptr;
        }
        return created;
    }();
    return job;
}
} // namespace
#endif

void endWithThisProcess(QProcess &process)
{
#if defined(Q_OS_LINUX)
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#elif defined(Q_OS_WIN)
    // Joined right after it starts: a child that dies with us within those microseconds is not
    // worth a suspended start.
    QObject::connect(&process, &QProcess::started, &process, [&process] {
        const HANDLE job = killOnCloseJob();
        const HANDLE child = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(process.processId()));
        if (!job || !child || !AssignProcessToJobObject(job, child))
            qCWarning(lcPlatform) << "the child" << process.program() << "may outlive us: no job object";
        if (child)
            CloseHandle(child);
    });
#else
    Q_UNUSED(process);
#endif
}

} // namespace et::platform
