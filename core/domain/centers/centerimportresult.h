// SPDX-License-Identifier: MIT
#pragma once

#include "domain/center.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace et::domain::centers {

/// What an import does to the centers there are, merged by the stable key (CenterCsvImporter::
/// stableId: name | address): each incoming center is new, or replaces a stored one it changes,
/// or equals it. The server answers `POST centers/import` with it (also for a dry run); the
/// console computes it against its cache before an upload.
struct CenterImportResult
{
    enum class Outcome { New, Changed, Unchanged };
    struct Item
    {
        QString id;
        QString name;
        Outcome outcome = Outcome::New;
        bool operator==(const Item &) const = default;
    };

    bool dryRun = false;
    QList<Item> items; ///< in the order of the incoming centers

    /// Compares `incoming` with `existing` by id (pure; nothing is written).
    static CenterImportResult merge(const QList<Center> &existing, const QList<Center> &incoming, bool dryRun);
    int count(Outcome outcome) const;
    /// id → outcome, for the per-row report.
    QHash<QString, Outcome> byId() const;

    static Result<CenterImportResult> fromJson(const QJsonValue &value);
    QJsonObject toJson() const;
    bool operator==(const CenterImportResult &) const = default;
};

QString toString(CenterImportResult::Outcome outcome);

} // namespace et::domain::centers
