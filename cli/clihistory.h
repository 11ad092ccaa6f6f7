// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"
#include "domain/energyhistorypage.h"

#include <QObject>
#include <QTextStream>

#include <functional>

namespace et::client {
class RestClient;
class Store;
} // namespace et::client

namespace et::cli {

/// energytruck-cli's energy history. `history` prints [from, to) at the step asked for — from
/// the server with --server (page after page), else from the cache's minutes folded into the
/// step (EnergyHistoryAggregator, as the server folds them), saying which; a server that cannot
/// answer falls back to the cache, saying why. `sync` ends with fill(): the cache's seven days
/// brought up to its newest balance (HistoryFill, as the console does).
class CliHistory : public QObject
{
    Q_OBJECT
public:
    CliHistory(const CommandLine &command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    /// `rest` may be null (no --server, or not signed in), `store` too (nothing cached yet).
    /// `done` gets the exit code.
    void show(client::RestClient *rest, client::Store *store, std::function<void(int)> done);
    /// Fills `store`'s history from `rest` up to its cached balance; `done` gets the exit code.
    void fill(client::RestClient *rest, client::Store *store, std::function<void(int)> done);

private:
    /// The next page of the range from the server, appended to `m_page`.
    void fetch(client::RestClient *rest, client::Store *store, const QDateTime &from);
    void showFromCache(client::Store *store);
    void print(const domain::EnergyHistoryPage &page, const QString &source);
    void finish(int code);

    CommandLine m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<void(int)> m_done;
    domain::EnergyHistoryPage m_page; ///< what --server has answered so far
};

} // namespace et::cli
