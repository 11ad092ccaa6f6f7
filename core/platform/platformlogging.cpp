// SPDX-License-Identifier: MIT
#include "platformlogging.h"

Q_LOGGING_CATEGORY(lcPlatform, "et.platform")
