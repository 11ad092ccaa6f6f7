// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace et::domain {

struct Asset;
struct EnergyBalance;

/// Per-link or per-asset values of one history point, in the order of EnergyHistoryColumns;
/// nothing where the link or asset had no value (it did not exist yet, or no longer).
using HistoryValues = QList<std::optional<double>>;

/// What the per-link and per-asset values of history points stand for: the HVDC link ids and
/// asset ids, in order. A history page names them once, and each point carries bare numbers in
/// the same order, which keeps a page of 1,440 points with 40 assets small.
struct EnergyHistoryColumns
{
    QStringList hvdcLinkIds;
    QStringList assetIds;

    /// The columns of one simulated minute: the balance's links and the assets, in their order.
    static EnergyHistoryColumns of(const EnergyBalance &balance, const QList<Asset> &assets);
    /// These columns followed by those of `other` that are not among them.
    EnergyHistoryColumns united(const EnergyHistoryColumns &other) const;
    /// `values` (in the order of `from`'s ids) rearranged to the order of `to`; nothing for an id
    /// `from` does not have.
    static HistoryValues remap(const HistoryValues &values, const QStringList &from, const QStringList &to);

    /// Reads a JSON array of ids (non-empty strings, no repeats) for `field`.
    static Result<QStringList> idsFromJson(const QJsonArray &array, const QString &field);
    static QJsonArray idsToJson(const QStringList &ids);

    bool operator==(const EnergyHistoryColumns &) const = default;
};

} // namespace et::domain
