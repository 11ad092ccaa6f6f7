// SPDX-License-Identifier: MIT
// `energytruck-cli centers import` (class CliRunner, see clirunner.h): the file is read and
// checked here, its Jeju centers go to the server, which merges them (or, --dry-run, only says
// what it would do), and the per-row report is printed from the file's rows and the server's answer.
#include "clirunner.h"

#include "centerimporttext.h"
#include "client/restclient.h"
#include "domain/centercsvimporter.h"
#include "domain/centers/centerimportreport.h"
#include "domain/centers/centerimportrequest.h"
#include "domain/operatorcommand.h"

#include <QFile>

namespace et::cli {

using domain::centers::CenterImportReport;
using domain::centers::CenterImportRequest;
using domain::centers::CenterImportResult;

void CliRunner::centersImport()
{
    QFile file(m_command.subjectId);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(m_command.subjectId, file.errorString()) << '\n';
        finish(1);
        return;
    }
    auto parsed = domain::CenterCsvImporter::import(file.readAll(), domain::CenterCsvImporter::Region::JejuOnly);
    if (!parsed.ok()) {
        m_err << tr("%1 cannot be imported: %2").arg(m_command.subjectId, parsed.error().toString()) << '\n';
        finish(1);
        return;
    }
    const domain::CenterImport import = parsed.value();
    if (import.centers.isEmpty()) {
        CenterImportText::print(CenterImportReport::build(import, CenterImportResult{m_command.dryRun, {}}), m_command.json, m_out);
        m_err << tr("%1 holds no center in Jeju: nothing to import").arg(m_command.subjectId) << '\n';
        finish(1);
        return;
    }
    const QJsonObject body = CenterImportRequest{import.centers, m_command.dryRun}.toJson();
    withLogin([this, import, body](client::RestClient *rest) {
        if (!rest) {
            finish(1);
            return;
        }
        const auto command = domain::OperatorCommand::importCenters(body, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc());
        rest->sendCommand(command, this, [this, import](domain::Result<client::RestResponse> answer) {
            if (!answer.ok()) {
                m_err << tr("the server did not import the centers: %1").arg(answer.error().toString()) << '\n';
                finish(1);
                return;
            }
            auto result = CenterImportResult::fromJson(answer.value().body);
            if (!result.ok()) {
                m_err << tr("the server's answer is not an import result: %1").arg(result.error().toString()) << '\n';
                finish(1);
                return;
            }
            CenterImportText::print(CenterImportReport::build(import, result.value()), m_command.json, m_out);
            finish(0);
        });
    });
}

} // namespace et::cli
