// SPDX-License-Identifier: MIT
// energytruck-server: the reference backend. Everything lives in et_backend (ServerApp).
#include "jsonloghandler.h"
#include "serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("energytruck-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    et::backend::JsonLogHandler::install();
    return et::backend::ServerApp::run(QCoreApplication::arguments());
}
