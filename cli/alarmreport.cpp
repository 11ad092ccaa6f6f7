// SPDX-License-Identifier: MIT
#include "alarmreport.h"

#include "jejuclock.h"
#include "texttable.h"

#include "domain/alarm/alarmboard.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace et::cli {

using namespace domain::alarm;

int AlarmReport::print(const QList<Alarm> &alarms, const QDateTime &now, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray items;
        for (const Alarm &a : alarms)
            items.append(a.toJson());
        out << QJsonDocument(items).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (const int flood = AlarmBoard::floodCount(alarms, now))
        out << tr("ALARM FLOOD: %1 alarms raised in the last 10 minutes").arg(flood) << '\n';
    // Shelved ones are listed too (marked): the CLI is where an operator checks what is hidden.
    QList<Alarm> open;
    for (const Alarm &a : alarms) {
        if (a.state != State::Normal)
            open << a;
    }
    QList<Alarm> shown = open;
    for (Alarm &a : shown)
        a.shelvedUntil.reset();
    TextTable table({tr("id"), tr("priority"), tr("state"), tr("what"), tr("since KST"), tr("shelved until KST")});
    QHash<QString, Alarm> byId;
    for (const Alarm &a : open)
        byId.insert(a.id, a);
    for (const AlarmGroup &g : AlarmBoard::groups(shown, now)) {
        for (const Alarm &listed : g.alarms) {
            const Alarm &a = byId[listed.id];
            const bool child = !a.parentId.isEmpty() && a.source != Source::Disaster;
            table.addRow({(child ? QStringLiteral("  ") : QString()) + a.id, toString(a.priority), toString(a.state),
                          (a.subjectName.isEmpty() ? a.subjectId : a.subjectName) + QStringLiteral(": ") + a.message,
                          kst(a.raisedAt, "MM-dd HH:mm"),
                          a.isShelved(now) ? kst(*a.shelvedUntil, "MM-dd HH:mm") + QStringLiteral(" (") + a.shelveReason + u')' : QString()});
        }
    }
    out << tr("%1 alarms not normal (as of %2 KST)").arg(open.size()).arg(kst(now, "yyyy-MM-dd HH:mm")) << '\n';
    if (table.rowCount() > 0)
        out << table.render();
    return 0;
}

} // namespace et::cli
