// SPDX-License-Identifier: MIT
#include "privatedesktop.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace et::test {

namespace {
/// The first line a child writes to stdout (a display number, a bus address), or "" on time-out.
QString firstLine(QProcess &process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    process.waitForStarted(timeoutMs);
    while (!out.contains('\n') && !deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += process.readAllStandardOutput();
    }
    return QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
}

/// Runs a short X client (xdotool) to its end; its stdout, or "" when it failed.
QString runX(const QProcessEnvironment &env, const QStringList &args, bool *ok)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("xdotool"), args);
    *ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Stops a child and everything in its process group (the bus's activated services).
void stopGroup(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    const pid_t group = pid_t(process.processId());
    ::kill(-group, SIGTERM);
    if (!process.waitForFinished(3000)) {
        ::kill(-group, SIGKILL);
        process.waitForFinished(3000);
    }
    ::kill(-group, SIGKILL); // whatever of the group outlived its leader
}
} // namespace

PrivateDesktop::PrivateDesktop()
{
    for (QProcess *p : {&m_xvfb, &m_bus})
        p->setChildProcessModifier([] { ::setpgid(0, 0); });
}

PrivateDesktop::~PrivateDesktop()
{
    stop();
}

void PrivateDesktop::stop()
{
    stopGroup(m_bus);
    stopGroup(m_xvfb);
}

QString PrivateDesktop::start(const QString &root, Options options)
{
    m_home = QDir(root).filePath(QStringLiteral("desktop-home"));
    for (const char *sub : {".config", ".cache", ".local/share", "runtime"}) {
        if (!QDir().mkpath(m_home + u'/' + QString::fromLatin1(sub)))
            return QStringLiteral("cannot make %1/%2").arg(m_home, QString::fromLatin1(sub));
    }
    QFile::setPermissions(m_home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    if (options.display) {
        m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                               QStringLiteral("0"), QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"),
                                               QStringLiteral("tcp")});
        const QString number = firstLine(m_xvfb, 15000);
        if (number.isEmpty())
            return QStringLiteral("Xvfb did not start: %1").arg(QString::fromUtf8(m_xvfb.readAllStandardError()));
        m_display = u':' + number;
    }
    // Activated services inherit the bus's environment: gnome-keyring and its prompter must see
    // the new home and the display.
    QProcessEnvironment busEnv = environment();
    busEnv.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_bus.setProcessEnvironment(busEnv);
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    m_busAddress = firstLine(m_bus, 15000);
    if (m_busAddress.isEmpty())
        return QStringLiteral("dbus-daemon did not start: %1").arg(QString::fromUtf8(m_bus.readAllStandardError()));
    return {};
}

QProcessEnvironment PrivateDesktop::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home + QStringLiteral("/runtime"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (m_busAddress.isEmpty())
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    else
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    if (m_display.isEmpty()) {
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    }
    return env;
}

QString PrivateDesktop::answerKeyringPrompt(const QString &password, int timeoutMs) const
{
    if (m_display.isEmpty())
        return QStringLiteral("no display: gnome-keyring cannot prompt");
    const QProcessEnvironment env = environment();
    QDeadlineTimer deadline(timeoutMs);
    QString window;
    bool ok = false;
    while (window.isEmpty() && !deadline.hasExpired()) {
        window = runX(env, {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--class"), QStringLiteral("gcr-prompter")}, &ok)
                     .section(u'\n', 0, 0);
        if (window.isEmpty())
            QThread::msleep(200);
    }
    if (window.isEmpty())
        return QStringLiteral("no keyring prompt showed within %1 ms").arg(timeoutMs);
    // No window manager on Xvfb: give the prompt the keyboard focus ourselves, then type as a person would.
    const QList<QStringList> steps{
        {QStringLiteral("windowfocus"), QStringLiteral("--sync"), window},
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), password},
        {QStringLiteral("key"), QStringLiteral("Tab")},
        {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), password},
        {QStringLiteral("key"), QStringLiteral("Return")},
    };
    for (const QStringList &step : steps) {
        runX(env, step, &ok);
        if (!ok)
            return QStringLiteral("xdotool %1 failed").arg(step.first());
    }
    return {};
}

} // namespace et::test
