// SPDX-License-Identifier: MIT
#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "et.app")
