// SPDX-License-Identifier: MIT
#include "infopages.h"

#include <QFile>
#include <QLocale>

namespace et::models {

InfoPages::InfoPages(QObject *parent) : QObject(parent) {}

QStringList InfoPages::pages()
{
    return {QStringLiteral("crisis"), QStringLiteral("mental-health")};
}

QString InfoPages::markdown(const QString &page) const
{
    if (!pages().contains(page))
        return {};
    const QString lang = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    QFile file(QStringLiteral(":/et/models/info/%1.%2.md").arg(page, lang));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString InfoPages::title(const QString &page) const
{
    if (page == u"crisis")
        return tr("In a crisis");
    if (page == u"mental-health")
        return tr("Mental health and where to get help");
    return {};
}

} // namespace et::models
