// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

namespace et::test {

/// Every file below `root` (hidden ones too), with its contents: what a search for leaked
/// secrets reads through.
inline QList<QPair<QString, QByteArray>> filesBelow(const QString &root)
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        files.append({path, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()});
    }
    return files;
}

/// The start of the first of `secrets` found in `content` ("eyJ…"), empty when none is there —
/// so a failure message says what leaked without printing the secret itself.
inline QString firstSecretIn(const QByteArray &content, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty() && content.contains(secret))
            return QString::fromUtf8(secret.left(4)) + QStringLiteral("…");
    }
    return {};
}

} // namespace et::test
