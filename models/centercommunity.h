// SPDX-License-Identifier: MIT
#pragma once

#include "centerimport.h"
#include "centernoticemodel.h"
#include "centerreviewmodel.h"

#include "domain/permissions.h"
#include "domain/useraccount.h"

#include <QObject>

#include <optional>

#include <QtQml/qqmlregistration.h>

namespace et::models {

/// What people add to the centers (issue 19), for the Centers panel (`Console.centerCommunity`):
/// operators' imports of the standard data (`importer`), their notices and closures (`notices`:
/// all active ones; a panel shows one center's by setting `centerId`) and users' reviews of the
/// selected center (`reviews`). Each follows who is signed in: their role decides who may import,
/// post, write or hide, and their id which review is theirs.
class CenterCommunity : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Console")
    Q_PROPERTY(et::models::CenterImport *importer READ importer CONSTANT)
    Q_PROPERTY(et::models::CenterNoticeModel *notices READ notices CONSTANT)
    Q_PROPERTY(et::models::CenterReviewModel *reviews READ reviews CONSTANT)
public:
    explicit CenterCommunity(client::Store *store, QObject *parent = nullptr);

    CenterImport *importer() const { return m_import; }
    CenterNoticeModel *notices() const { return m_notices; }
    CenterReviewModel *reviews() const { return m_reviews; }

    void setUser(const std::optional<domain::UserAccount> &user);

private:
    bool may(domain::Permission permission) const;

    CenterImport *m_import;
    CenterNoticeModel *m_notices;
    CenterReviewModel *m_reviews;
    std::optional<domain::UserAccount> m_user;
};

} // namespace et::models
