// SPDX-License-Identifier: MIT
#include "windturbinelibrary.h"

#include "domain/csvtext.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace et::domain::energy {

namespace {
const QString kPowerCurves = QStringLiteral("power_curves.csv");
const QString kTurbineData = QStringLiteral("turbine_data.csv");

std::optional<double> finiteNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString rowName(const QString &file, const CsvRecord &r, const QString &type)
{
    return type.isEmpty() ? QStringLiteral("%1 line %2").arg(file).arg(r.line)
                          : QStringLiteral("%1 line %2 (%3)").arg(file).arg(r.line).arg(type);
}

// "60;67;78;80;100", "87,5; 100; 120; 137,5", "68-90", "80;": the heights a type is sold with.
QList<double> hubHeights(const QString &text)
{
    QList<double> out;
    static const QRegularExpression separators(QStringLiteral("[;\\-]"));
    for (QString piece : text.split(separators, Qt::SkipEmptyParts)) {
        piece = piece.trimmed().replace(u',', u'.');
        if (const auto h = finiteNumber(piece); h && *h > 0.0)
            out << *h;
    }
    std::sort(out.begin(), out.end());
    return out;
}

struct Header
{
    QHash<QString, qsizetype> columns;
    QString field(const CsvRecord &r, const QString &name) const
    {
        const qsizetype i = columns.value(name, -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    }
};

Result<QHash<QString, WindTurbineSpec>> readSpecs(const QByteArray &bytes, QStringList &issues)
{
    const QList<CsvRecord> records = CsvText::records(CsvText::decode(bytes).text);
    if (records.isEmpty())
        return Error{kTurbineData, QStringLiteral("is empty")};
    Header h;
    for (qsizetype i = 0; i < records.front().fields.size(); ++i)
        h.columns.insert(records.front().fields.at(i).trimmed(), i);
    for (const char *required : {"turbine_type", "nominal_power"}) {
        if (!h.columns.contains(QLatin1String(required)))
            return Error{kTurbineData, QStringLiteral("has no column \"%1\"").arg(QLatin1String(required))};
    }
    QHash<QString, WindTurbineSpec> specs;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &r = records.at(i);
        WindTurbineSpec s;
        s.type = h.field(r, QStringLiteral("turbine_type"));
        const QString where = rowName(kTurbineData, r, s.type);
        const auto nominal = finiteNumber(h.field(r, QStringLiteral("nominal_power")));
        if (s.type.isEmpty()) {
            issues << where + QStringLiteral(": no turbine_type, row skipped");
            continue;
        }
        if (!nominal || *nominal <= 0.0) {
            issues << where + QStringLiteral(": nominal_power \"%1\" is not a power in W, row skipped")
                                  .arg(h.field(r, QStringLiteral("nominal_power")));
            continue;
        }
        s.nominalPowerW = *nominal;
        s.manufacturer = h.field(r, QStringLiteral("manufacturer"));
        s.name = h.field(r, QStringLiteral("name"));
        s.rotorDiameterM = finiteNumber(h.field(r, QStringLiteral("rotor_diameter"))).value_or(0.0);
        s.hubHeightsM = hubHeights(h.field(r, QStringLiteral("hub_height")));
        s.source = h.field(r, QStringLiteral("source"));
        if (specs.contains(s.type))
            issues << where + QStringLiteral(": a second row for this type, the first one is kept");
        else
            specs.insert(s.type, s);
    }
    return specs;
}
} // namespace

Result<WindTurbineLibrary> WindTurbineLibrary::parse(const QByteArray &powerCurvesCsv, const QByteArray &turbineDataCsv)
{
    WindTurbineLibrary lib;
    auto specs = readSpecs(turbineDataCsv, lib.m_issues);
    if (!specs)
        return specs.error();

    const QList<CsvRecord> records = CsvText::records(CsvText::decode(powerCurvesCsv).text);
    if (records.isEmpty())
        return Error{kPowerCurves, QStringLiteral("is empty")};
    const QStringList &header = records.front().fields;
    if (header.size() < 2 || header.front().trimmed() != QLatin1String("turbine_type"))
        return Error{kPowerCurves, QStringLiteral("line 1 must start with \"turbine_type\" followed by wind speeds")};
    QList<double> speeds;
    for (qsizetype c = 1; c < header.size(); ++c) {
        const auto v = finiteNumber(header.at(c));
        if (!v || *v < 0.0 || (!speeds.isEmpty() && *v <= speeds.last()))
            return Error{kPowerCurves, QStringLiteral("line 1, column %1: \"%2\" is not a wind speed above the previous one")
                                           .arg(c + 1).arg(header.at(c))};
        speeds << *v;
    }

    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &r = records.at(i);
        const QString type = r.fields.front().trimmed();
        const QString where = rowName(kPowerCurves, r, type);
        if (type.isEmpty()) {
            lib.m_issues << where + QStringLiteral(": no turbine_type, row skipped");
            continue;
        }
        if (r.fields.size() != header.size()) {
            lib.m_issues << where + QStringLiteral(": %1 fields where the header has %2, row skipped")
                                        .arg(r.fields.size()).arg(header.size());
            continue;
        }
        QList<WindTurbineModel::CurvePoint> points;
        QString bad;
        for (qsizetype c = 1; c < r.fields.size() && bad.isEmpty(); ++c) {
            const QString cell = r.fields.at(c).trimmed();
            if (cell.isEmpty())
                continue; // the maker publishes no value at this speed
            const auto w = finiteNumber(cell);
            if (!w || *w < 0.0)
                bad = QStringLiteral("\"%1\" at %2 m/s is not a power in W").arg(cell).arg(speeds.at(c - 1));
            else
                points << WindTurbineModel::CurvePoint{speeds.at(c - 1), *w};
        }
        if (!bad.isEmpty()) {
            lib.m_issues << where + QStringLiteral(": ") + bad + QStringLiteral(", row skipped");
            continue;
        }
        if (!specs.value().contains(type)) {
            lib.m_issues << where + QStringLiteral(": not in %1 (no nominal power), row skipped").arg(kTurbineData);
            continue;
        }
        if (lib.m_models.contains(type)) {
            lib.m_issues << where + QStringLiteral(": a second curve for this type, the first one is kept");
            continue;
        }
        auto model = WindTurbineModel::fromCurve(specs.value().value(type), points);
        if (!model) {
            lib.m_issues << where + QStringLiteral(": ") + model.error().toString() + QStringLiteral(", row skipped");
            continue;
        }
        lib.m_models.insert(type, std::move(model).value());
    }
    return lib;
}

QStringList WindTurbineLibrary::types() const
{
    QStringList out = m_models.keys();
    out.sort();
    return out;
}

Result<WindTurbineModel> WindTurbineLibrary::model(const QString &type) const
{
    const auto it = m_models.constFind(type);
    if (it == m_models.cend())
        return Error{{}, QStringLiteral("the turbine library has no power curve for \"%1\"").arg(type)};
    return *it;
}

} // namespace et::domain::energy
