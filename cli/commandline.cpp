// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace et::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("et::cli::CommandLine", text);
}
} // namespace

QStringList CommandLine::listKinds()
{
    return {QStringLiteral("assets"), QStringLiteral("trucks"), QStringLiteral("disasters"), QStringLiteral("centers")};
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  energytruck-cli --server URL [--data-dir DIR] sync\n"
              "  energytruck-cli [--data-dir DIR] list assets|trucks|disasters|centers [--json]\n"
              "  energytruck-cli [--server URL] [--data-dir DIR] status\n"
              "\n"
              "  sync    fetch every change since the last sync into the local cache, then exit\n"
              "  list    print from the local cache (works without a server)\n"
              "  status  connection (with --server) and how old the cached data is\n"
              "\n"
              "Options:\n"
              "  --server URL    backend, e.g. http://127.0.0.1:8080\n"
              "  --data-dir DIR  where cache.sqlite lives (default: the console's data folder)\n"
              "  --json          list: print a JSON array instead of a table\n"
              "\n"
              "Exit codes: 0 ok (also \"no data yet\"), 1 runtime failure, 2 usage error.\n");
}

domain::Result<CommandLine> CommandLine::parse(const QStringList &arguments, const QString &defaultDataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({server, dataDir, json, help, version});
    if (!parser.parse(arguments))
        return domain::Error{{}, parser.errorText()};

    CommandLine c;
    if (parser.isSet(help))
        return c;
    if (parser.isSet(version)) {
        c.command = Command::Version;
        return c;
    }
    c.json = parser.isSet(json);
    c.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir;
    if (c.dataDir.isEmpty())
        return domain::Error{QStringLiteral("--data-dir"), tr("must not be empty")};
    if (parser.isSet(server)) {
        c.serverUrl = QUrl(parser.value(server), QUrl::StrictMode);
        if (!c.serverUrl.isValid() || (c.serverUrl.scheme() != u"http" && c.serverUrl.scheme() != u"https")
            || c.serverUrl.host().isEmpty())
            return domain::Error{QStringLiteral("--server"), tr("\"%1\" is not an http:// or https:// URL").arg(parser.value(server))};
    }

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return domain::Error{{}, tr("no command given")};
    const QString &name = args.first();
    qsizetype expected = 1;
    if (name == u"sync") {
        c.command = Command::Sync;
        if (c.serverUrl.isEmpty())
            return domain::Error{QStringLiteral("sync"), tr("needs --server URL")};
    } else if (name == u"status") {
        c.command = Command::Status;
    } else if (name == u"list") {
        c.command = Command::List;
        expected = 2;
        if (args.size() < 2)
            return domain::Error{QStringLiteral("list"), tr("needs what to list: %1").arg(listKinds().join(u'|'))};
        c.listKind = args.at(1);
        if (!listKinds().contains(c.listKind))
            return domain::Error{QStringLiteral("list"), tr("cannot list \"%1\"; choose one of %2").arg(c.listKind, listKinds().join(u'|'))};
    } else if (name == u"help") {
        return c;
    } else {
        return domain::Error{{}, tr("unknown command \"%1\"").arg(name)};
    }
    if (args.size() > expected)
        return domain::Error{name, tr("unexpected argument \"%1\"").arg(args.at(expected))};
    if (c.json && c.command != Command::List)
        return domain::Error{QStringLiteral("--json"), tr("only applies to list")};
    return c;
}

} // namespace et::cli
