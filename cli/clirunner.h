// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <optional>

#include "commandline.h"
#include "domain/dispatchorder.h"

#include <QObject>
#include <QTextStream>

#include <functional>

namespace et::client {
class RestClient;
class Store;
} // namespace et::client
namespace et::domain {
struct OperatorCommand;
}

namespace et::cli {

class CliAccount;

/// Runs one parsed energytruck-cli command against the local cache (and the server for sync and
/// status) and reports an exit code: 0 ok, 1 runtime failure. Network work is asynchronous, so
/// the result arrives through the callback once the event loop has done it.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(CommandLine command, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    void run(std::function<void(int exitCode)> done);

    static QString cacheFileName(const QString &dataDir);

private:
    void sync();
    /// Sends the outbox, then fetches the changes (sync's work once signed in).
    void pull(client::Store *store, client::RestClient *rest);
    void login();
    void logout();
    /// Signs in (--password-stdin) or resumes the saved login, then `next` with the REST client —
    /// also when the server is unreachable (requests then fail as such); null when the login is
    /// refused or missing (the reason is on err).
    void withLogin(std::function<void(client::RestClient *)> next);
    /// Sends the outbox and reports what became of the command `key`.
    void send(client::Store *store, client::RestClient *rest, const QString &key);
    void list();
    void status();
    void outbox();
    void orderCreate();
    void orderCancel();
    void disasterAcknowledge();
    void disasterCreate();
    void disasterUpdate();
    void disasterResolve();
    /// centers import FILE [--dry-run]: online (the server merges); the per-row report.
    void centersImport();
    /// alarm ack and alarm shelve: the alarm must be in the cache.
    void alarmCommand();
    /// The JSON object in --file, or nothing after saying why.
    std::optional<QJsonObject> readBodyFile();
    /// Whether the cache knows disaster m_command.subjectId (else says so).
    bool knowsDisaster(client::Store *store);
    void history();
    void forecast();
    void dispatchSuggest();
    void dispatchAccept();
    /// With --server: signs in, catches up and then prints (the cached `what` when the server
    /// cannot be reached); without: prints from the cache. `print` gives the exit code.
    void showAfterCatchUp(const QString &what, std::function<int(client::Store *)> print);
    /// Queues `order` (its key on stdout) after checking its truck is one the cache knows.
    void queueOrder(client::Store *store, const domain::DispatchOrder &order);
    static QString newOrderId();
    /// Queues `command` (its key on stdout) and, with --server, sends the outbox at once.
    void submit(client::Store *store, const domain::OperatorCommand &command, const QString &what);
    /// Opens (creating) the cache for a command that writes; a damaged file is moved aside
    /// (StoreRecovery) and said so on err. Null (and a message) when it cannot be opened.
    client::Store *openForWriting();
    /// Opens the cache for reading; false (and a message on err) when there is none or it is broken.
    bool openExisting(client::Store &store, bool &noData);
    void finish(int exitCode);
    QString summary(const client::Store &store) const;

    CommandLine m_command;
    QTextStream &m_out;
    QTextStream &m_err;
    std::function<void(int)> m_done;
    CliAccount *m_account;
};

} // namespace et::cli
