// SPDX-License-Identifier: MIT
// The incident and alarm commands of energytruck-cli (class CliRunner, see clirunner.h): disaster
// acknowledge, create, update and resolve, alarm ack and shelve — each checked against the cache,
// then queued through the outbox like an order.
#include "clirunner.h"

#include "client/store.h"
#include "domain/disasterupdate.h"
#include "domain/operatorcommand.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace et::cli {

bool CliRunner::knowsDisaster(client::Store *store)
{
    const QList<domain::Disaster> disasters = store->disasters();
    if (std::any_of(disasters.cbegin(), disasters.cend(), [this](const auto &d) { return d.id == m_command.subjectId; }))
        return true;
    m_err << tr("no disaster \"%1\" in the cache; check the id with: list disasters").arg(m_command.subjectId) << '\n';
    return false;
}

void CliRunner::disasterAcknowledge()
{
    client::Store *store = openForWriting();
    if (!store || !knowsDisaster(store)) {
        finish(1);
        return;
    }
    submit(store,
           domain::OperatorCommand::acknowledgeDisaster(m_command.subjectId, domain::OperatorCommand::newKey(),
                                                        QDateTime::currentDateTimeUtc()),
           tr("acknowledgement of %1").arg(m_command.subjectId));
}

std::optional<QJsonObject> CliRunner::readBodyFile()
{
    QFile file(m_command.bodyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("cannot read %1: %2").arg(m_command.bodyFile, file.errorString()) << '\n';
        return std::nullopt;
    }
    auto body = domain::parseJsonObject(file.readAll());
    if (!body.ok()) {
        m_err << tr("%1 is not a JSON object: %2").arg(m_command.bodyFile, body.error().toString()) << '\n';
        return std::nullopt;
    }
    return body.value();
}

void CliRunner::disasterCreate()
{
    const auto body = readBodyFile();
    if (!body) {
        finish(1);
        return;
    }
    // Checked here as the server will check it: a typo is reported now, not after a sync.
    auto parsed = domain::Disaster::fromRegistrationJson(*body);
    if (!parsed.ok()) {
        m_err << tr("%1 is not a disaster: %2").arg(m_command.bodyFile, parsed.error().toString()) << '\n';
        finish(1);
        return;
    }
    domain::Disaster d = parsed.value();
    if (d.id.isEmpty())
        d.id = QStringLiteral("dis-") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    const auto command = domain::OperatorCommand::createDisaster(d, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc());
    if (m_command.json) {
        // stdout is the id and key alone, for scripts; what becomes of the command goes to stderr.
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("key"), command.key}}).toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << d.id << '\n';
    }
    submit(store, command, tr("disaster %1 (%2)").arg(d.id, domain::toString(d.type)));
}

void CliRunner::disasterUpdate()
{
    const auto changes = readBodyFile();
    client::Store *store = changes ? openForWriting() : nullptr;
    if (!store || !knowsDisaster(store)) {
        finish(1);
        return;
    }
    const QList<domain::Disaster> disasters = store->disasters();
    const auto current = std::find_if(disasters.cbegin(), disasters.cend(), [this](const auto &d) { return d.id == m_command.subjectId; });
    if (auto updated = domain::DisasterUpdate::apply(*current, *changes); !updated.ok()) {
        m_err << tr("%1 is not a valid change: %2").arg(m_command.bodyFile, updated.error().toString()) << '\n';
        finish(1);
        return;
    }
    submit(store,
           domain::OperatorCommand::updateDisaster(m_command.subjectId, *changes, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()),
           tr("update of %1").arg(m_command.subjectId));
}

void CliRunner::alarmCommand()
{
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    const QList<domain::alarm::Alarm> alarms = store->alarms();
    if (std::none_of(alarms.cbegin(), alarms.cend(), [this](const auto &a) { return a.id == m_command.subjectId; })) {
        m_err << tr("no alarm \"%1\" in the cache; check the id with: alarms").arg(m_command.subjectId) << '\n';
        finish(1);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_command.command == CommandLine::Command::AlarmAck)
        submit(store, domain::OperatorCommand::acknowledgeAlarm(m_command.subjectId, domain::OperatorCommand::newKey(), now),
               tr("acknowledgement of %1").arg(m_command.subjectId));
    else
        submit(store,
               domain::OperatorCommand::shelveAlarm(m_command.subjectId, m_command.shelveMinutes, m_command.shelveReason,
                                                    domain::OperatorCommand::newKey(), now),
               tr("shelf of %1 for %2 min").arg(m_command.subjectId).arg(m_command.shelveMinutes));
}

void CliRunner::disasterResolve()
{
    client::Store *store = openForWriting();
    if (!store || !knowsDisaster(store)) {
        finish(1);
        return;
    }
    submit(store, domain::OperatorCommand::resolveDisaster(m_command.subjectId, domain::OperatorCommand::newKey(), QDateTime::currentDateTimeUtc()),
           tr("resolution of %1").arg(m_command.subjectId));
}

} // namespace et::cli
