// SPDX-License-Identifier: MIT
#include "maplogging.h"

Q_LOGGING_CATEGORY(lcMap, "et.app.map")
