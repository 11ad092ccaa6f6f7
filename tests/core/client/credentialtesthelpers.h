// SPDX-License-Identifier: MIT
#pragma once
// Blocking helpers for CredentialStore's tests: wait for one operation's answer, and search the
// private folders for secrets left on disk in plain text.
#include "client/credentialstore.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QUuid>

#include <functional>
#include <optional>

namespace et::test {

using client::CredentialStore;

using ReadResult = domain::Result<std::optional<QString>>;

/// Waits for the answer of one store operation; an error (not a hang) when none comes.
template<typename R>
struct Answer
{
    std::optional<R> result;
    std::function<void(R)> callback()
    {
        return [this](R r) { result.emplace(std::move(r)); };
    }
    R wait(int ms = 15000)
    {
        if (!QTest::qWaitFor([this] { return result.has_value(); }, ms))
            return domain::Error{{}, QStringLiteral("no answer within %1 ms").arg(ms)};
        return *result;
    }
};

inline ReadResult readNow(CredentialStore &store, const QString &key)
{
    Answer<ReadResult> a;
    store.read(key, nullptr, a.callback());
    return a.wait();
}

inline domain::Status writeNow(CredentialStore &store, const QString &key, const QString &secret)
{
    Answer<domain::Status> a;
    store.write(key, secret, nullptr, a.callback());
    return a.wait();
}

inline domain::Status removeNow(CredentialStore &store, const QString &key)
{
    Answer<domain::Status> a;
    store.remove(key, nullptr, a.callback());
    return a.wait();
}

/// A secret nobody else could have written: a search that finds it found ours.
inline QString uniqueSecret(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString folderOf(const char *variable)
{
    return qEnvironmentVariable(variable);
}

/// Every regular file under `folders` that holds one of the secrets as UTF-8, UTF-16, Base64 or
/// hex — the forms a settings file, a log or a careless encoder would leave on disk.
inline QStringList filesHoldingPlainText(const QStringList &folders, const QStringList &secrets)
{
    QList<QByteArray> needles;
    for (const QString &s : secrets) {
        const QByteArray utf8 = s.toUtf8();
        needles << utf8 << utf8.toBase64() << utf8.toHex()
                << QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    }
    QStringList hits;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : std::as_const(needles)) {
                if (content.contains(needle)) {
                    hits << path;
                    break;
                }
            }
        }
    }
    hits.removeDuplicates();
    return hits;
}

} // namespace et::test
