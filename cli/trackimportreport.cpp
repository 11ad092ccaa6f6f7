// SPDX-License-Identifier: MIT
#include "trackimportreport.h"

#include "texttable.h"

#include "domain/hazard/hazardseverity.h"
#include "domain/hazard/jmabesttrack.h"
#include "domain/hazard/jtwcbesttrack.h"
#include "domain/hazard/typhoontrackjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace et::cli {

using namespace domain::hazard;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::TrackImportReport", text);
}

// Jeju City Hall, the reference for "how close it came".
constexpr double kJejuLat = 33.4996, kJejuLon = 126.5312;
} // namespace

int TrackImportReport::print(const QString &path, bool json, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return 1;
    }
    const QByteArray data = file.readAll();
    const QByteArray first = data.left(data.indexOf('\n')).trimmed();
    domain::Result<QList<TyphoonTrack>> tracks = QList<TyphoonTrack>{};
    if (first.startsWith("66666"))
        tracks = JmaBestTrack::parse(data);
    else if (first.contains("Lat") && first.contains("VMax"))
        tracks = JtwcBestTrack::parse(data);
    else {
        err << tr("%1 is neither a JMA best track (bst_all.txt) nor a JTWC CSV").arg(path) << '\n';
        return 1;
    }
    if (!tracks.ok()) {
        err << tr("%1: %2").arg(path, tracks.error().toString()) << '\n';
        return 1;
    }
    if (json) {
        QJsonArray list;
        for (const TyphoonTrack &t : tracks.value())
            list.append(TyphoonTrackJson::toJson(t));
        out << QJsonDocument(QJsonObject{{QStringLiteral("tracks"), list}}).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("SOURCE"), tr("FIXES"), tr("FROM (UTC)"), tr("TO (UTC)"), tr("LOWEST hPa"), tr("STRONGEST m/s"),
                     tr("SEVERITY"), tr("NEAREST JEJU km")});
    for (const TyphoonTrack &t : tracks.value()) {
        double lowest = 0.0, strongest = 0.0;
        for (const TrackPoint &p : t.points) {
            if (p.pressureHpa && (lowest == 0.0 || *p.pressureHpa < lowest))
                lowest = *p.pressureHpa;
            strongest = std::max(strongest, p.maxWindMs.value_or(0.0));
        }
        table.addRow({t.id, t.name.isEmpty() ? QStringLiteral("-") : t.name, t.source, QString::number(t.points.size()),
                      t.points.first().time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), t.points.last().time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      lowest > 0.0 ? QString::number(lowest, 'f', 0) : QStringLiteral("-"), QString::number(strongest, 'f', 1),
                      QString::number(HazardSeverity::ofTyphoonWind(strongest)), QString::number(t.closestApproachKm(kJejuLat, kJejuLon), 'f', 0)});
    }
    out << table.render();
    out << tr("storms read from %1: %2").arg(path).arg(tracks.value().size()) << '\n';
    return 0;
}

} // namespace et::cli
