// SPDX-License-Identifier: MIT
#pragma once

#include "processstats.h"

#include <QJsonObject>
#include <QStringList>

namespace et::bench {

/// CPU use of the server and of the bench over one measurement: cores busy and seconds spent
/// waiting for a core, per wall second. On this shared 2-core machine the wait says whether a
/// latency was work or queueing behind someone else's.
class CpuWindow
{
public:
    explicit CpuWindow(qint64 serverPid); ///< starts measuring
    void stop();                          ///< freezes the figures (the first call counts)

    double serverCores() const { return ProcessStats::cores(m_serverFrom, m_serverTo); }
    double serverWaiting() const { return ProcessStats::waiting(m_serverFrom, m_serverTo); }
    double benchCores() const { return ProcessStats::cores(m_benchFrom, m_benchTo); }
    double benchWaiting() const { return ProcessStats::waiting(m_benchFrom, m_benchTo); }
    double seconds() const { return double(m_serverTo.wallNs - m_serverFrom.wallNs) / 1e9; }

    /// server_cores, server_cpu_wait, bench_cores, bench_cpu_wait
    void addTo(QJsonObject &json) const;
    /// The same four as table cells, and their headers.
    QStringList cells() const;
    static QStringList headers();

private:
    qint64 m_pid;
    bool m_stopped = false;
    ProcessStats::CpuSample m_serverFrom, m_serverTo, m_benchFrom, m_benchTo;
};

} // namespace et::bench
