// SPDX-License-Identifier: MIT
#include "centercsvimporter.h"

#include "csvtext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace et::domain {

namespace {
// Column names exactly as the standard publishes them.
const QString kName = QStringLiteral("건강증진센터명");
const QString kCategory = QStringLiteral("건강증진센터구분");
const QString kRoad = QStringLiteral("소재지도로명주소");
const QString kLot = QStringLiteral("소재지지번주소");
const QString kLat = QStringLiteral("위도");
const QString kLon = QStringLiteral("경도");
const QString kServices = QStringLiteral("건강증진업무내용");
const QString kOpens = QStringLiteral("운영시작시각");
const QString kCloses = QStringLiteral("운영종료시각");
const QString kClosedDays = QStringLiteral("휴무일정보");
const QString kPhone = QStringLiteral("운영기관전화번호");
const QString kOperator = QStringLiteral("운영기관명");
const QString kDataDate = QStringLiteral("데이터기준일자");
const QString kDoctors = QStringLiteral("의사수");
const QString kNurses = QStringLiteral("간호사수");
const QString kSocialWorkers = QStringLiteral("사회복지사수");
const QString kNutritionists = QStringLiteral("영양사수");
const QString kOtherStaff = QStringLiteral("기타인력현황");
const QString kJejuProvince = QStringLiteral("제주특별자치도");

struct RowContext
{
    const QHash<QString, qsizetype> &columns;
    const QStringList &fields;
    QString field(const QString &name) const
    {
        const qsizetype i = columns.value(name, -1);
        if (i < 0 || i >= fields.size())
            return {};
        // A byte-order mark inside a field (say, from files joined together) is not text, and
        // one at the start would not survive the JSON the centers are served as: Qt's parser
        // drops it, so the stored center would read back different.
        return QString(fields.at(i)).remove(QChar(0xFEFF)).trimmed();
    }
};

std::optional<QTime> parseTime(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("(\\d{1,2}):(\\d{2})")));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    // Some publishers write closing time as 24:00; it means the end of the day.
    if (h == 24 && min == 0)
        return QTime(23, 59);
    const QTime t(h, min);
    return t.isValid() ? std::optional<QTime>(t) : std::nullopt;
}

// Reads one record into a Center; a returned Error makes the row a warning and skips it.
Result<Center> readRow(const RowContext &row, QStringList &notes)
{
    Center c;
    c.name = row.field(kName);
    c.category = row.field(kCategory);
    c.roadAddress = row.field(kRoad);
    c.lotAddress = row.field(kLot);
    c.services = row.field(kServices);
    c.closedDays = row.field(kClosedDays);
    c.phone = row.field(kPhone);
    c.operatorName = row.field(kOperator);
    c.dataDate = row.field(kDataDate);
    if (c.name.isEmpty())
        return Error{kName, QStringLiteral("is empty")};
    if (c.category.isEmpty())
        return Error{kCategory, QStringLiteral("is empty")};

    bool latOk = false, lonOk = false;
    c.lat = row.field(kLat).toDouble(&latOk);
    c.lon = row.field(kLon).toDouble(&lonOk);
    if (!latOk || !std::isfinite(c.lat) || c.lat < -90.0 || c.lat > 90.0)
        return Error{kLat, QStringLiteral("\"%1\" is not a latitude").arg(row.field(kLat))};
    if (!lonOk || !std::isfinite(c.lon) || c.lon < -180.0 || c.lon > 180.0)
        return Error{kLon, QStringLiteral("\"%1\" is not a longitude").arg(row.field(kLon))};

    for (const auto &[key, target] : {std::pair{kOpens, &c.opensAt}, std::pair{kCloses, &c.closesAt}}) {
        const QString text = row.field(key);
        if (text.isEmpty())
            continue; // unknown opening hours stay invalid: the UI shows "uncertain"
        if (const auto t = parseTime(text))
            *target = *t;
        else
            notes << QStringLiteral("%1: \"%2\" is not a time of day, left unknown").arg(key, text);
    }
    // Staff: an empty cell is "not published" (unknown), never 0.
    for (const auto &[key, target] : {std::pair{kDoctors, &c.doctors}, std::pair{kNurses, &c.nurses},
                                      std::pair{kSocialWorkers, &c.socialWorkers}, std::pair{kNutritionists, &c.nutritionists}}) {
        const QString text = row.field(key);
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int n = text.toInt(&ok);
        if (ok && n >= 0 && n <= Center::kMaxStaffCount)
            *target = n;
        else
            notes << QStringLiteral("%1: \"%2\" is not a count, left unknown").arg(key, text);
    }
    c.otherStaff = row.field(kOtherStaff).left(Center::kMaxOtherStaffLength);
    const QString address = c.roadAddress.isEmpty() ? c.lotAddress : c.roadAddress;
    c.id = CenterCsvImporter::stableId(c.name, address);
    return c;
}

/// An unusable row still says where it is: when its address names another province it is
/// reported as outside Jeju (not an error of a Jeju import), else as invalid.
bool addressOutsideJeju(const RowContext &row)
{
    const QString road = row.field(kRoad);
    const QString lot = row.field(kLot);
    return (!road.isEmpty() || !lot.isEmpty()) && !road.startsWith(kJejuProvince) && !lot.startsWith(kJejuProvince);
}
} // namespace

QString CenterCsvImporter::decode(const QByteArray &bytes)
{
    return CsvText::decode(bytes).text;
}

QList<QStringList> CenterCsvImporter::parseCsv(const QString &text)
{
    QList<QStringList> out;
    for (CsvRecord &r : CsvText::records(text))
        out << std::move(r.fields);
    return out;
}

QString CenterCsvImporter::stableId(const QString &name, const QString &address)
{
    const QByteArray key = (name.trimmed() + u'|' + address.trimmed()).toUtf8();
    return QStringLiteral("ctr-") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
}

bool CenterCsvImporter::isInJeju(const Center &c)
{
    if (!c.roadAddress.isEmpty() || !c.lotAddress.isEmpty())
        return c.roadAddress.startsWith(kJejuProvince) || c.lotAddress.startsWith(kJejuProvince);
    // Jeju island with Udo, Chuja and Marado lies inside this box; the mainland does not.
    return c.lat >= 33.0 && c.lat <= 34.0 && c.lon >= 126.1 && c.lon <= 127.0;
}

Result<CenterImport> CenterCsvImporter::import(const QByteArray &bytes, Region region)
{
    if (bytes.isEmpty())
        return Error{{}, QStringLiteral("the file is empty")};
    const QList<QStringList> records = parseCsv(decode(bytes));
    if (records.isEmpty())
        return Error{{}, QStringLiteral("the file has no header row")};

    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < records.front().size(); ++i)
        columns.insert(records.front().at(i).trimmed(), i);
    for (const QString &required : {kName, kCategory, kLat, kLon}) {
        if (!columns.contains(required))
            return Error{{}, QStringLiteral("the header has no column \"%1\" (is this the health-center standard data?)").arg(required)};
    }

    CenterImport out;
    QSet<QString> seenIds;
    const qsizetype width = records.front().size();
    const bool jejuOnly = region == Region::JejuOnly;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r);
        const int rowNumber = int(r) + 1;
        ++out.rowsRead;
        const RowContext context{columns, fields};
        CenterImportRow report{rowNumber, CenterImportRow::Status::Invalid, {}, context.field(kName), {}};
        auto skip = [&](const QString &why) {
            out.warnings << QStringLiteral("row %1: %2; skipped").arg(rowNumber).arg(why);
            if (jejuOnly && addressOutsideJeju(context))
                report.status = CenterImportRow::Status::OutsideJeju;
            report.reason = why;
            out.rows << report;
        };
        if (fields.size() != width) {
            skip(QStringLiteral("has %1 fields, the header has %2").arg(fields.size()).arg(width));
            continue;
        }
        QStringList notes;
        auto center = readRow(context, notes);
        if (!center.ok()) {
            skip(center.error().toString());
            continue;
        }
        Center c = std::move(center).value();
        report.centerId = c.id;
        // A repeat is one whatever the region, so the Jeju-only import is exactly the Jeju part of
        // the full one (a Jeju row that repeats an earlier mainland one is dropped in both).
        const bool repeat = seenIds.contains(c.id);
        seenIds.insert(c.id);
        if (jejuOnly && !isInJeju(c)) {
            report.status = CenterImportRow::Status::OutsideJeju;
            out.rows << report;
            continue;
        }
        if (const auto bad = CsvText::invalidCharacter(fields))
            notes << QStringLiteral("contains bytes that are not valid in the file's encoding (decoded as U+%1)")
                         .arg(QString::number(bad->unicode(), 16).toUpper().rightJustified(4, u'0'));
        for (const QString &note : std::as_const(notes))
            out.warnings << QStringLiteral("row %1: %2").arg(rowNumber).arg(note);
        if (repeat) {
            out.warnings << QStringLiteral("row %1: repeats name and address of an earlier row; skipped").arg(rowNumber);
            report.status = CenterImportRow::Status::Repeat;
            report.reason = QStringLiteral("repeats name and address of an earlier row");
            out.rows << report;
            continue;
        }
        report.status = CenterImportRow::Status::Read;
        report.reason = notes.join(QStringLiteral("; "));
        out.rows << report;
        out.centers << c;
    }
    return out;
}

} // namespace et::domain
