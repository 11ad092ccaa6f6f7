// SPDX-License-Identifier: MIT
#pragma once

#include "flowgeometry.h"

#include <QSGGeometryNode>

namespace et::map {

struct MapFrame;

/// Flow lines and their arrow heads for hardware scene graphs (OpenGL/RHI): one geometry node of
/// vertex-coloured triangles in item pixels (two per line, one per arrow). The vertices are
/// rewritten only when the view, the flows or the arrow phase changed; 50 lines with a few
/// hundred arrows are a few thousand vertices, cheap next to the markers.
class FlowGpuNode : public QSGGeometryNode
{
public:
    FlowGpuNode();
    void update(const MapFrame &frame);

private:
    FlowDrawKey m_key;
};

} // namespace et::map
