// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// The Centers view's short information pages (resources/info: what to do in a crisis, and
/// mental health and where to get help), written for this project in Korean and English, each
/// ending with its sources; bundled, so they read offline.
class InfoPages : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(QStringList pages READ pages CONSTANT)
public:
    explicit InfoPages(QObject *parent = nullptr);
    static QStringList pages();
    /// The page's Markdown in the user's language (Korean or English); "" for an unknown page.
    Q_INVOKABLE QString markdown(const QString &page) const;
    Q_INVOKABLE QString title(const QString &page) const;
};

} // namespace et::models
