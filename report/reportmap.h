// SPDX-License-Identifier: MIT
#pragma once

#include "reportcontent.h"

#include <QImage>
#include <QSize>

namespace et::report {

/// The situation report's map: Jeju's eup/myeon/dong (the bundled base map), the incident's
/// shapes as the console draws them (HazardOutlines, HazardPalette) at the time of its assessment,
/// and the sites it puts at risk in their inspection colours, with a scale bar. The view is the
/// island, widened to take in the incident's circle up to about 35 km beyond the coast (a
/// typhoon's whole track would shrink the island to a dot).
class ReportMap
{
public:
    static QImage render(const ReportContent &content, const QSize &size, const QString &fontFamily);
};

} // namespace et::report
