// SPDX-License-Identifier: MIT
#include "centerimportresult.h"

#include <QJsonArray>

namespace et::domain::centers {

namespace {
using Outcome = CenterImportResult::Outcome;
constexpr EnumName<Outcome> kOutcomes[] = {{Outcome::New, u"new"}, {Outcome::Changed, u"changed"}, {Outcome::Unchanged, u"unchanged"}};

/// A center as stored, without what belongs to a search (its distance).
Center stored(Center c)
{
    c.distanceKm.reset();
    return c;
}
} // namespace

QString toString(Outcome o) { return enumToString<Outcome>(o, kOutcomes); }

CenterImportResult CenterImportResult::merge(const QList<Center> &existing, const QList<Center> &incoming, bool dryRun)
{
    QHash<QString, const Center *> byId;
    for (const Center &c : existing)
        byId.insert(c.id, &c);
    CenterImportResult result;
    result.dryRun = dryRun;
    for (const Center &c : incoming) {
        const Center *old = byId.value(c.id);
        const Outcome outcome = !old ? Outcome::New : (stored(*old) == stored(c) ? Outcome::Unchanged : Outcome::Changed);
        result.items << Item{c.id, c.name, outcome};
    }
    return result;
}

int CenterImportResult::count(Outcome outcome) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [outcome](const Item &i) { return i.outcome == outcome; }));
}

QHash<QString, Outcome> CenterImportResult::byId() const
{
    QHash<QString, Outcome> out;
    for (const Item &i : items)
        out.insert(i.id, i.outcome);
    return out;
}

Result<CenterImportResult> CenterImportResult::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("import result: expected an object, got %1").arg(jsonTypeName(value))};
    JsonFieldReader r(value.toObject());
    CenterImportResult result;
    result.dryRun = r.boolean(QStringLiteral("dry_run"));
    const QJsonArray items = r.array(QStringLiteral("items"));
    if (!r.ok())
        return r.error();
    auto decoded = decodeArray<Item>(items, [](const QJsonValue &v) -> Result<Item> {
        JsonFieldReader f(v.toObject());
        Item item{f.string(QStringLiteral("id")), f.string(QStringLiteral("name")), f.enumValue<Outcome>(QStringLiteral("outcome"), kOutcomes)};
        if (!v.isObject())
            f.fail({}, QStringLiteral("expected an object, got %1").arg(jsonTypeName(v)));
        if (!f.ok())
            return f.error();
        return item;
    });
    if (!decoded.ok())
        return decoded.error().prefixed(QStringLiteral("items"));
    result.items = decoded.value();
    return result;
}

QJsonObject CenterImportResult::toJson() const
{
    QJsonArray list;
    for (const Item &i : items)
        list.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("name"), i.name}, {QStringLiteral("outcome"), toString(i.outcome)}});
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("items"), list},
            {QStringLiteral("new"), count(Outcome::New)},
            {QStringLiteral("changed"), count(Outcome::Changed)},
            {QStringLiteral("unchanged"), count(Outcome::Unchanged)}};
}

} // namespace et::domain::centers
