// SPDX-License-Identifier: MIT
#include "storerecovery.h"

#include "clientlogging.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace et::client {

using domain::Error;
using domain::Result;

namespace {

/// A scratch copy of the damaged file (and its WAL) that SQLite will read even when the file was
/// cut short: the header's page count is made "stale" (bytes 92–95, version-valid-for, no longer
/// match the change counter at 24–27), so SQLite sizes the database by the file, as the format
/// document says it must then, instead of refusing a file shorter than its header claims.
/// The damaged file itself is never written.
std::optional<QString> readableCopy(const QString &path, const QString &copy)
{
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
    if (!QFile::copy(path, copy))
        return std::nullopt;
    if (QFile::exists(path + QStringLiteral("-wal")))
        QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    QFile file(copy);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 100)
        return std::nullopt;
    file.seek(24);
    const QByteArray counter = file.read(4);
    QByteArray stale = counter;
    stale[3] = char(~counter[3]);
    file.seek(92);
    file.write(stale);
    return copy;
}

/// The outbox rows of a damaged file, read through SQLite as far as it lets us; nullopt when not
/// even the table can be read.
std::optional<QList<QueuedCommand>> readOutbox(const QString &path)
{
    const QString name = QStringLiteral("et-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString scratch = path + QStringLiteral(".salvage");
    const auto copy = readableCopy(path, scratch);
    std::optional<QList<QueuedCommand>> found;
    if (copy) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(*copy);
        if (db.open()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT json, attempts, last_error FROM outbox ORDER BY seq"))) {
                found = QList<QueuedCommand>();
                // A damaged page ends the scan; the rows before it are still good.
                while (q.next()) {
                    auto object = domain::parseJsonObject(q.value(0).toByteArray());
                    auto command = object.ok() ? domain::OperatorCommand::fromJson(object.value())
                                               : domain::Result<domain::OperatorCommand>(object.error());
                    if (command.ok())
                        found->append({command.value(), q.value(1).toInt(), q.value(2).toString()});
                    else
                        qCWarning(lcClientStore) << "an outbox entry of the damaged cache is unreadable:" << command.error().toString();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(scratch + QLatin1String(suffix));
    return found;
}

} // namespace

QString CacheRecovery::message() const
{
    if (!happened())
        return {};
    QString text = tr("The offline cache was damaged (%1). It was moved to %2 and a new one is being filled from the server.")
                       .arg(problem, movedAsideTo);
    if (!outboxReadable)
        text += u' ' + tr("Its queued commands could not be read; check that recent orders reached the server.");
    else if (salvagedCommands > 0)
        text += u' ' + tr("%n queued command(s) were kept and will be sent.", nullptr, salvagedCommands);
    return text;
}

Result<CacheRecovery> StoreRecovery::open(Store &store, const QString &filePath)
{
    const auto first = store.open(filePath);
    if (first.ok())
        return CacheRecovery{};
    if (first.error().code != QLatin1String(Store::kDamagedCode))
        return first.error();

    CacheRecovery report;
    report.problem = first.error().message;
    const auto salvaged = readOutbox(filePath);
    report.outboxReadable = salvaged.has_value();

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = filePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = filePath + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(filePath, aside))
        return Error{{}, tr("the offline cache %1 is damaged (%2) and could not be moved aside").arg(filePath, report.problem)};
    // The journal files belong to the damaged database; left in place they would be replayed
    // into the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString journal = filePath + QLatin1String(suffix);
        if (QFile::exists(journal) && !QFile::rename(journal, aside + QLatin1String(suffix)))
            QFile::remove(journal);
    }
    report.movedAsideTo = aside;

    if (auto fresh = store.open(filePath); !fresh.ok())
        return fresh.error();
    if (salvaged && !salvaged->isEmpty()) {
        if (auto restored = store.restoreOutbox(*salvaged); !restored.ok())
            return restored.error();
        report.salvagedCommands = int(salvaged->size());
    }
    qCInfo(lcClientStore).noquote() << report.message();
    return report;
}

} // namespace et::client
