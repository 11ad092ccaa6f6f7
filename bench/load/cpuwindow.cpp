// SPDX-License-Identifier: MIT
#include "cpuwindow.h"

#include "resultreport.h"

namespace et::bench {

CpuWindow::CpuWindow(qint64 serverPid)
    : m_pid(serverPid),
      m_serverFrom(ProcessStats::sample(serverPid)),
      m_serverTo(m_serverFrom),
      m_benchFrom(ProcessStats::sample()),
      m_benchTo(m_benchFrom)
{
}

void CpuWindow::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_serverTo = ProcessStats::sample(m_pid);
    m_benchTo = ProcessStats::sample();
}

void CpuWindow::addTo(QJsonObject &json) const
{
    json.insert(QStringLiteral("server_cores"), serverCores());
    json.insert(QStringLiteral("server_cpu_wait"), serverWaiting());
    json.insert(QStringLiteral("bench_cores"), benchCores());
    json.insert(QStringLiteral("bench_cpu_wait"), benchWaiting());
}

QStringList CpuWindow::cells() const
{
    return {ResultReport::num(serverCores(), 2), ResultReport::num(serverWaiting(), 2), ResultReport::num(benchCores(), 2),
            ResultReport::num(benchWaiting(), 2)};
}

QStringList CpuWindow::headers()
{
    return {QStringLiteral("srv cores"), QStringLiteral("srv wait"), QStringLiteral("bench cores"), QStringLiteral("bench wait")};
}

} // namespace et::bench
