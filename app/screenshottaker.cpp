// SPDX-License-Identifier: MIT
#include "screenshottaker.h"

#include "applogging.h"
#include "consolecontroller.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>

namespace et::app {

namespace {
// Long enough for the panel's bar animations (250 ms) and the map's first tiles to land.
constexpr int kSettleMs = 800;
} // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, models::ConsoleController *console, const QString &path,
                                 int timeoutMs, QObject *parent)
    : QObject(parent), m_window(window), m_console(console), m_path(path), m_timeoutMs(timeoutMs)
{
    // A local check of two flags, not network polling: the data arrives by push either way.
    m_check.setInterval(100);
    connect(&m_check, &QTimer::timeout, this, &ScreenshotTaker::check);
}

void ScreenshotTaker::start()
{
    m_elapsed.start();
    m_check.start();
}

bool ScreenshotTaker::isReady() const
{
    const QVariant mapReady = m_window->property("mapReady");
    // No console (the sign-in window): there is no data to wait for.
    return (!m_console || m_console->currentViewHasData()) && (!mapReady.isValid() || mapReady.toBool());
}

void ScreenshotTaker::check()
{
    if (!m_window) {
        m_check.stop();
        qCCritical(lcApp) << "screenshot: the window went away";
        emit finished(1);
        return;
    }
    if (m_settling || m_elapsed.elapsed() < m_minimumWaitMs)
        return;
    const bool ready = isReady();
    const bool late = m_elapsed.elapsed() > m_minimumWaitMs + m_timeoutMs;
    if (!ready && !late)
        return;
    m_settling = true;
    m_check.stop();
    if (!ready)
        qCWarning(lcApp) << "screenshot: no data for view" << (m_console ? m_console->currentView() : QString())
                         << "after" << m_timeoutMs << "ms";
    QTimer::singleShot(kSettleMs, this, [this, ready] { grab(ready); });
}

void ScreenshotTaker::grab(bool complete)
{
    if (!m_window) {
        emit finished(1);
        return;
    }
    const QImage image = m_window->grabWindow();
    if (image.isNull()) {
        qCCritical(lcApp) << "screenshot: grabbing the window gave no image";
        emit finished(1);
        return;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!image.save(m_path, "PNG")) {
        qCCritical(lcApp).noquote() << "screenshot: could not write" << m_path;
        emit finished(1);
        return;
    }
    qCInfo(lcApp).noquote() << "screenshot saved to" << m_path << image.size();
    emit finished(complete ? 0 : 3);
}

} // namespace et::app
