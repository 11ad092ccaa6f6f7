// SPDX-License-Identifier: MIT
// An operator's import, pure: the shared national CSV (CP949) gives its 10 Jeju centers with
// their staff counts and one report row per data row — the rest skipped as outside Jeju — and the
// same file in UTF-8 with or without a BOM gives the same; merged by the stable key against what
// is there, a second import is unchanged and an edited row is merged; a file cut short in a row
// reports that row; staff counts survive the JSON codec, unknown is not 0, and bad ones are
// refused naming the field.
#include "domain/centercsvimporter.h"
#include "domain/centers/centerimportreport.h"
#include "domain/centers/centerimportrequest.h"

#include <QFile>
#include <QJsonArray>
#include <QStringDecoder>
#include <QTest>

using namespace et::domain;
using namespace et::domain::centers;

namespace {
QByteArray publishedBytes()
{
    QFile f(QStringLiteral(ET_SHARED_DATA_DIR "/health/health-centers-standard-cp949.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray asUtf8(const QByteArray &cp949)
{
    QStringDecoder decoder("windows-949");
    return QString(decoder.decode(cp949)).toUtf8();
}

CenterImport jejuOf(const QByteArray &bytes)
{
    auto r = CenterCsvImporter::import(bytes, CenterCsvImporter::Region::JejuOnly);
    return r.ok() ? r.value() : CenterImport{};
}
} // namespace

class TestCenterImportReport : public QObject
{
    Q_OBJECT
private slots:
    void theSharedFileGivesTenJejuCentersAndARowEach()
    {
        const CenterImport import = jejuOf(publishedBytes());
        QCOMPARE(import.centers.size(), 10);
        QCOMPARE(import.rowsRead, 291);
        QCOMPARE(import.rows.size(), 291);
        const CenterImportReport report = CenterImportReport::build(import, CenterImportResult::merge({}, import.centers, false));
        QCOMPARE(report.count(CenterImportReport::Outcome::Imported), 10);
        QCOMPARE(report.count(CenterImportReport::Outcome::Skipped), 281);
        // Every skipped row of this file lies on the mainland: none is an error.
        QCOMPARE(report.count(CenterImportReport::SkipReason::OutsideJeju), 281);
        for (const auto &row : report.rows) {
            if (row.outcome == CenterImportReport::Outcome::Imported)
                QVERIFY2(row.name.contains(u"센터"), qPrintable(row.name));
        }
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 10);
        QCOMPARE(json.value(QStringLiteral("outside_jeju")).toInt(), 281);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), 291);
    }

    void staffCountsAreRead()
    {
        const CenterImport import = jejuOf(publishedBytes());
        const auto it = std::find_if(import.centers.cbegin(), import.centers.cend(), [](const Center &c) { return c.name == u"제주시정신건강복지센터"; });
        QVERIFY(it != import.centers.cend());
        // As published: 의사수 1, 기타인력현황 "4"; the others are numbers too.
        QCOMPARE(it->doctors, std::optional<int>(1));
        QVERIFY(it->nurses.has_value() && it->socialWorkers.has_value());
        QCOMPARE(it->otherStaff, QStringLiteral("4"));
        const auto west = std::find_if(import.centers.cbegin(), import.centers.cend(), [](const Center &c) { return c.name == u"서부보건소 건강증진센터"; });
        QVERIFY(west != import.centers.cend());
        QCOMPARE(west->otherStaff, QStringLiteral("운동지도사(1)"));
    }

    void utf8WithAndWithoutBomReadsTheSame()
    {
        const QList<Center> cp949 = jejuOf(publishedBytes()).centers;
        const QByteArray utf8 = asUtf8(publishedBytes());
        QCOMPARE(jejuOf(utf8).centers, cp949);
        QCOMPARE(jejuOf("\xEF\xBB\xBF" + utf8).centers, cp949);
    }

    void mergesByTheStableKey()
    {
        const QList<Center> first = jejuOf(publishedBytes()).centers;
        const CenterImportResult again = CenterImportResult::merge(first, first, false);
        QCOMPARE(again.count(CenterImportResult::Outcome::Unchanged), 10);
        QList<Center> edited = first;
        edited[2].phone = QStringLiteral("064-123-4567");
        edited[3].nurses = 99;
        const CenterImportResult merged = CenterImportResult::merge(first, edited, true);
        QCOMPARE(merged.count(CenterImportResult::Outcome::Changed), 2);
        QCOMPARE(toString(merged.byId().value(edited[2].id)), QStringLiteral("changed"));
        auto back = CenterImportResult::fromJson(merged.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), merged);
        // An edited row keeps its key (name | address): merged, not a second center.
        QCOMPARE(edited[2].id, first[2].id);
    }

    void aFileCutShortReportsItsLastRow()
    {
        QString text = QString::fromUtf8(asUtf8(publishedBytes()));
        const qsizetype cut = text.indexOf(QStringLiteral("제주시정신건강복지센터"));
        QVERIFY(cut > 0);
        text.truncate(cut + 60); // in the middle of that row
        const CenterImport import = jejuOf(text.toUtf8());
        QVERIFY(!import.rows.isEmpty());
        const CenterImportRow &last = import.rows.last();
        QCOMPARE(last.status, CenterImportRow::Status::Invalid);
        QVERIFY2(last.reason.contains(u"fields"), qPrintable(last.reason));
        const CenterImportReport report = CenterImportReport::build(import, CenterImportResult::merge({}, import.centers, true));
        QCOMPARE(toString(report.rows.last().skipReason), QStringLiteral("invalid"));
        // Not a file at all: one clear error, nothing half read.
        const auto notCsv = CenterCsvImporter::import(QByteArrayLiteral("{\"centers\": []}"), CenterCsvImporter::Region::JejuOnly);
        QVERIFY(!notCsv.ok());
        QVERIFY2(notCsv.error().message.contains(u"건강증진센터명"), qPrintable(notCsv.error().toString()));
    }

    void staffTravelsInJsonAndUnknownIsNotZero()
    {
        Center c = jejuOf(publishedBytes()).centers.first();
        c.doctors = 0;
        c.nurses.reset();
        auto back = Center::fromJson(c.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back.value(), c);
        QVERIFY(back.value().toJson().value(QStringLiteral("staff")).toObject().value(QStringLiteral("nurses")).isNull());
        QCOMPARE(back.value().toJson().value(QStringLiteral("staff")).toObject().value(QStringLiteral("doctors")).toInt(-1), 0);
        // A center cached before staff was carried decodes with every figure unknown.
        QJsonObject old = c.toJson();
        old.remove(QStringLiteral("staff"));
        auto unknown = Center::fromJson(old);
        QVERIFY(unknown.ok() && !unknown.value().hasStaff());
        QJsonObject bad = c.toJson();
        bad.insert(QStringLiteral("staff"), QJsonObject{{QStringLiteral("doctors"), -1}});
        QCOMPARE(Center::fromJson(bad).error().field, QStringLiteral("staff.doctors"));
    }

    void theRequestRefusesWhatCannotBeMerged()
    {
        const QList<Center> jeju = jejuOf(publishedBytes()).centers;
        QVERIFY(CenterImportRequest::fromJson(CenterImportRequest{jeju, true}.toJson()).ok());
        QList<Center> twice = jeju;
        twice << jeju.first();
        QCOMPARE(CenterImportRequest::fromJson(CenterImportRequest{twice, false}.toJson()).error().field, QStringLiteral("centers[10].id"));
        QCOMPARE(CenterImportRequest::fromJson(QJsonObject{{QStringLiteral("centers"), 3}}).error().field, QStringLiteral("centers"));
    }
};

QTEST_GUILESS_MAIN(TestCenterImportReport)
#include "tst_centerimportreport.moc"
