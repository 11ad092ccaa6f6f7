// SPDX-License-Identifier: MIT
#pragma once

#include "center.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace et::domain {

/// What became of one data row of an import, for the per-row report operators see.
struct CenterImportRow
{
    enum class Status {
        Read,        ///< a center (in `centers`)
        OutsideJeju, ///< a center elsewhere in Korea, left out by Region::JejuOnly (not an error)
        Invalid,     ///< unusable: `reason` says why
        Repeat,      ///< the same name and address as an earlier row
    };
    int row = 0;          ///< 1-based line of the record (the header is row 1)
    Status status = Status::Read;
    QString centerId;     ///< the stable id, when the row had a name and address to make it
    QString name;
    QString reason;       ///< Invalid and Repeat: why; Read: notes on fields left unknown ("" when none)
};

/// What an import produced: the centers it could read, and one warning per row it had to skip or
/// could read only in part ("row 12: ..."), so nothing is dropped without a trace.
struct CenterImport
{
    QList<Center> centers;
    QStringList warnings;
    int rowsRead = 0; ///< data rows seen in the file (header excluded)
    QList<CenterImportRow> rows; ///< one per data row, in file order
};

/// Reads the national health-promotion center standard data (전국건강증진센터표준데이터) as
/// published: CP949 without a BOM or UTF-8 with or without a BOM, times as "9:00" or "09:00",
/// RFC 4180 quoting (fields with commas, doubled quotes, line breaks), the staff counts when the
/// file has their columns. Pure: bytes in, centers out.
class CenterCsvImporter
{
public:
    enum class Region { All, JejuOnly };

    /// Fails only when the whole input is unusable (empty, no header, required columns missing);
    /// bad rows become warnings with their 1-based row number (the header is row 1).
    static Result<CenterImport> import(const QByteArray &bytes, Region region = Region::All);

    /// Decodes the bytes: UTF-8 when there is a BOM or the text is valid UTF-8, else windows-949.
    static QString decode(const QByteArray &bytes);
    /// Splits CSV text into records of fields (quotes removed). Exposed for tests.
    static QList<QStringList> parseCsv(const QString &text);
    /// "ctr-" + 16 hex digits of SHA-1(name | address): the same row gets the same id on every import.
    static QString stableId(const QString &name, const QString &address);
    /// Jeju = the address names 제주특별자치도, or (no address) the point lies on the island.
    static bool isInJeju(const Center &center);
};

} // namespace et::domain
