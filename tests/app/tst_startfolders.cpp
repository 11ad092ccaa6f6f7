// SPDX-License-Identifier: MIT
// The start-condition matrix, data folder rows: the real console
//  - with a data folder it may not write to (as a normal user: root may write anywhere, so the
//    test runs the console as "nobody" when it is root) shows why it cannot start and what to do,
//    in a window of its own, and a screenshot of it exits with status 4;
//  - with a damaged cache moves it aside, says so, and fills a new one from its bundled server.
#include "consolerun.h"

#include "client/accountdirectory.h"
#include "localaccount.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace et;
using test::ConsoleRun;

class TestStartFolders : public QObject
{
    Q_OBJECT
private slots:
    void dataFolderNotWritable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(data));
        const QString writable = dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(writable));
        ConsoleRun console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), writable + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), writable + QStringLiteral("/cache"));
        env.insert(QStringLiteral("HOME"), writable);
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        if (::geteuid() == 0) {
            // A normal user: "nobody" may write only to the output folder (and read the build).
            const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
            QVERIFY(QFile::setPermissions(dir.path(), open & ~(QFile::WriteGroup | QFile::WriteOther)));
            QVERIFY(QFile::setPermissions(writable, open));
            QVERIFY(QFile::setPermissions(data, open & ~(QFile::WriteGroup | QFile::WriteOther)));
            console.setWrapper({QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--")});
        } else {
            QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::ExeOwner));
        }
        console.setEnvironment(env);
        const QString png = writable + QStringLiteral("/problem.png");
        QVERIFY(console.start({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), data,
                               QStringLiteral("--screenshot"), png},
                              writable + QStringLiteral("/state.jsonl")));
        const QJsonObject state = console.waitForState(
            [](const QJsonObject &s) { return s.value(QStringLiteral("window")).toString() == u"startProblemWindow"; }, 30000);
        QVERIFY2(!state.isEmpty(), qPrintable(console.describe()));
        const QString message = ConsoleRun::text(state, QStringLiteral("startProblemText"));
        QVERIFY2(message.contains(data) && message.contains(u"cannot be written") && message.contains(u"--data-dir"),
                 qPrintable(message));
        QCOMPARE(console.waitForExit(30000), 4);
        QCOMPARE(QImage(png).size(), QSize(1440, 900));
        // It says so where a terminal user looks too.
        QVERIFY2(console.output().contains("cannot be written"), qPrintable(console.describe()));
        // And it started nothing in the folder.
        QVERIFY(QDir(data).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void damagedCache()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString cache = client::AccountDirectory::cachePathFor(data, QStringLiteral("bundled"), app::LocalAccount::email());
        QVERIFY(QDir().mkpath(QFileInfo(cache).absolutePath()));
        QFile file(cache);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x17'));
        file.close();
        ConsoleRun console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        console.setEnvironment(env);
        QVERIFY(console.start({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), data},
                              dir.filePath(QStringLiteral("state.jsonl"))));
        const QJsonObject state = console.waitForState(
            [](const QJsonObject &s) {
                return s.value(QStringLiteral("hasData")).toBool() && s.value(QStringLiteral("online")).toBool()
                    && ConsoleRun::text(s, QStringLiteral("notice-cache")).contains(u"moved to");
            },
            30000);
        QVERIFY2(!state.isEmpty(), qPrintable(console.describe()));
        console.stop();
        QCOMPARE(QDir(QFileInfo(cache).absolutePath()).entryList({QStringLiteral("cache.sqlite.damaged-*")}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStartFolders)
#include "tst_startfolders.moc"
