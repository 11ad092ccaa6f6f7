// SPDX-License-Identifier: MIT
#include "energyhistorycolumns.h"

#include "asset.h"
#include "energybalance.h"
#include "jsonfieldreader.h"

#include <QHash>
#include <QSet>

namespace et::domain {

namespace {
// Ids are short names such as "hvdc-3" or "wind-gasiri"; a longer one is not ours.
constexpr qsizetype kMaxIdLength = 128;
// Jeju has 40 modelled assets; the bound only keeps a hostile page from naming millions.
constexpr qsizetype kMaxColumns = 4096;

QStringList unitedIds(QStringList ids, const QStringList &more)
{
    const QSet<QString> known(ids.cbegin(), ids.cend());
    for (const QString &id : more) {
        if (!known.contains(id))
            ids << id;
    }
    return ids;
}
} // namespace

EnergyHistoryColumns EnergyHistoryColumns::of(const EnergyBalance &balance, const QList<Asset> &assets)
{
    EnergyHistoryColumns c;
    for (const auto &l : balance.hvdcLinks)
        c.hvdcLinkIds << l.id;
    for (const auto &a : assets)
        c.assetIds << a.id;
    return c;
}

EnergyHistoryColumns EnergyHistoryColumns::united(const EnergyHistoryColumns &other) const
{
    return {unitedIds(hvdcLinkIds, other.hvdcLinkIds), unitedIds(assetIds, other.assetIds)};
}

HistoryValues EnergyHistoryColumns::remap(const HistoryValues &values, const QStringList &from, const QStringList &to)
{
    if (from == to)
        return values;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < from.size(); ++i)
        at.insert(from.at(i), i);
    HistoryValues out;
    out.reserve(to.size());
    for (const QString &id : to) {
        const qsizetype i = at.value(id, -1);
        out << (i >= 0 && i < values.size() ? values.at(i) : std::nullopt);
    }
    return out;
}

Result<QStringList> EnergyHistoryColumns::idsFromJson(const QJsonArray &array, const QString &field)
{
    if (array.size() > kMaxColumns)
        return Error{field, QStringLiteral("names %1 ids; at most %2 are allowed").arg(array.size()).arg(kMaxColumns)};
    QStringList ids;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonValue v = array.at(i);
        if (!v.isString())
            return Error{where, QStringLiteral("expected a string, got %1").arg(jsonTypeName(v))};
        const QString id = v.toString();
        if (id.trimmed().isEmpty())
            return Error{where, QStringLiteral("must not be empty")};
        if (id.size() > kMaxIdLength)
            return Error{where, QStringLiteral("is longer than %1 characters").arg(kMaxIdLength)};
        if (seen.contains(id))
            return Error{where, QStringLiteral("\"%1\" is named twice").arg(id)};
        seen.insert(id);
        ids << id;
    }
    return ids;
}

QJsonArray EnergyHistoryColumns::idsToJson(const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(id);
    return out;
}

} // namespace et::domain
