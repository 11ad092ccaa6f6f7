// SPDX-License-Identifier: MIT
#include "processstats.h"

#include "steadyclock.h"

#include <QDir>
#include <QFile>


#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace et::bench {

namespace {
QString procPath(qint64 pid, const char *leaf)
{
    return QStringLiteral("/proc/%1/%2").arg(pid > 0 ? QString::number(pid) : QStringLiteral("self"), QLatin1String(leaf));
}

int countEntries(const QString &dir)
{
    QDir d(dir);
    if (!d.exists())
        return -1;
    return int(d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size());
}
} // namespace

qint64 ProcessStats::rssKiB(qint64 pid)
{
    QFile f(procPath(pid, "status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ProcessStats::cpuSeconds(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile f(procPath(pid, "stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray stat = f.readAll();
    // The command name may hold spaces and parentheses; the fields start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1.0;
    // After the name: state(0) ... utime(11) stime(12), in clock ticks.
    const double ticks = fields[11].toDouble() + fields[12].toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
#else
    Q_UNUSED(pid);
    return -1.0;
#endif
}

int ProcessStats::openFiles(qint64 pid)
{
    return countEntries(procPath(pid, "fd"));
}

int ProcessStats::threads(qint64 pid)
{
    return countEntries(procPath(pid, "task"));
}

double ProcessStats::runQueueWaitSeconds(qint64 pid)
{
    const QString tasks = procPath(pid, "task");
    double total = 0.0;
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks + u'/' + task + QStringLiteral("/schedstat"));
        // "<ns on a CPU> <ns waiting on a run queue> <time slices>"
        if (f.open(QIODevice::ReadOnly))
            total += f.readAll().split(' ').value(1).toDouble() / 1e9;
    }
    return total;
}

ProcessStats::CpuSample ProcessStats::sample(qint64 pid)
{
    return {cpuSeconds(pid), runQueueWaitSeconds(pid), steadyNs()};
}

double ProcessStats::cores(const CpuSample &from, const CpuSample &to)
{
    const double wall = double(to.wallNs - from.wallNs) / 1e9;
    return wall > 0.0 ? (to.cpuSeconds - from.cpuSeconds) / wall : 0.0;
}

double ProcessStats::waiting(const CpuSample &from, const CpuSample &to)
{
    const double wall = double(to.wallNs - from.wallNs) / 1e9;
    return wall > 0.0 ? (to.waitSeconds - from.waitSeconds) / wall : 0.0;
}

qint64 ProcessStats::raiseOpenFileLimit()
{
#ifdef Q_OS_LINUX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return qint64(limit.rlim_cur);
#else
    return -1;
#endif
}

} // namespace et::bench
