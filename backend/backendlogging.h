// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)  // et.backend.http
Q_DECLARE_LOGGING_CATEGORY(lcSim)   // et.backend.sim
Q_DECLARE_LOGGING_CATEGORY(lcStore) // et.backend.store
Q_DECLARE_LOGGING_CATEGORY(lcServer) // et.backend.server
Q_DECLARE_LOGGING_CATEGORY(lcOrders) // et.backend.orders
Q_DECLARE_LOGGING_CATEGORY(lcCenters) // et.backend.centers
