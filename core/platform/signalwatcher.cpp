// SPDX-License-Identifier: MIT
#include "signalwatcher.h"

#include "platformlogging.h"

#include <QSocketNotifier>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <atomic>
#include <qt_windows.h>
#endif

namespace et::platform {

namespace {
#if defined(Q_OS_UNIX)
int g_pipe[2] = {-1, -1};

void onSignal(int number)
{
    // Only async-signal-safe work here: one byte into the pipe.
    const char byte = char(number);
    [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
std::atomic<SignalWatcher *> g_watcher{nullptr};
// Set once the watcher is gone, i.e. the program has closed what it had open.
HANDLE g_finished = nullptr;

// Hands the request to the watcher's thread; the queued call is dropped if the watcher goes first.
void report(int number)
{
    if (SignalWatcher *watcher = g_watcher.load())
        QMetaObject::invokeMethod(watcher, [watcher, number] { emit watcher->terminationRequested(number); }, Qt::QueuedConnection);
}

// Runs on a thread the system starts for each console event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    report(event == CTRL_C_EVENT ? SIGINT : SIGTERM);
    // For these the system ends the process as soon as the handler returns (after about 5 s at
    // the latest), so give the event loop that long to finish the clean exit.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        WaitForSingleObject(g_finished, 4500);
    return TRUE;
}

// QProcess::terminate() posts WM_CLOSE to the child's main thread (and to its windows). A program
// without windows would never see it; the event dispatcher passes thread messages (hwnd null)
// through the native event filters, so one here makes terminate() work like SIGTERM.
class CloseMessageFilter : public QAbstractNativeEventFilter
{
public:
    bool nativeEventFilter(const QByteArray &type, void *message, qintptr *) override
    {
        const MSG *msg = static_cast<const MSG *>(message);
        if (type != "windows_generic_MSG" || msg->hwnd != nullptr || msg->message != WM_CLOSE)
            return false;
        report(SIGTERM);
        return true;
    }
};
CloseMessageFilter g_closeFilter;
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0) {
        qCWarning(lcPlatform) << "no signal pipe; SIGTERM will not shut down cleanly";
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_pipe[0], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    m_watching = true;
#elif defined(Q_OS_WIN)
    SignalWatcher *none = nullptr;
    if (!g_watcher.compare_exchange_strong(none, this)) {
        qCWarning(lcPlatform) << "a second signal watcher; only the first one reports";
        return;
    }
    if (!g_finished)
        g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    ResetEvent(g_finished);
    if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE))
        qCWarning(lcPlatform) << "no console control handler; Ctrl+C will not shut down cleanly";
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installNativeEventFilter(&g_closeFilter);
    m_watching = true;
#endif
}

SignalWatcher::~SignalWatcher()
{
    if (!m_watching)
        return;
#if defined(Q_OS_UNIX)
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#elif defined(Q_OS_WIN)
    g_watcher.store(nullptr);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeNativeEventFilter(&g_closeFilter);
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    SetEvent(g_finished); // a handler waiting for the clean exit may let the process end now
#endif
}

} // namespace et::platform
