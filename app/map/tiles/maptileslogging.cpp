// SPDX-License-Identifier: MIT
#include "maptileslogging.h"

Q_LOGGING_CATEGORY(lcMapTiles, "et.map.tiles")
