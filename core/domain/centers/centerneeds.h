// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace et::domain::centers {

/// What a center can help with, by need ("stress", "mood", "sleep", "addiction", "family",
/// "crisis", "physical"), from resources/data/center-needs.json: its expertise from its kind
/// (건강증진센터구분) and name, its programs from keywords in its services text. Each match keeps
/// the words that made it, so the ranking can say why.
class CenterNeeds
{
public:
    struct Match
    {
        QHash<QString, QString> expertise; ///< need -> what made it ("정신보건", "중독" in the name)
        QHash<QString, QString> programs;  ///< need -> the service keyword found ("중독상담" → "중독")
    };

    static Result<CenterNeeds> read(const QByteArray &json);
    const QStringList &needs() const { return m_needs; }
    Match of(const Center &center) const;

private:
    struct ExpertiseRule { QString kind; QString nameWord; QStringList needs; };
    struct ProgramRule { QString need; QStringList keywords; };
    QStringList m_needs;
    QList<ExpertiseRule> m_expertise;
    QList<ProgramRule> m_programs;
};

} // namespace et::domain::centers
