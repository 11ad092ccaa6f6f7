// SPDX-License-Identifier: MIT
#pragma once

#include "markerdrawlist.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace et::map {

/// Decides where region names go on screen, in plain C++ (testable without a window). Greedy, in
/// the order given (callers pass eup/myeon names first): a name goes centred on its anchor, or
/// just below or above it when a marker sits there (the console puts each eup/myeon's solar
/// marker at the same centroid); a name that would overlap a name already placed, or leave the
/// view, is hidden rather than drawn over it. Markers win over names, names never over names.
class LabelPlacer
{
public:
    struct Request
    {
        QPointF anchor; ///< item pixels
        QSizeF size;
    };

    /// One rectangle per request; an empty rectangle means hidden.
    static QList<QRectF> place(const QList<Request> &requests, const QList<MarkerDot> &markers, const QSizeF &view);
};

} // namespace et::map
