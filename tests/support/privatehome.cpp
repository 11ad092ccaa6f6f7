// SPDX-License-Identifier: MIT
#include "privatehome.h"

#include <QDir>
#include <QStringList>

namespace et::test {

namespace {
const char *const kSubdirs[] = {".config", ".cache", ".local/share"};
}

QString PrivateHome::open(const QString &root, Options options)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("needs a D-Bus session with an unlocked gnome-keyring (scripts/test.sh runs ctest in one)");
    // Read before XDG_DATA_HOME moves: the daemon already runs with the session's.
    const QString sessionData = qEnvironmentVariableIsEmpty("XDG_DATA_HOME") ? QDir::homePath() + QStringLiteral("/.local/share")
                                                                            : qEnvironmentVariable("XDG_DATA_HOME");
    m_keyringDir = sessionData + QStringLiteral("/keyrings");
    m_home = QDir(root).filePath(QStringLiteral("home"));
    for (const char *sub : kSubdirs) {
        if (!QDir().mkpath(m_home + u'/' + QString::fromLatin1(sub)))
            return QStringLiteral("cannot make %1/%2").arg(m_home, QString::fromLatin1(sub));
    }
    if (options.setHome)
        qputenv("HOME", m_home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home + QStringLiteral("/.cache")).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home + QStringLiteral("/.local/share")).toUtf8());
    if (options.logEverything)
        qputenv("QT_LOGGING_RULES", "et.*=true");
    return {};
}

QStringList PrivateHome::writableDirs() const
{
    QStringList dirs;
    for (const char *sub : kSubdirs)
        dirs << m_home + u'/' + QString::fromLatin1(sub);
    return dirs;
}

} // namespace et::test
