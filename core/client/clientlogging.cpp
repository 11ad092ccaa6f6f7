// SPDX-License-Identifier: MIT
#include "clientlogging.h"

Q_LOGGING_CATEGORY(lcClientRest, "et.client.rest")
Q_LOGGING_CATEGORY(lcClientWs, "et.client.ws")
Q_LOGGING_CATEGORY(lcClientStore, "et.client.store")
Q_LOGGING_CATEGORY(lcClientSync, "et.client.sync")
Q_LOGGING_CATEGORY(lcClientSecrets, "et.client.secrets")
Q_LOGGING_CATEGORY(lcClientTls, "et.client.tls")
Q_LOGGING_CATEGORY(lcClientAuth, "et.client.auth")
