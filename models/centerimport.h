// SPDX-License-Identifier: MIT
#pragma once

#include "domain/centers/centerimportreport.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

#include <functional>

namespace et::client {
class Store;
}

namespace et::models {

/// An operator's import of the centers standard data (CSV, CP949 or UTF-8) from the console:
/// load() reads and checks the file and works out its per-row report against the cached centers
/// on a worker thread (a national file is thousands of rows; the GUI thread never waits on it),
/// then upload() queues the Jeju centers through the outbox like every operator command — so it
/// also waits offline and is sent once; the server merges them by their stable key and every
/// console gets them through the normal sync. `rows` are [{row, name, outcome ("imported",
/// "merged", "unchanged", "skipped"), text}], the rows that change something first, and `counts`
/// {imported, merged, unchanged, skipped, outsideJeju, rows}; `problem` says why a file could not be used or an upload not queued.
class CenterImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY changed)
    /// The counts in words ("291 rows: 0 new, 1 merged, 9 unchanged, 281 skipped (281 outside Jeju)"); "" before a report.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(bool canUpload READ canUpload NOTIFY changed)
    /// "" (nothing sent), "queued", "uploaded" or "refused" (the reason in `problem`).
    Q_PROPERTY(QString uploadState READ uploadState NOTIFY changed)
public:
    explicit CenterImport(client::Store *store, QObject *parent = nullptr);

    /// Reads `file` (a local file URL or path) and builds its report; `busy` meanwhile.
    Q_INVOKABLE void load(const QUrl &file);
    /// Queues the loaded file's Jeju centers; false (and `problem`) when it cannot.
    Q_INVOKABLE bool upload();
    Q_INVOKABLE void clear();

    /// Who may upload (ConsoleController: ManageCenters); none: nobody.
    void setPermissionCheck(std::function<bool()> mayUpload);
    /// The report as the domain has it (tests, the CLI's wording is its own).
    const domain::centers::CenterImportReport &report() const { return m_report; }

    QString fileName() const { return m_fileName; }
    bool busy() const { return m_busy; }
    QString problem() const { return m_problem; }
    QVariantList rows() const;
    QVariantMap counts() const;
    QString summary() const;
    bool canUpload() const;
    QString uploadState() const { return m_uploadState; }

signals:
    void changed();
    /// A load finished (with a report or a problem).
    void loaded();

private:
    struct Loaded;
    void finishLoad(quint64 generation, const Loaded &result);
    void followUpload();

    client::Store *m_store;
    std::function<bool()> m_mayUpload;
    quint64 m_generation = 0;
    QString m_fileName;
    bool m_busy = false;
    QString m_problem;
    QList<domain::Center> m_centers; ///< the file's Jeju centers, as upload() sends them
    domain::centers::CenterImportReport m_report;
    QString m_uploadKey;
    QString m_uploadState;
};

} // namespace et::models
