// SPDX-License-Identifier: MIT
// Records the real server's answers that the replayed tests play back:
//   build/bin/capture_replies [DIR]        (DIR defaults to tests/data/replies in the source tree)
// Run it after the server's answers change on purpose (tst_replycapture says when they no
// longer match), then review the diff. It writes only the files it captures; those made by hand
// (a proxy's page, a server that never answers) are left as they are.
#include "replycapture.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args.at(1) : et::test::capturedRepliesDir();
    if (!QDir().mkpath(dir)) {
        err << "capture_replies: cannot create " << dir << "\n";
        return 1;
    }
    et::test::ReplyCapture capture;
    if (!capture.run()) {
        err << "capture_replies: " << capture.errorString() << "\n";
        return 1;
    }
    QTextStream out(stdout);
    for (const auto &reply : capture.replies()) {
        QString error;
        if (!reply.save(dir, &error)) {
            err << "capture_replies: " << error << "\n";
            return 1;
        }
        out << QDir(dir).filePath(reply.name + QStringLiteral(".json")) << "\n";
    }
    return 0;
}
