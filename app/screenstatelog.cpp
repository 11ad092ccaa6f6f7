// SPDX-License-Identifier: MIT
#include "screenstatelog.h"

#include "applogging.h"
#include "connectionstatus.h"
#include "consolecontroller.h"

#include <QJsonDocument>
#include <QQuickItem>

#include <cstdio>

namespace et::app {

namespace {
void collectTexts(const QQuickItem *item, QJsonObject &texts)
{
    if (!item->isVisible())
        return;
    if (!item->objectName().isEmpty()) {
        const QVariant text = item->property("text");
        if (text.typeId() == QMetaType::QString && !text.toString().isEmpty())
            texts.insert(item->objectName(), text.toString());
    }
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        collectTexts(child, texts);
}
} // namespace

ScreenStateLog::ScreenStateLog(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_check.setInterval(100);
    connect(&m_check, &QTimer::timeout, this, &ScreenStateLog::check);
}

bool ScreenStateLog::open(const QString &path)
{
    if (path == u"-")
        return m_file.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered); // the descriptor: no stdio buffer to lose
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered);
}

void ScreenStateLog::watch(QQuickWindow *window, models::ConsoleController *console)
{
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    m_console = console;
    if (!window)
        return;
    // Emitted on the render thread with the threaded render loop: counted on ours.
    connect(window, &QQuickWindow::frameSwapped, this, &ScreenStateLog::onFrame, Qt::QueuedConnection);
    m_check.start();
    check();
}

QJsonObject ScreenStateLog::snapshot() const
{
    QJsonObject state;
    if (!m_window)
        return state;
    state.insert(QStringLiteral("window"), m_window->objectName());
    if (m_console) {
        state.insert(QStringLiteral("view"), m_console->currentView());
        state.insert(QStringLiteral("hasData"), m_console->currentViewHasData());
        state.insert(QStringLiteral("online"), m_console->status()->online());
    }
    QJsonObject texts;
    collectTexts(m_window->contentItem(), texts);
    state.insert(QStringLiteral("texts"), texts);
    return state;
}

void ScreenStateLog::check()
{
    const QJsonObject now = snapshot();
    if (now == m_last)
        return;
    m_last = now;
    write(QStringLiteral("state"), now);
}

void ScreenStateLog::onFrame()
{
    if (!m_window)
        return;
    const bool hasData = m_console && m_console->currentViewHasData();
    const bool online = m_console && m_console->status()->online();
    const QJsonObject fields{{QStringLiteral("window"), m_window->objectName()}, {QStringLiteral("online"), online}};
    if (!std::exchange(m_firstFrame, true))
        write(QStringLiteral("first-frame"), fields);
    if (hasData && !std::exchange(m_firstDataFrame, true))
        write(QStringLiteral("first-data-frame"), fields);
    if (hasData && online && !std::exchange(m_firstLiveFrame, true))
        write(QStringLiteral("first-live-frame"), fields);
}

void ScreenStateLog::write(const QString &event, QJsonObject fields)
{
    if (!m_file.isOpen())
        return;
    fields.insert(QStringLiteral("event"), event);
    fields.insert(QStringLiteral("t"), m_clock.elapsed());
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size())
        qCWarning(lcApp).noquote() << "state log:" << m_file.errorString();
}

} // namespace et::app
