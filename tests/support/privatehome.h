// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace et::test {

/// A home folder of the test's own for the console or CLI under test, in the private D-Bus session
/// with an unlocked gnome-keyring that scripts/test.sh runs ctest in: `.config`, `.cache` and
/// `.local/share` below `root`/home, with XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_DATA_HOME (and,
/// when asked, HOME) pointing there, so everything the program writes can be read through by the
/// test and nothing lands in the real user's folders. The keyring daemon was started before and
/// keeps its files where the session's data home was: keyringDir().
class PrivateHome
{
public:
    struct Options
    {
        bool setHome = false;     ///< also HOME, for a child process that may write under ~ directly
        bool logEverything = false; ///< QT_LOGGING_RULES et.*=true, so that a search of the log sees every line
    };

    /// Makes the folders and sets the environment. An empty string on success, otherwise what is
    /// wrong. Without a D-Bus session it fails rather than skips: a skipped keychain test would
    /// hide a broken set-up.
    QString open(const QString &root, Options options);
    QString open(const QString &root) { return open(root, Options{}); }

    QString path() const { return m_home; }
    /// The folders the program may write to (config, cache, data).
    QStringList writableDirs() const;
    /// Where the session's gnome-keyring keeps its files (as the data home was before open()).
    QString keyringDir() const { return m_keyringDir; }

private:
    QString m_home;
    QString m_keyringDir;
};

} // namespace et::test
