// SPDX-License-Identifier: MIT
#include "tileslogging.h"

Q_LOGGING_CATEGORY(lcClientTiles, "et.client.tiles")
