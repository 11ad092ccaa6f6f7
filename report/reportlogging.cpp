// SPDX-License-Identifier: MIT
#include "reportlogging.h"

Q_LOGGING_CATEGORY(lcReport, "et.report")
