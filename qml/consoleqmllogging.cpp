// SPDX-License-Identifier: MIT
#include "consoleqmllogging.h"

Q_LOGGING_CATEGORY(lcConsoleQml, "et.console.qml")
