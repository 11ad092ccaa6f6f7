// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace et::test {

/// A desktop session of the test's own, as a new user on a fresh machine has it: an empty home,
/// a D-Bus session bus whose Secret Service (the real gnome-keyring, started by D-Bus activation)
/// has no keyring yet, and — when asked — an X display (Xvfb) on which gnome-keyring shows its
/// password prompt for a new login keyring. Without a display the keyring cannot prompt and so
/// refuses; with one the prompt waits for someone to answer it, which answerKeyringPrompt() can
/// do as a person would (xdotool types into it). Everything stops with the object: the bus and
/// what it started (gnome-keyring, its prompter) are one process group.
class PrivateDesktop
{
public:
    struct Options
    {
        bool display = false; ///< an Xvfb display for the keyring's prompts (and the console)
    };

    PrivateDesktop();
    ~PrivateDesktop();

    /// Makes the home under `root` and starts the display and the bus. "" on success, else what failed.
    QString start(const QString &root, Options options);

    /// For a child process of the session: HOME, the XDG folders, the bus and (with a display)
    /// DISPLAY with the xcb platform; without one the offscreen platform and no DISPLAY.
    QProcessEnvironment environment() const;
    QString home() const { return m_home; }

    /// Types `password` twice (password and confirmation) into the keyring prompt once it shows,
    /// then Enter. "" when done, else why not.
    QString answerKeyringPrompt(const QString &password, int timeoutMs = 10000) const;

private:
    void stop();

    QString m_home;
    QString m_display;
    QString m_busAddress;
    QProcess m_xvfb;
    QProcess m_bus;
};

} // namespace et::test
