// SPDX-License-Identifier: MIT
#include "dataage.h"

namespace et::client {

QString DataAge::relative(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < -5)
        return tr("in the future (check the clock)");
    if (seconds < 5)
        return tr("just now");
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 2 * 86400)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 days ago").arg(seconds / 86400);
}

QString DataAge::describe(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never synced");
    return tr("last synced %1 UTC, %2")
        .arg(then.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), relative(then, now));
}

} // namespace et::client
