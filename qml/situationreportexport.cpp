// SPDX-License-Identifier: MIT
#include "situationreportexport.h"

#include "consolecontroller.h"
#include "consoleqmllogging.h"
#include "situationreport.h"

#include <QDesktopServices>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace et::app {

SituationReportExport::SituationReportExport(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    m_pool.setMaxThreadCount(1);
}

SituationReportExport::~SituationReportExport()
{
    m_pool.waitForDone();
}

void SituationReportExport::setFolder(const QString &folder)
{
    if (m_folder == folder)
        return;
    m_folder = folder;
    emit changed();
}

void SituationReportExport::exportReport(const QString &disasterId)
{
    if (m_busy || !m_console || !m_console->store())
        return;
    // One read of the cache here (a few small SQLite reads); the layout and the PDF on the worker.
    auto content = report::ReportContent::fromCache(*m_console->store(), disasterId, QDateTime::currentDateTimeUtc());
    if (!content.ok()) {
        done({}, content.error().toString());
        return;
    }
    if (!QDir().mkpath(m_folder)) {
        done({}, tr("cannot create the folder %1").arg(m_folder));
        return;
    }
    const QString path = QDir(m_folder).filePath(report::SituationReport::defaultFileName(content.value()));
    m_busy = true;
    m_problem.clear();
    emit changed();
    m_pool.start([this, c = content.value(), path] {
        const auto written = report::SituationReport::writePdf(c, path);
        const QString problem = written.ok() ? QString() : written.error().toString();
        QMetaObject::invokeMethod(this, [this, path, problem] { done(problem.isEmpty() ? path : QString(), problem); }, Qt::QueuedConnection);
    });
}

void SituationReportExport::done(const QString &path, const QString &problem)
{
    m_busy = false;
    m_problem = problem;
    if (!path.isEmpty())
        m_lastPath = path;
    else
        qCWarning(lcConsoleQml).noquote() << "no situation report:" << problem;
    emit changed();
    emit finished(path);
}

void SituationReportExport::openLast() const
{
    if (!m_lastPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastPath));
}

} // namespace et::app
