// SPDX-License-Identifier: MIT
#include "reportcommand.h"

#include "client/store.h"

#ifdef ET_CLI_REPORT
#include "situationreport.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace et::cli {

bool ReportCommand::available()
{
#ifdef ET_CLI_REPORT
    return true;
#else
    return false;
#endif
}

int ReportCommand::write(const client::Store &store, const QString &disasterId, const QString &path, QTextStream &out, QTextStream &err)
{
#ifdef ET_CLI_REPORT
    const auto content = report::ReportContent::fromCache(store, disasterId, QDateTime::currentDateTimeUtc());
    if (!content.ok()) {
        err << QCoreApplication::translate("et::cli::ReportCommand", "no report: %1").arg(content.error().toString()) << '\n';
        return 1;
    }
    if (const auto written = report::SituationReport::writePdf(content.value(), path); !written.ok()) {
        err << written.error().toString() << '\n';
        return 1;
    }
    out << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << '\n';
    return 0;
#else
    Q_UNUSED(store)
    Q_UNUSED(disasterId)
    Q_UNUSED(path)
    Q_UNUSED(out)
    err << QCoreApplication::translate("et::cli::ReportCommand", "this build has no PDF writer (built with ET_BUILD_GUI=OFF)") << '\n';
    return 1;
#endif
}

} // namespace et::cli
