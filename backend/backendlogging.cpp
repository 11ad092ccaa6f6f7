// SPDX-License-Identifier: MIT
#include "backendlogging.h"

Q_LOGGING_CATEGORY(lcHttp, "et.backend.http")
Q_LOGGING_CATEGORY(lcSim, "et.backend.sim")
Q_LOGGING_CATEGORY(lcStore, "et.backend.store")
Q_LOGGING_CATEGORY(lcServer, "et.backend.server")
Q_LOGGING_CATEGORY(lcOrders, "et.backend.orders")
Q_LOGGING_CATEGORY(lcCenters, "et.backend.centers")
