// SPDX-License-Identifier: MIT
#include "serverlogtail.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace et::app {

namespace {
// A log line is short; a runaway line without a newline must not grow without bound.
constexpr qsizetype kMaxLine = 4096;
} // namespace

void ServerLogTail::append(const QByteArray &bytes)
{
    m_partial += bytes;
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QByteArray line = m_partial.left(newline).trimmed();
        m_partial.remove(0, newline + 1);
        if (!line.isEmpty())
            m_lastComplete = line;
    }
    if (m_partial.size() > kMaxLine)
        m_partial = m_partial.right(kMaxLine);
}

QString ServerLogTail::lastLine() const
{
    // A line cut off by the exit is still the last thing said.
    const QByteArray partial = m_partial.trimmed();
    return readable(partial.isEmpty() ? m_lastComplete : partial);
}

QString ServerLogTail::readable(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject record = QJsonDocument::fromJson(trimmed).object();
        if (const QString message = record.value(QStringLiteral("message")).toString(); !message.isEmpty())
            return message;
    }
    QString text = QString::fromUtf8(trimmed.left(kMaxLine));
    const QString prefix = QStringLiteral("energytruck-server: ");
    if (text.startsWith(prefix))
        text.remove(0, prefix.size());
    return text;
}

} // namespace et::app
