// SPDX-License-Identifier: MIT
#include "centerimportrequest.h"

#include "domain/centercsvimporter.h"

#include <QJsonArray>
#include <QSet>

namespace et::domain::centers {

Result<CenterImportRequest> CenterImportRequest::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return Error{{}, QStringLiteral("import: expected an object, got %1").arg(jsonTypeName(value))};
    const QJsonObject o = value.toObject();
    JsonFieldReader r(o);
    CenterImportRequest request;
    const QJsonArray items = r.array(QStringLiteral("centers"));
    if (o.contains(QStringLiteral("dry_run")))
        request.dryRun = r.boolean(QStringLiteral("dry_run"));
    if (!r.ok())
        return r.error();
    if (items.isEmpty() || items.size() > kMaxCenters)
        return Error{QStringLiteral("centers"), QStringLiteral("holds %1 centers; an import takes 1 to %2").arg(items.size()).arg(kMaxCenters)};
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("centers[%1]").arg(i);
        auto center = Center::fromJson(items.at(i));
        if (!center.ok())
            return center.error().prefixed(at);
        Center c = std::move(center).value();
        c.distanceKm.reset(); // a search result's distance is not part of a center
        const QString address = c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress;
        if (c.id != CenterCsvImporter::stableId(c.name, address))
            return Error{at + QStringLiteral(".id"), QStringLiteral("\"%1\" is not the stable id of its name and address").arg(c.id)};
        if (!CenterCsvImporter::isInJeju(c))
            return Error{at, QStringLiteral("\"%1\" is not in Jeju").arg(c.name)};
        if (ids.contains(c.id))
            return Error{at + QStringLiteral(".id"), QStringLiteral("\"%1\" comes twice").arg(c.id)};
        ids.insert(c.id);
        request.centers << c;
    }
    return request;
}

QJsonObject CenterImportRequest::toJson() const
{
    QJsonArray items;
    for (const Center &c : centers)
        items.append(c.toJson());
    return {{QStringLiteral("centers"), items}, {QStringLiteral("dry_run"), dryRun}};
}

} // namespace et::domain::centers
