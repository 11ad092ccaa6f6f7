// SPDX-License-Identifier: MIT
#include "centerimport.h"

#include "client/store.h"
#include "domain/centers/centerimportrequest.h"
#include "domain/operatorcommand.h"
#include "modelslogging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>

namespace et::models {

using domain::centers::CenterImportReport;
using domain::centers::CenterImportRequest;
using domain::centers::CenterImportResult;

namespace {
// What a request body may hold on the server (ApiServer::kMaxBodyBytes), with room for framing.
constexpr qsizetype kMaxUploadBytes = 60 * 1024;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QString rowText(const CenterImportReport::Row &r)
{
    switch (r.outcome) {
    case CenterImportReport::Outcome::Imported: return CenterImport::tr("new center");
    case CenterImportReport::Outcome::Merged: return CenterImport::tr("merged: replaces the center with its name and address");
    case CenterImportReport::Outcome::Unchanged: return CenterImport::tr("merged: unchanged");
    case CenterImportReport::Outcome::Skipped: break;
    }
    switch (r.skipReason) {
    case CenterImportReport::SkipReason::OutsideJeju: return CenterImport::tr("skipped: outside Jeju");
    case CenterImportReport::SkipReason::Repeat: return CenterImport::tr("skipped: repeats an earlier row");
    case CenterImportReport::SkipReason::Invalid: return CenterImport::tr("skipped: %1").arg(r.detail);
    case CenterImportReport::SkipReason::NotSent:
    case CenterImportReport::SkipReason::None: break;
    }
    return CenterImport::tr("skipped");
}
} // namespace

/// What the worker hands back: the centers and their report, or why the file cannot be used.
struct CenterImport::Loaded
{
    QString problem;
    QList<domain::Center> centers;
    CenterImportReport report;
};

CenterImport::CenterImport(client::Store *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &client::Store::outboxChanged, this, &CenterImport::followUpload);
    connect(store, &client::Store::rejectionsChanged, this, &CenterImport::followUpload);
}

void CenterImport::setPermissionCheck(std::function<bool()> mayUpload)
{
    m_mayUpload = std::move(mayUpload);
    emit changed();
}

bool CenterImport::canUpload() const
{
    return m_mayUpload && m_mayUpload() && !m_busy && !m_centers.isEmpty() && m_uploadState.isEmpty();
}

void CenterImport::clear()
{
    ++m_generation;
    m_fileName.clear();
    m_busy = false;
    m_problem.clear();
    m_centers.clear();
    m_report = {};
    m_uploadKey.clear();
    m_uploadState.clear();
    emit changed();
}

void CenterImport::load(const QUrl &file)
{
    clear();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_fileName = QFileInfo(path).fileName();
    m_busy = true;
    emit changed();
    const quint64 generation = m_generation;
    // The cached centers are read here (tens of rows); the file and the work go to the pool.
    const QList<domain::Center> cached = m_store->centers();
    QPointer<CenterImport> self(this);
    QThreadPool::globalInstance()->start([self, generation, path, cached] {
        Loaded out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out.problem = tr("Cannot read %1: %2").arg(path, f.errorString());
        } else if (f.size() > kMaxFileBytes) {
            out.problem = tr("%1 is larger than %2 MB: not a centers file").arg(path).arg(kMaxFileBytes / (1024 * 1024));
        } else {
            auto parsed = domain::CenterCsvImporter::import(f.readAll(), domain::CenterCsvImporter::Region::JejuOnly);
            if (!parsed.ok()) {
                out.problem = tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), parsed.error().toString());
            } else {
                out.centers = parsed.value().centers;
                out.report = CenterImportReport::build(parsed.value(), CenterImportResult::merge(cached, out.centers, true));
                if (out.centers.isEmpty())
                    out.problem = tr("No center in Jeju in this file (%n rows read).", nullptr, parsed.value().rowsRead);
            }
        }
        QMetaObject::invokeMethod(
            self.data(), [self, generation, out] { if (self) self->finishLoad(generation, out); }, Qt::QueuedConnection);
    });
}

void CenterImport::finishLoad(quint64 generation, const Loaded &result)
{
    if (generation != m_generation)
        return; // a newer load or a clear() came meanwhile
    m_busy = false;
    m_problem = result.problem;
    m_centers = result.centers;
    m_report = result.report;
    qCInfo(lcModels).noquote() << "center import of" << m_fileName << ":" << m_centers.size() << "Jeju centers," << m_report.rows.size() << "rows"
                               << (m_problem.isEmpty() ? QString() : m_problem);
    emit changed();
    emit loaded();
}

bool CenterImport::upload()
{
    if (!(m_mayUpload && m_mayUpload())) {
        m_problem = tr("Only operators and administrators may import centers.");
    } else if (m_busy || m_centers.isEmpty()) {
        m_problem = tr("Load a file with centers in Jeju first.");
    } else if (!m_uploadState.isEmpty()) {
        m_problem = tr("This file was uploaded already.");
    } else {
        const QJsonObject body = CenterImportRequest{m_centers, false}.toJson();
        if (QJsonDocument(body).toJson(QJsonDocument::Compact).size() > kMaxUploadBytes || m_centers.size() > CenterImportRequest::kMaxCenters) {
            m_problem = tr("Too many centers for one upload (%1): split the file.").arg(m_centers.size());
        } else {
            const auto command = domain::OperatorCommand::importCenters(body, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc());
            if (auto stored = m_store->enqueue(command); !stored.ok()) {
                m_problem = tr("The import could not be saved: %1").arg(stored.error().toString());
            } else {
                m_problem.clear();
                m_uploadKey = command.key;
                m_uploadState = QStringLiteral("queued");
            }
        }
    }
    emit changed();
    return m_uploadState == u"queued";
}

void CenterImport::followUpload()
{
    if (m_uploadState != u"queued")
        return;
    const auto queued = m_store->outbox();
    if (std::any_of(queued.cbegin(), queued.cend(), [this](const client::QueuedCommand &c) { return c.command.key == m_uploadKey; }))
        return;
    m_uploadState = QStringLiteral("uploaded");
    for (const client::RejectedCommand &r : m_store->rejections()) {
        if (r.command.key == m_uploadKey) {
            m_uploadState = QStringLiteral("refused");
            m_problem = tr("The server refused the import: %1").arg(r.reason);
        }
    }
    emit changed();
}

QVariantList CenterImport::rows() const
{
    // What the import does first: the skipped rows of a national file are many.
    QList<CenterImportReport::Row> ordered = m_report.rows;
    std::stable_partition(ordered.begin(), ordered.end(), [](const auto &r) { return r.outcome != CenterImportReport::Outcome::Skipped; });
    QVariantList out;
    for (const CenterImportReport::Row &r : std::as_const(ordered)) {
        out << QVariantMap{{QStringLiteral("row"), r.row},
                           {QStringLiteral("name"), r.name},
                           {QStringLiteral("outcome"), domain::centers::toString(r.outcome)},
                           {QStringLiteral("text"), rowText(r)}};
    }
    return out;
}

QString CenterImport::summary() const
{
    if (m_report.rows.isEmpty())
        return {};
    return tr("%1 rows: %2 new, %3 merged, %4 unchanged, %5 skipped (%6 outside Jeju)")
        .arg(m_report.rowsRead)
        .arg(m_report.count(CenterImportReport::Outcome::Imported))
        .arg(m_report.count(CenterImportReport::Outcome::Merged))
        .arg(m_report.count(CenterImportReport::Outcome::Unchanged))
        .arg(m_report.count(CenterImportReport::Outcome::Skipped))
        .arg(m_report.count(CenterImportReport::SkipReason::OutsideJeju));
}

QVariantMap CenterImport::counts() const
{
    return {{QStringLiteral("imported"), m_report.count(CenterImportReport::Outcome::Imported)},
            {QStringLiteral("merged"), m_report.count(CenterImportReport::Outcome::Merged)},
            {QStringLiteral("unchanged"), m_report.count(CenterImportReport::Outcome::Unchanged)},
            {QStringLiteral("skipped"), m_report.count(CenterImportReport::Outcome::Skipped)},
            {QStringLiteral("outsideJeju"), m_report.count(CenterImportReport::SkipReason::OutsideJeju)},
            {QStringLiteral("rows"), m_report.rowsRead}};
}

} // namespace et::models
