// SPDX-License-Identifier: MIT
#pragma once

#include "consolecontroller.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <QtQml/qqmlregistration.h>

namespace et::app {

/// The Disasters view's "Situation report (PDF)" action: reads the incident from the console's
/// offline cache (report/ReportContent) and writes report/SituationReport's PDF — in the
/// console's language — to `folder` (the user's Documents folder unless set) on a worker thread,
/// so the window never waits for the PDF writer. `lastPath` is the file made; openLast() hands it
/// to the desktop's PDF viewer.
class SituationReportExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(et::models::ConsoleController *console MEMBER m_console NOTIFY changed)
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString lastPath READ lastPath NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
public:
    explicit SituationReportExport(QObject *parent = nullptr);
    ~SituationReportExport() override;

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    bool busy() const { return m_busy; }
    QString lastPath() const { return m_lastPath; }
    QString problem() const { return m_problem; }

    Q_INVOKABLE void exportReport(const QString &disasterId);
    Q_INVOKABLE void openLast() const;

signals:
    void changed();
    /// The PDF is written (`path`), or it failed (`path` empty, `problem` says why).
    void finished(const QString &path);

private:
    void done(const QString &path, const QString &problem);

    models::ConsoleController *m_console = nullptr;
    QString m_folder;
    bool m_busy = false;
    QString m_lastPath;
    QString m_problem;
    QThreadPool m_pool; ///< one writer; waited for on destruction
};

} // namespace et::app
