// SPDX-License-Identifier: MIT
#include "accountdirectory.h"

#include "domain/jsonfieldreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace et::client {

namespace {
const QString kAccountFile = QStringLiteral("account.json");
const QString kUserFile = QStringLiteral("user.json");

domain::Status writeJson(const QString &path, const QJsonObject &object)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return domain::Error{{}, QStringLiteral("cannot create the folder of %1").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return domain::Error{{}, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return domain::Error{{}, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString())};
    return domain::Ok{};
}

std::optional<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto object = domain::parseJsonObject(file.read(64 * 1024));
    if (!object.ok())
        return std::nullopt;
    return object.value();
}
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
    const auto object = readJson(QDir(dataDir).filePath(kAccountFile));
    if (!object)
        return std::nullopt;
    domain::JsonFieldReader r(*object);
    LastAccount a{r.string(QStringLiteral("server")), r.string(QStringLiteral("email"))};
    if (!r.ok())
        return std::nullopt;
    return a;
}

domain::Status AccountDirectory::remember(const QString &dataDir, const LastAccount &account)
{
    return writeJson(QDir(dataDir).filePath(kAccountFile),
                     {{QStringLiteral("server"), account.server}, {QStringLiteral("email"), account.email}});
}

domain::Status AccountDirectory::rememberUser(const QString &dataDir, const QString &server, const domain::UserAccount &user)
{
    return writeJson(QDir(folderFor(dataDir, server, user.email)).filePath(kUserFile), user.toJson());
}

std::optional<domain::UserAccount> AccountDirectory::knownUser(const QString &dataDir, const QString &server, const QString &email)
{
    const auto object = readJson(QDir(folderFor(dataDir, server, email)).filePath(kUserFile));
    if (!object)
        return std::nullopt;
    auto user = domain::UserAccount::fromJson(*object);
    // A file that names someone else (copied by hand) says nothing about this user.
    if (!user.ok() || user.value().email.compare(email.trimmed(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return user.value();
}

} // namespace et::client
