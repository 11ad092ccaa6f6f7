// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "alarmreport.h"
#include "cliaccount.h"
#include "clihistory.h"
#include "entitytables.h"
#include "forecastreport.h"
#include "incidentreport.h"
#include "reportcommand.h"

#include "client/catchup.h"
#include "client/dataage.h"
#include "client/restclient.h"
#include "client/store.h"
#include "client/storerecovery.h"
#include "outboxflush.h"
#include "dispatchreport.h"
#include "routereport.h"
#include "trackimportreport.h"
#include "sunreport.h"

#include "domain/errorcode.h"
#include "domain/operatorcommand.h"
#include "et/version.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace et::cli {

CliRunner::CliRunner(CommandLine command, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_command(std::move(command)), m_out(out), m_err(err),
      m_account(new CliAccount(m_command, this))
{
}

void CliRunner::withLogin(std::function<void(client::RestClient *)> next)
{
    m_account->connect([this, next = std::move(next)](const domain::Status &status) {
        if (const QString notice = m_account->keychainNotice(); !notice.isEmpty())
            m_err << notice << '\n';
        if (!status.ok() && status.error().code != domain::errorcode::unreachable) {
            if (status.error().code == domain::errorcode::noSavedLogin)
                m_err << tr("%1 on this machine; sign in: energytruck-cli --server URL --data-dir %2 login --user %3 --password-stdin")
                             .arg(status.error().message, m_command.dataDir, m_account->email())
                      << '\n';
            else
                m_err << tr("sign-in failed: %1").arg(status.error().toString()) << '\n';
            next(nullptr);
            return;
        }
        next(m_account->rest().value());
    });
}

void CliRunner::login()
{
    m_account->login([this](const domain::Status &status) {
        if (const QString notice = m_account->keychainNotice(); !notice.isEmpty())
            m_err << notice << '\n';
        if (!status.ok()) {
            m_err << tr("sign-in failed: %1").arg(status.error().toString()) << '\n';
            finish(1);
            return;
        }
        m_out << tr("signed in to %1 as %2").arg(m_command.serverUrl.toDisplayString(), m_account->email()) << '\n';
        finish(0);
    });
}

void CliRunner::logout()
{
    m_account->logout([this](const domain::Status &status) {
        if (!status.ok()) {
            m_err << tr("sign-out failed: %1").arg(status.error().toString()) << '\n';
            finish(1);
            return;
        }
        m_out << tr("signed out %1; the saved login is wiped").arg(m_account->email()) << '\n';
        finish(0);
    });
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
    case CommandLine::Command::Outbox:
        outbox();
        return;
    case CommandLine::Command::OrderCreate:
        orderCreate();
        return;
    case CommandLine::Command::OrderCancel:
        orderCancel();
        return;
    case CommandLine::Command::DisasterAcknowledge:
        disasterAcknowledge();
        return;
    case CommandLine::Command::DisasterCreate:
        disasterCreate();
        return;
    case CommandLine::Command::DisasterUpdate:
        disasterUpdate();
        return;
    case CommandLine::Command::DisasterResolve:
        disasterResolve();
        return;
    case CommandLine::Command::Alarms:
        showAfterCatchUp(tr("alarms"), [this](client::Store *store) {
            const auto balance = store->balance();
            const QDateTime now = balance ? balance->timestamp : QDateTime::currentDateTimeUtc();
            return AlarmReport::print(store->alarms(), now, m_command.json, m_out);
        });
        return;
    case CommandLine::Command::AlarmAck:
    case CommandLine::Command::AlarmShelve:
        alarmCommand();
        return;
    case CommandLine::Command::CentersImport:
        centersImport();
        return;
    case CommandLine::Command::Report:
        showAfterCatchUp(tr("incident"), [this](client::Store *store) {
            return ReportCommand::write(*store, m_command.subjectId, m_command.reportOut, m_out, m_err);
        });
        return;
    case CommandLine::Command::DisasterImpact:
        showAfterCatchUp(tr("disaster"), [this](client::Store *store) {
            return IncidentReport::print(store->disasters(), m_command.subjectId, m_command.json, m_out, m_err);
        });
        return;
    case CommandLine::Command::History:
        history();
        return;
    case CommandLine::Command::Forecast:
        forecast();
        return;
    case CommandLine::Command::DispatchSuggest:
        dispatchSuggest();
        return;
    case CommandLine::Command::DispatchAccept:
        dispatchAccept();
        return;
    case CommandLine::Command::Login:
        login();
        return;
    case CommandLine::Command::Logout:
        logout();
        return;
    case CommandLine::Command::Sun:
        finish(SunReport::print(m_command.sun, m_command.json, m_out, m_err));
        return;
    case CommandLine::Command::Route:
        finish(RouteReport::print(m_command.route, m_command.json, m_out, m_err));
        return;
    case CommandLine::Command::DisasterImportTrack:
        finish(TrackImportReport::print(m_command.subjectId, m_command.json, m_out, m_err));
        return;
    case CommandLine::Command::Help:
        m_out << CommandLine::usage();
        finish(0);
        return;
    case CommandLine::Command::Version:
        m_out << "energytruck-cli " ET_VERSION "\n";
        finish(0);
        return;
    }
}

void CliRunner::finish(int exitCode)
{
    m_out.flush();
    m_err.flush();
    // A token renewed during the command is on its way to the keychain: it must land first.
    m_account->settle([this, exitCode] {
        if (auto done = std::exchange(m_done, nullptr))
            done(exitCode);
    });
}

QString CliRunner::summary(const client::Store &store) const
{
    return tr("%1 assets, %2 trucks, %3 disasters, %4 centers")
        .arg(store.assets().size())
        .arg(store.trucks().size())
        .arg(store.disasters().size())
        .arg(store.centers().size());
}

client::Store *CliRunner::openForWriting()
{
    const auto cache = m_account->cachePath();
    if (!cache.ok()) {
        m_err << cache.error().toString() << '\n';
        return nullptr;
    }
    // The user's own folder (accounts/u-…) inside the data folder: SQLite makes no folders.
    const QString folder = QFileInfo(cache.value()).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_err << tr("cannot create the data folder %1").arg(QDir::toNativeSeparators(folder)) << '\n';
        return nullptr;
    }
    auto *store = new client::Store(this);
    const auto opened = client::StoreRecovery::open(*store, cache.value());
    if (!opened.ok()) {
        m_err << tr("cannot open the cache: %1").arg(opened.error().toString()) << '\n';
        return nullptr;
    }
    if (opened.value().happened())
        m_err << opened.value().message() << '\n';
    return store;
}

void CliRunner::sync()
{
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    withLogin([this, store](client::RestClient *rest) {
        if (!rest) {
            finish(1);
            return;
        }
        pull(store, rest);
    });
}

void CliRunner::history()
{
    auto *store = new client::Store(this);
    bool noData = false;
    if (!openExisting(*store, noData) && !noData) {
        finish(1);
        return;
    }
    auto *history = new CliHistory(m_command, m_out, m_err, this);
    client::Store *cached = store->isOpen() ? store : nullptr;
    if (m_command.serverUrl.isEmpty()) {
        history->show(nullptr, cached, [this](int code) { finish(code); });
        return;
    }
    // Not signed in (or no keychain): the cache still answers, and withLogin said why.
    withLogin([this, history, cached](client::RestClient *rest) { history->show(rest, cached, [this](int code) { finish(code); }); });
}

void CliRunner::forecast()
{
    showAfterCatchUp(tr("forecast"), [this](client::Store *store) { return ForecastReport::print(store->forecast(), m_command.json, m_out, m_err); });
}

void CliRunner::dispatchSuggest()
{
    showAfterCatchUp(tr("dispatch plan"), [this](client::Store *store) {
        return DispatchReport::print(store->dispatchPlan(), store->trucks(), m_command.json, m_out, m_err);
    });
}

void CliRunner::showAfterCatchUp(const QString &what, std::function<int(client::Store *)> print)
{
    // With a server, catch up first (the forecast and the dispatch plan are entities like the
    // balance); without one, or when it cannot be reached, the cached one answers and says how old.
    const auto show = [this, print](client::Store *store) { finish(print(store)); };
    if (m_command.serverUrl.isEmpty()) {
        auto *store = new client::Store(this);
        bool noData = false;
        if (!openExisting(*store, noData)) {
            if (noData)
                m_err << tr("no %1: the cache is empty; run sync with --server first").arg(what) << '\n';
            finish(1);
            return;
        }
        show(store);
        return;
    }
    client::Store *store = openForWriting();
    if (!store) {
        finish(1);
        return;
    }
    withLogin([this, store, show, what](client::RestClient *rest) {
        if (!rest) {
            show(store);
            return;
        }
        auto *catchUp = new client::CatchUp(rest, store, this);
        catchUp->start([this, store, show, what](domain::Status status) {
            if (!status.ok())
                m_err << tr("server unreachable (%1); showing the cached %2").arg(status.error().toString(), what) << '\n';
            show(store);
        });
    });
}

void CliRunner::pull(client::Store *store, client::RestClient *rest)
{
    // Commands first: what the operator decided offline reaches the server before we look at
    // the news, so the changes fetched next already include their effects.
    auto *flush = new OutboxFlush(store, rest, this);
    flush->run([this, store, rest](const OutboxFlush::Outcome &sent) {
        if (!sent.accepted.isEmpty() || !sent.refused.isEmpty() || sent.remaining > 0)
            m_out << tr("sent %1 queued commands; %2 refused; %3 still queued").arg(sent.accepted.size()).arg(sent.refused.size()).arg(sent.remaining)
                  << '\n';
        for (auto it = sent.refused.cbegin(); it != sent.refused.cend(); ++it)
            m_err << tr("refused %1: %2").arg(it.key(), it.value()) << '\n';
        auto *catchUp = new client::CatchUp(rest, store, this);
        catchUp->start([this, store, rest, catchUp](domain::Status status) {
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
            // Then the energy history's last seven days, as the console keeps them.
            auto *history = new CliHistory(m_command, m_out, m_err, this);
            history->fill(rest, store, [this](int code) { finish(code); });
        });
    });
}

void CliRunner::submit(client::Store *store, const domain::OperatorCommand &command, const QString &what)
{
    if (auto queued = store->enqueue(command); !queued.ok()) {
        m_err << tr("could not queue the command: %1").arg(queued.error().toString()) << '\n';
        finish(1);
        return;
    }
    // With --json stdout carries the command's JSON alone; the story goes to stderr.
    QTextStream &story = m_command.json ? m_err : m_out;
    story << tr("%1 queued with idempotency key %2").arg(what, command.key) << '\n';
    // Out at once: the key is the one thing a script needs if this run dies before the answer.
    m_out.flush();
    if (m_command.serverUrl.isEmpty()) {
        (m_command.json ? m_err : m_out) << tr("not sent: no --server; it goes out with the next sync") << '\n';
        finish(0);
        return;
    }
    withLogin([this, store, key = command.key](client::RestClient *rest) {
        if (!rest) {
            (m_command.json ? m_err : m_out) << tr("not sent: not signed in; it stays queued and goes out with the next sync") << '\n';
            finish(0);
            return;
        }
        send(store, rest, key);
    });
}

void CliRunner::send(client::Store *store, client::RestClient *rest, const QString &key)
{
    rest->setTimeout(std::chrono::seconds(10));
    auto *flush = new OutboxFlush(store, rest, this);
    flush->run([this, key](const OutboxFlush::Outcome &sent) {
        if (sent.accepted.contains(key)) {
            (m_command.json ? m_err : m_out) << tr("sent: the server accepted it") << '\n';
            finish(0);
        } else if (sent.refused.contains(key)) {
            m_err << tr("refused by the server: %1").arg(sent.refused.value(key)) << '\n';
            finish(1);
        } else {
            // Down or busy: the command waits in the outbox, which is what "queued" promises.
            (m_command.json ? m_err : m_out) << tr("not sent yet (%1); it stays queued and goes out with the next sync").arg(sent.stalledBecause) << '\n';
            finish(0);
        }
    });
}

void CliRunner::outbox()
{
    client::Store store;
    bool noData = false;
    if (!openExisting(store, noData) && !noData) {
        finish(1);
        return;
    }
    const QList<client::QueuedCommand> queued = store.isOpen() ? store.outbox() : QList<client::QueuedCommand>();
    if (m_command.json) {
        QJsonArray items;
        for (const auto &q : queued) {
            QJsonObject o = q.command.toJson();
            o.insert(QStringLiteral("attempts"), q.attempts);
            o.insert(QStringLiteral("last_error"), q.lastError.isEmpty() ? QJsonValue() : QJsonValue(q.lastError));
            items.append(o);
        }
        m_out << QJsonDocument(items).toJson(QJsonDocument::Indented);
        finish(0);
        return;
    }
    m_out << EntityTables::outboxTable(queued).render();
    m_out << tr("%1 commands waiting to be sent").arg(queued.size()) << '\n';
    const QList<client::RejectedCommand> refused = store.isOpen() ? store.rejections() : QList<client::RejectedCommand>();
    if (!refused.isEmpty()) {
        m_out << '\n' << tr("Refused by the server:") << '\n' << EntityTables::rejectionTable(refused).render();
    }
    finish(0);
}

bool CliRunner::openExisting(client::Store &store, bool &noData)
{
    noData = false;
    const auto cache = m_account->cachePath();
    const QString file = cache.ok() ? cache.value() : QString();
    // Reading must not create a cache: a missing file simply means nothing was synced yet.
    if (file.isEmpty() || !QFileInfo::exists(file)) {
        noData = true;
        return false;
    }
    // A damaged cache is moved aside here too: reading it can only fail, and the queued commands
    // it still holds are worth carrying over now rather than at the next sync.
    const auto opened = client::StoreRecovery::open(store, file);
    if (!opened.ok()) {
        m_err << tr("cannot read the cache: %1").arg(opened.error().toString()) << '\n';
        return false;
    }
    if (opened.value().happened())
        m_err << opened.value().message() << '\n';
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
    m_out << tr("account:    %1").arg(m_account->email().isEmpty() ? tr("nobody signed in") : m_account->email()) << '\n';
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
    // The account's client: the server, and the CA of --ca-cert. (/health needs no login.)
    const auto restClient = m_account->rest();
    if (!restClient.ok()) {
        m_err << restClient.error().toString() << '\n';
        finish(1);
        return;
    }
    client::RestClient *rest = restClient.value();
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
