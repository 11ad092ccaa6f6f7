// SPDX-License-Identifier: MIT
#include "clihistory.h"

#include "entitytables.h"

#include "client/dataage.h"
#include "client/historyfill.h"
#include "client/restclient.h"
#include "client/store.h"
#include "domain/energyhistoryaggregator.h"
#include "domain/energyhistorypage.h"

#include <QJsonDocument>

namespace et::cli {

namespace {
QString kst(const QDateTime &t)
{
    return EntityTables::kstMinutes(t);
}
} // namespace

CliHistory::CliHistory(const CommandLine &command, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_command(command), m_out(out), m_err(err)
{
}

void CliHistory::finish(int code)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(code);
}

void CliHistory::fill(client::RestClient *rest, client::Store *store, std::function<void(int)> done)
{
    m_done = std::move(done);
    const auto balance = store->balance();
    if (!balance) {
        m_out << tr("energy history: nothing to fetch (the server has no energy balance yet)") << '\n';
        finish(0);
        return;
    }
    auto *history = new client::HistoryFill(rest, store, this);
    history->run(balance->timestamp.addSecs(60), [this, history, store](domain::Status status) {
        if (!status.ok()) {
            m_err << tr("energy history not complete: %1").arg(status.error().toString()) << '\n';
            finish(1);
            return;
        }
        m_out << tr("energy history: %1 new minutes; the cache holds %2 to %3 KST (%4 minutes)")
                     .arg(history->appendedMinutes())
                     .arg(kst(store->oldestHistoryMinute()), kst(store->newestHistoryMinute()))
                     .arg(store->historyMinutes())
              << '\n';
        finish(0);
    });
}

void CliHistory::show(client::RestClient *rest, client::Store *store, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (!rest) {
        showFromCache(store);
        return;
    }
    m_page = {};
    fetch(rest, store, m_command.historyFrom);
}

void CliHistory::fetch(client::RestClient *rest, client::Store *store, const QDateTime &from)
{
    rest->fetchHistory(from, m_command.historyTo, m_command.historyStep, 0, this,
                       [this, rest, store](domain::Result<domain::EnergyHistoryPage> page) {
        if (!page.ok()) {
            // A refusal of the request itself (400) is final; anything else is the network.
            if (page.error().code == u"bad_request") {
                m_err << tr("the server refused: %1").arg(page.error().message) << '\n';
                finish(1);
                return;
            }
            m_err << tr("the server could not answer (%1); showing the local cache").arg(page.error().toString()) << '\n';
            showFromCache(store);
            return;
        }
        if (m_page.points.isEmpty() && m_page.columns.assetIds.isEmpty())
            m_page.columns = page.value().columns;
        if (page.value().columns != m_page.columns) {
            m_err << tr("the server's columns changed between pages; ask for a shorter range") << '\n';
            finish(1);
            return;
        }
        m_page.points += page.value().points;
        if (page.value().hasMore) {
            fetch(rest, store, page.value().to);
            return;
        }
        m_page.from = m_command.historyFrom;
        m_page.to = m_command.historyTo;
        m_page.step = m_command.historyStep;
        print(m_page, tr("from the server %1").arg(m_command.serverUrl.toDisplayString()));
        finish(0);
    });
}

void CliHistory::showFromCache(client::Store *store)
{
    if (!store || store->historyMinutes() == 0) {
        const QString message = tr("no energy history cached in %1 — run: energytruck-cli --server URL --data-dir %1 sync").arg(m_command.dataDir);
        if (m_command.json)
            m_err << message << '\n';
        else
            m_out << message << '\n';
        // Valid JSON on stdout whatever happens: an empty page of the range asked for.
        domain::EnergyHistoryPage empty;
        empty.from = m_command.historyFrom;
        empty.to = m_command.historyTo;
        empty.step = m_command.historyStep;
        if (m_command.json)
            m_out << QJsonDocument(empty.toJson()).toJson(QJsonDocument::Indented);
        finish(0);
        return;
    }
    auto minutes = store->history(m_command.historyFrom, m_command.historyTo);
    if (!minutes.ok()) {
        m_err << tr("cannot read the cached history: %1").arg(minutes.error().toString()) << '\n';
        finish(1);
        return;
    }
    domain::EnergyHistoryPage page = minutes.value();
    page.step = m_command.historyStep;
    if (page.step != domain::HistoryStep::Minute) {
        page.points.clear();
        for (const auto &p : domain::EnergyHistoryAggregator::aggregate(minutes.value().points, page.step))
            page.points << p.roundedToHundredths();
    }
    print(page, tr("from the local cache (offline), which holds %1 to %2 KST")
                    .arg(kst(store->oldestHistoryMinute()), kst(store->newestHistoryMinute())));
    finish(0);
}

void CliHistory::print(const domain::EnergyHistoryPage &page, const QString &source)
{
    const QString summary = tr("%1 points at %2 %3").arg(page.points.size()).arg(domain::toString(page.step), source);
    if (m_command.json) {
        m_out << QJsonDocument(page.toJson()).toJson(QJsonDocument::Indented);
        m_err << summary << '\n';
        return;
    }
    m_out << EntityTables::historyTable(page).render();
    m_out << summary << '\n';
}

} // namespace et::cli
