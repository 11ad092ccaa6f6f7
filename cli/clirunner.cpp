// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "entitytables.h"

#include "client/catchup.h"
#include "client/dataage.h"
#include "client/restclient.h"
#include "client/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace et::cli {

CliRunner::CliRunner(CommandLine command, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_command(std::move(command)), m_out(out), m_err(err)
{
}

QString CliRunner::cacheFileName(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
}

void CliRunner::run(std::function<void(int)> done)
{
    m_done = std::move(done);
    switch (m_command.command) {
    case CommandLine::Command::Sync:
        sync();
        return;
    case CommandLine::Command::List:
        list();
        return;
    case CommandLine::Command::Status:
        status();
        return;
    case CommandLine::Command::Help:
        m_out << CommandLine::usage();
        finish(0);
        return;
    case CommandLine::Command::Version:
        m_out << "energytruck-cli 0.1.0\n";
        finish(0);
        return;
    }
}

void CliRunner::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(exitCode);
}

QString CliRunner::summary(const client::Store &store) const
{
    return tr("%1 assets, %2 trucks, %3 disasters, %4 centers")
        .arg(store.assets().size())
        .arg(store.trucks().size())
        .arg(store.disasters().size())
        .arg(store.centers().size());
}

void CliRunner::sync()
{
    if (!QDir().mkpath(m_command.dataDir)) {
        m_err << tr("sync failed: cannot create the data folder %1").arg(m_command.dataDir) << '\n';
        finish(1);
        return;
    }
    auto *store = new client::Store(this);
    const auto opened = store->open(cacheFileName(m_command.dataDir));
    if (!opened.ok()) {
        m_err << tr("sync failed: %1").arg(opened.error().toString()) << '\n';
        finish(1);
        return;
    }
    auto *rest = new client::RestClient(nullptr, this);
    rest->setBaseUrl(m_command.serverUrl);
    auto *catchUp = new client::CatchUp(rest, store, this);
    catchUp->start([this, store, catchUp](domain::Status status) {
        if (!status.ok()) {
            m_err << tr("sync failed: server %1 unreachable or refused: %2")
                         .arg(m_command.serverUrl.toDisplayString(), status.error().toString())
                  << '\n';
            finish(1);
            return;
        }
        m_out << tr("synced %1 changes from %2; cursor %3; cache holds %4")
                     .arg(catchUp->appliedChanges())
                     .arg(m_command.serverUrl.toDisplayString())
                     .arg(store->cursor())
                     .arg(summary(*store))
              << '\n';
        finish(0);
    });
}

bool CliRunner::openExisting(client::Store &store, bool &noData)
{
    noData = false;
    const QString file = cacheFileName(m_command.dataDir);
    // Reading must not create a cache: a missing file simply means nothing was synced yet.
    if (!QFileInfo::exists(file)) {
        noData = true;
        return false;
    }
    const auto opened = store.open(file);
    if (!opened.ok()) {
        m_err << tr("cannot read the cache: %1").arg(opened.error().toString()) << '\n';
        return false;
    }
    noData = store.cursor() == 0;
    return !noData;
}

void CliRunner::list()
{
    client::Store store;
    bool noData = false;
    if (!openExisting(store, noData)) {
        if (!noData) {
            finish(1);
            return;
        }
        // "Nothing yet" is a normal answer (exit 0); --json still gets valid JSON on stdout.
        const QString message = tr("no data yet in %1 — run: energytruck-cli --server URL --data-dir %1 sync")
                                    .arg(m_command.dataDir);
        if (m_command.json) {
            m_out << "[]\n";
            m_err << message << '\n';
        } else {
            m_out << message << '\n';
        }
        finish(0);
        return;
    }
    if (m_command.json) {
        m_out << QJsonDocument(EntityTables::json(m_command.listKind, store)).toJson(QJsonDocument::Indented);
        finish(0);
        return;
    }
    const TextTable table = EntityTables::table(m_command.listKind, store);
    m_out << table.render();
    m_out << tr("%1 %2 — %3 (from the local cache)")
                 .arg(table.rowCount())
                 .arg(m_command.listKind, client::DataAge::describe(store.lastSyncedAt()))
          << '\n';
    finish(0);
}

void CliRunner::status()
{
    client::Store store;
    bool noData = false;
    const bool haveCache = openExisting(store, noData);
    if (!haveCache && !noData) {
        finish(1);
        return;
    }
    m_out << tr("data dir:   %1").arg(QDir::toNativeSeparators(m_command.dataDir)) << '\n';
    if (haveCache) {
        m_out << tr("cache:      cursor %1; %2").arg(store.cursor()).arg(summary(store)) << '\n';
        m_out << tr("data:       %1").arg(client::DataAge::describe(store.lastSyncedAt())) << '\n';
    } else {
        m_out << tr("cache:      empty") << '\n';
        m_out << tr("data:       %1").arg(client::DataAge::describe(QDateTime())) << '\n';
    }
    if (m_command.serverUrl.isEmpty()) {
        m_out << tr("connection: offline (no server configured)") << '\n';
        finish(0);
        return;
    }
    auto *rest = new client::RestClient(nullptr, this);
    rest->setBaseUrl(m_command.serverUrl);
    // A status check should answer quickly even when the network is black-holed.
    rest->setTimeout(std::chrono::seconds(3));
    rest->fetchHealth(this, [this](domain::Result<client::HealthInfo> health) {
        if (health.ok())
            m_out << tr("connection: online (%1, server %2, cursor %3)")
                         .arg(m_command.serverUrl.toDisplayString(), health.value().version)
                         .arg(health.value().cursor)
                  << '\n';
        else
            m_out << tr("connection: unreachable: %1").arg(health.error().toString()) << '\n';
        finish(0);
    });
}

} // namespace et::cli
