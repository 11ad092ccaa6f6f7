// SPDX-License-Identifier: MIT
#include "accountdirectory.h"

#include "domain/jsonfieldreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace et::client {

namespace {
const QString kAccountFile = QStringLiteral("account.json");
} // namespace

QString AccountDirectory::serverIdentity(const QString &serverUrl)
{
    const QUrl url(serverUrl);
    if (!url.isValid() || url.host().isEmpty())
        return serverUrl;
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded).toLower();
}

QString AccountDirectory::folderFor(const QString &dataDir, const QString &server, const QString &email)
{
    // E-mail addresses are compared without regard to case, as mail servers do.
    const QByteArray key = server.toUtf8() + '\n' + email.trimmed().toLower().toUtf8();
    const QString name = QStringLiteral("u-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(dataDir).filePath(QStringLiteral("accounts/") + name);
}

QString AccountDirectory::cachePathFor(const QString &dataDir, const QString &server, const QString &email)
{
    return QDir(folderFor(dataDir, server, email)).filePath(QStringLiteral("cache.sqlite"));
}

std::optional<LastAccount> AccountDirectory::last(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(kAccountFile));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto object = domain::parseJsonObject(file.read(64 * 1024));
    if (!object.ok())
        return std::nullopt;
    domain::JsonFieldReader r(object.value());
    LastAccount a{r.string(QStringLiteral("server")), r.string(QStringLiteral("email"))};
    if (!r.ok())
        return std::nullopt;
    return a;
}

domain::Status AccountDirectory::remember(const QString &dataDir, const LastAccount &account)
{
    if (!QDir().mkpath(dataDir))
        return domain::Error{{}, QStringLiteral("cannot create the data folder %1").arg(dataDir)};
    QSaveFile file(QDir(dataDir).filePath(kAccountFile));
    if (!file.open(QIODevice::WriteOnly))
        return domain::Error{{}, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    const QJsonObject o{{QStringLiteral("server"), account.server}, {QStringLiteral("email"), account.email}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return domain::Error{{}, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return domain::Ok{};
}

} // namespace et::client
