// SPDX-License-Identifier: MIT
#include "domain/centers/centerneeds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace et::domain::centers {

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}
} // namespace

Result<CenterNeeds> CenterNeeds::read(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Error{{}, QStringLiteral("center needs: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
    CenterNeeds n;
    n.m_needs = strings(o.value(QStringLiteral("needs")));
    if (n.m_needs.isEmpty())
        return Error{QStringLiteral("needs"), QStringLiteral("center needs: no needs listed")};
    const auto known = [&n](const QStringList &needs, const QString &where) -> Status {
        for (const QString &need : needs) {
            if (!n.m_needs.contains(need))
                return Error{where, QStringLiteral("center needs: \"%1\" is not one of the needs").arg(need)};
        }
        return Ok{};
    };
    for (const QJsonValue &v : o.value(QStringLiteral("expertise")).toArray()) {
        const QJsonObject r = v.toObject();
        ExpertiseRule rule{r.value(QStringLiteral("kind")).toString(), r.value(QStringLiteral("name")).toString(), strings(r.value(QStringLiteral("needs")))};
        if (rule.kind.isEmpty() == rule.nameWord.isEmpty())
            return Error{QStringLiteral("expertise"), QStringLiteral("center needs: a rule names a kind or a word of the name, not both")};
        if (auto s = known(rule.needs, QStringLiteral("expertise")); !s.ok())
            return s.error();
        n.m_expertise << rule;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("programs")).toArray()) {
        const QJsonObject r = v.toObject();
        ProgramRule rule{r.value(QStringLiteral("need")).toString(), strings(r.value(QStringLiteral("keywords")))};
        if (auto s = known({rule.need}, QStringLiteral("programs")); !s.ok())
            return s.error();
        if (rule.keywords.isEmpty())
            return Error{QStringLiteral("programs"), QStringLiteral("center needs: \"%1\" has no keywords").arg(rule.need)};
        n.m_programs << rule;
    }
    return n;
}

CenterNeeds::Match CenterNeeds::of(const Center &center) const
{
    Match m;
    for (const ExpertiseRule &r : m_expertise) {
        const bool applies = r.kind.isEmpty() ? center.name.contains(r.nameWord) : center.category == r.kind;
        if (!applies)
            continue;
        for (const QString &need : r.needs) {
            if (!m.expertise.contains(need))
                m.expertise.insert(need, r.kind.isEmpty() ? r.nameWord : r.kind);
        }
    }
    for (const ProgramRule &r : m_programs) {
        for (const QString &word : r.keywords) {
            if (center.services.contains(word) && !m.programs.contains(r.need)) {
                m.programs.insert(r.need, word);
                break;
            }
        }
    }
    return m;
}

} // namespace et::domain::centers
