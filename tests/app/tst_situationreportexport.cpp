// SPDX-License-Identifier: MIT
// The Disasters view's "Situation report (PDF)" action without its button: over a real Store with
// the snapshot's typhoon, SituationReportExport writes the PDF on its worker into the folder it is
// given, says where, and the file is a PDF whose text (pdftotext, an independent reader) names the
// incident; an incident that is not in the cache says why and writes nothing.
#include "consolecontroller.h"
#include "situationreportexport.h"
#include "storefixture.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace et;

class TestSituationReportExport : public QObject
{
    Q_OBJECT
private slots:
    void writesThePdfOffTheGuiThread()
    {
        test::StoreFixture fixture;
        QString error;
        QVERIFY2(fixture.open(&error), qPrintable(error));
        QVERIFY(fixture.applySnapshot().ok());
        models::ConsoleController console(&fixture.store(), nullptr);
        QTemporaryDir out;
        app::SituationReportExport exporter;
        exporter.setProperty("console", QVariant::fromValue(&console));
        exporter.setFolder(out.filePath(QStringLiteral("reports")));
        QSignalSpy finished(&exporter, &app::SituationReportExport::finished);

        exporter.exportReport(QStringLiteral("dis-typhoon-1"));
        QVERIFY(exporter.busy());
        QVERIFY(finished.wait(30000));
        const QString path = finished.first().first().toString();
        QVERIFY2(!path.isEmpty(), qPrintable(exporter.problem()));
        QCOMPARE(exporter.lastPath(), path);
        QVERIFY(path.startsWith(out.filePath(QStringLiteral("reports"))));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(20000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("dis-typhoon-1")), qPrintable(words.left(800)));

        finished.clear();
        exporter.exportReport(QStringLiteral("dis-nowhere"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toString().isEmpty());
        QVERIFY(exporter.problem().contains(QStringLiteral("dis-nowhere")));
        QCOMPARE(QDir(out.filePath(QStringLiteral("reports"))).entryList(QDir::Files).size(), 1);
    }
};

QTEST_MAIN(TestSituationReportExport)
#include "tst_situationreportexport.moc"
