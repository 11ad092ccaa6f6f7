// SPDX-License-Identifier: MIT
#include "situationreport.h"

#include "client/alarmwording.h"
#include "domain/hazard/incidentimpactjson.h"
#include "reportlogging.h"
#include "reportmap.h"

#include <QHash>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace et::report {

namespace {

using domain::hazard::IncidentImpact;

// Sites listed in the table; the rest are counted (a typhoon can put hundreds at risk).
constexpr int kMaxSites = 40;

QString kst(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" KST") : QStringLiteral("—");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString row(const QStringList &cells, bool header = false)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += header ? QStringLiteral("<th>%1</th>").arg(c) : QStringLiteral("<td>%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">") + row(header, true);
    for (const QStringList &r : rows)
        out += row(r);
    return out + QStringLiteral("</table>");
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

} // namespace

QString SituationReport::kindText(const QString &kind)
{
    static const QHash<QString, const char *> kinds{
        {QStringLiteral("hvdc_converter"), QT_TR_NOOP("HVDC converter")}, {QStringLiteral("thermal"), QT_TR_NOOP("thermal plant")},
        {QStringLiteral("wind"), QT_TR_NOOP("wind farm")},                {QStringLiteral("solar"), QT_TR_NOOP("solar plant")},
        {QStringLiteral("substation"), QT_TR_NOOP("substation")},         {QStringLiteral("hospital"), QT_TR_NOOP("hospital")},
        {QStringLiteral("water"), QT_TR_NOOP("water works")},             {QStringLiteral("telecom"), QT_TR_NOOP("telecom")},
        {QStringLiteral("shelter"), QT_TR_NOOP("shelter")},               {QStringLiteral("health_center"), QT_TR_NOOP("health center")}};
    const auto it = kinds.constFind(kind);
    return it == kinds.cend() ? kind : tr(it.value());
}

QString SituationReport::colourText(const QString &colour)
{
    if (colour == u"red")
        return tr("red");
    if (colour == u"orange")
        return tr("orange");
    if (colour == u"yellow")
        return tr("yellow");
    if (colour == u"green")
        return tr("green");
    return colour;
}

QString SituationReport::statusText(domain::DisasterStatus status)
{
    switch (status) {
    case domain::DisasterStatus::Active: return tr("active");
    case domain::DisasterStatus::Monitoring: return tr("monitoring");
    case domain::DisasterStatus::Resolved: return tr("resolved");
    }
    return {};
}

QString SituationReport::defaultFileName(const ReportContent &c)
{
    return QStringLiteral("situation-report-%1-%2.pdf")
        .arg(c.disaster.id, c.madeAt.toOffsetFromUtc(9 * 3600).toString(QStringLiteral("yyyyMMdd-HHmm")));
}

QString SituationReport::html(const ReportContent &c)
{
    const domain::Disaster &d = c.disaster;
    const QString name = d.title.isEmpty() ? client::AlarmWording::disasterTypeText(domain::toString(d.type)) : d.title;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Situation report: %1").arg(name)));
    QStringList facts{client::AlarmWording::disasterTypeText(domain::toString(d.type)), statusText(d.status), tr("severity %1 of 5").arg(d.severity)};
    if (c.impact && c.impact->hazardSeverity > 0)
        facts << tr("the hazard rates it %1").arg(c.impact->hazardSeverity);
    if (c.impact && c.impact->alert)
        facts << tr("GDACS alert %1").arg(colourText(domain::hazard::HazardSeverity::toString(*c.impact->alert)));
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(facts.join(QStringLiteral(" · "))));
    QStringList when{tr("Incident %1").arg(d.id), tr("started %1").arg(kst(d.startedAt))};
    if (d.acknowledgedAt)
        when << tr("acknowledged %1").arg(kst(*d.acknowledgedAt));
    h += QStringLiteral("<p>%1<br/>%2</p>")
             .arg(esc(when.join(QStringLiteral(" · "))),
                  esc(tr("Made %1 from this console's offline cache, last synced %2.").arg(kst(c.madeAt), kst(c.syncedAt))));
    if (!d.description.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(d.description));
    h += QStringLiteral("<p align=\"center\"><img src=\"map\" width=\"620\"/></p>");

    if (!c.impact) {
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("The server has not assessed this incident yet: no impact figures.")));
    } else {
        const IncidentImpact &i = *c.impact;
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Assessed %1.").arg(kst(i.computedAt))));
        h += heading(tr("Key figures"));
        int red = 0, orange = 0, yellow = 0;
        for (const auto &s : i.sites) {
            red += s.impact.probability > 0.0 && s.impact.priority == domain::hazard::InspectionPriority::Red;
            orange += s.impact.probability > 0.0 && s.impact.priority == domain::hazard::InspectionPriority::Orange;
            yellow += s.impact.probability > 0.0 && s.impact.priority == domain::hazard::InspectionPriority::Yellow;
        }
        h += table({tr("Figure"), tr("Value")},
                   {{tr("Unserved demand"), tr("%1 MW").arg(number(i.unservedMw, 1))},
                    {tr("Energy deficit over the expected outage"), tr("%1 MWh").arg(number(i.deficitMwh, 1))},
                    {tr("Trucks needed"), QString::number(i.trucksNeeded)},
                    {tr("Energy on the trucks to share"), tr("%1 MWh").arg(number(i.availableMwh, 2))},
                    {tr("Sites red / orange / yellow"), QStringLiteral("%1 / %2 / %3").arg(red).arg(orange).arg(yellow)}});

        h += heading(tr("Unserved demand by eup/myeon/dong"));
        QList<QStringList> regions;
        for (const auto &[region, mw] : i.unservedByRegion)
            regions << QStringList{esc(region), number(mw, 1)};
        h += regions.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None."))) : table({tr("Area"), tr("MW")}, regions);

        h += heading(tr("Sites at risk"));
        QList<QStringList> sites;
        int atRisk = 0;
        const QString unit = IncidentImpact::unitOf(i.model);
        for (const auto &s : i.sites) {
            if (s.impact.probability <= 0.0)
                continue;
            if (++atRisk > kMaxSites)
                continue;
            sites << QStringList{esc(s.name), esc(kindText(s.type)), QStringLiteral("%1 %2").arg(number(s.impact.intensity, 1), unit),
                                 QStringLiteral("%1 %").arg(number(100.0 * s.impact.probability, 0)),
                                 colourText(domain::hazard::FragilityCurve::toString(s.impact.priority))};
        }
        h += sites.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None."))) : table({tr("Site"), tr("Kind"), tr("Intensity"), tr("Damage probability"), tr("Inspection")}, sites);
        if (atRisk > kMaxSites)
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("… and %1 more.").arg(atRisk - kMaxSites)));

        h += heading(tr("Critical facilities that may lose power"));
        QList<QStringList> facilities;
        for (const auto &f : i.facilitiesWithoutPower)
            facilities << QStringList{esc(f.name), esc(kindText(f.kind)), QStringLiteral("%1 %").arg(number(100.0 * f.outage.lossProbability, 0)),
                                      number(f.outage.backupHours, 1), number(f.outage.outageHours, 1), number(f.outage.needMwh, 2)};
        h += facilities.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None.")))
                                  : table({tr("Facility"), tr("Kind"), tr("Loss probability"), tr("Backup h"), tr("Outage h"), tr("Need MWh")}, facilities);

        h += heading(tr("Priority supply"));
        QList<QStringList> supply;
        for (const auto &s : i.supply)
            supply << QStringList{esc(s.name), number(s.mwh, 2),
                                  s.rule == domain::dispatch::EnergyShare::Rule::LifeCritical ? tr("life-critical first") : tr("fair share (max-min)")};
        h += supply.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No energy to share.")))
                              : table({tr("Facility"), tr("MWh"), tr("Rule")}, supply);
    }

    h += heading(tr("Trucks assigned"));
    QList<QStringList> trucks;
    for (const auto &s : c.trucks)
        trucks << QStringList{esc(s.truckName.isEmpty() ? s.truckId : s.truckName), esc(s.task.siteName), kst(s.pairing.arrival),
                              number(s.task.energyKwh, 0)};
    h += trucks.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("The cached plan sends no truck to this incident.")))
                          : table({tr("Truck"), tr("To"), tr("Arrives"), tr("kWh")}, trucks);

    h += heading(tr("Alarm journal"));
    QList<QStringList> journal;
    for (const domain::alarm::Alarm &a : c.alarms) {
        const QString alarm = client::AlarmWording::sourceText(a.source) + QStringLiteral(": ")
                              + (a.subjectName.isEmpty() ? a.subjectId : a.subjectName);
        for (const auto &e : a.journal)
            journal << QStringList{kst(e.at), esc(alarm), esc(client::AlarmWording::eventText(e.event)), esc(e.by),
                                   esc(client::AlarmWording::noteText(e.note))};
    }
    std::stable_sort(journal.begin(), journal.end(), [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    h += journal.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("No alarms.")))
                           : table({tr("Time"), tr("Alarm"), tr("Step"), tr("By"), tr("Note")}, journal);
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(esc(tr("Impact by the server's IncidentImpact (docs/hazards.md): damage probabilities from published fragility "
                         "curves, facilities fed by their nearest substation (ASSUMED), demand and outage hours as stated there.")));
    return h + QStringLiteral("</body></html>");
}

domain::Status SituationReport::writePdf(const ReportContent &content, const QString &path, const QString &fontFamily)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::Error{path, tr("cannot write the report: %1").arg(file.errorString())};
    {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        pdf.setResolution(300);
        pdf.setTitle(tr("Situation report: %1").arg(content.disaster.title));
        pdf.setCreator(QStringLiteral("Energy Truck Console"));
        QTextDocument doc;
        // Latin text and figures in DejaVu Sans, Hangul in the CJK font: Qt's PDF writer maps the
        // CJK font's digits, shaped inside Latin words, to glyphs its ToUnicode table lacks, and a
        // reader of the PDF (pdftotext, a screen reader, search) would lose every figure.
        QFont font;
        font.setFamilies({QStringLiteral("DejaVu Sans"), fontFamily});
        font.setPointSizeF(8.5);
        // Nor ligatures: "offline" must read back as "offline", not "o\uFB04ine".
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h3 { font-size: 11pt; margin-top: 10px; } "
                                                "th { background-color: #e9ecef; text-align: left; } td, th { font-size: 8pt; }"));
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("map")), ReportMap::render(content, QSize(1600, 1100), fontFamily));
        doc.setHtml(html(content));
        doc.print(&pdf);
    }
    if (!file.commit())
        return domain::Error{path, tr("cannot write the report: %1").arg(file.errorString())};
    qCInfo(lcReport).noquote() << "situation report on" << content.disaster.id << "written to" << path;
    return domain::Ok{};
}

} // namespace et::report
