// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClientRest)  // et.client.rest
Q_DECLARE_LOGGING_CATEGORY(lcClientWs)    // et.client.ws
Q_DECLARE_LOGGING_CATEGORY(lcClientStore) // et.client.store
Q_DECLARE_LOGGING_CATEGORY(lcClientSync)  // et.client.sync
Q_DECLARE_LOGGING_CATEGORY(lcClientSecrets) // et.client.secrets: keychain use, never a secret's value
Q_DECLARE_LOGGING_CATEGORY(lcClientTls)   // et.client.tls
Q_DECLARE_LOGGING_CATEGORY(lcClientAuth)  // et.client.auth: who signs in and when tokens renew, never a token
