// SPDX-License-Identifier: MIT
// energytruck-server: the reference backend. Everything lives in et_backend (ServerApp).
#include "backendlogging.h"
#include "http/jsonloghandler.h"
#include "serverapp.h"
#include "et/version.h"

#include <QCoreApplication>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace {
// Every WebSocket console holds a descriptor. The usual soft limit of 1024 would stop the server
// at about a thousand consoles although the hard limit (what an unprivileged process may raise
// itself to) is far higher, so take the hard limit at start. The log line waits for the event
// loop: a bad option must still leave exactly one line on stderr.
void raiseOpenFileLimit()
{
#ifdef Q_OS_LINUX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    const bool raised = setrlimit(RLIMIT_NOFILE, &limit) == 0;
    QTimer::singleShot(0, [raised, before, max = limit.rlim_max] {
        if (raised)
            qCInfo(lcServer).noquote() << "open-file limit raised from" << before << "to" << max;
        else
            qCWarning(lcServer).noquote() << "could not raise the open-file limit from" << before;
    });
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("energytruck-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ET_VERSION));
    et::backend::JsonLogHandler::install();
    raiseOpenFileLimit();
    return et::backend::ServerApp::run(QCoreApplication::arguments());
}
