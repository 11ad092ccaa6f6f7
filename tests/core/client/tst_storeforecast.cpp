// SPDX-License-Identifier: MIT
// The cached forecast and its inputs: the Store keeps a forecast with its inputs whole and gives
// them back as they came; one whose inputs are damaged (NaN, out of range, cut short, of another
// issue) is refused with the field named, nothing is written, and the forecast cached before is
// still the one read — also after reopening the file.
#include "smallisland.h"

#include "client/store.h"
#include "domain/energy/forecastinputsjson.h"
#include "domain/energy/forecastjson.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace et;
using namespace et::domain::energy;

namespace {
const QDateTime kIssued(QDate(2025, 4, 12), QTime(0, 15), Qt::UTC);

domain::Change forecastChange(const QJsonObject &json, qint64 cursor)
{
    QJsonObject data = json;
    data.insert(QStringLiteral("id"), QStringLiteral("current"));
    return {cursor, domain::EntityKind::Forecast, domain::ChangeOp::Upsert, QStringLiteral("current"), data};
}

/// `json` with inputs.outlook.<column>[index] set to `value`.
QJsonObject withOutlookValue(QJsonObject json, const QString &column, qsizetype index, const QJsonValue &value)
{
    QJsonObject inputs = json.value(QStringLiteral("inputs")).toObject();
    QJsonObject outlook = inputs.value(QStringLiteral("outlook")).toObject();
    QJsonArray values = outlook.value(column).toArray();
    if (value.isUndefined())
        values.removeAt(index);
    else
        values[index] = value;
    outlook.insert(column, values);
    inputs.insert(QStringLiteral("outlook"), outlook);
    json.insert(QStringLiteral("inputs"), inputs);
    return json;
}
} // namespace

class TestStoreForecast : public QObject
{
    Q_OBJECT
private slots:
    void theForecastIsCachedWithItsInputs()
    {
        QTemporaryDir dir;
        client::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        const EnergyForecastResult f = test::SmallIsland().issuedForecast(kIssued);
        QVERIFY(store.applyChanges({forecastChange(ForecastJson::toJson(f), 1)}, 1).ok());
        const auto cached = store.forecast();
        QVERIFY(cached.has_value());
        QVERIFY(cached->inputs.has_value());
        QVERIFY(*cached == f);
    }

    void damagedInputsAreRefusedAndTheCachedForecastStays_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("NaN wind") << "wind_ms" << 40 << std::nan("") << "inputs.outlook.wind_ms[40]";
        QTest::newRow("negative sigma") << "wind_log_sigma" << 3 << -0.2 << "inputs.outlook.wind_log_sigma[3]";
        QTest::newRow("cloud of 2") << "cloud_cover" << 0 << 2.0 << "inputs.outlook.cloud_cover[0]";
        QTest::newRow("one hour short") << "temperature_c" << 168 << std::nan("1") << "inputs.outlook.temperature_c";
    }

    void damagedInputsAreRefusedAndTheCachedForecastStays()
    {
        QFETCH(QString, column);
        QFETCH(int, index);
        QFETCH(double, value);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const EnergyForecastResult first = test::SmallIsland().issuedForecast(kIssued);
        const QJsonObject newer = ForecastJson::toJson(test::SmallIsland().issuedForecast(kIssued.addSecs(900)));
        // "one hour short" removes the last value instead of setting it.
        const QJsonValue put = QTest::currentDataTag() == QByteArray("one hour short") ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
        {
            client::Store store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.applyChanges({forecastChange(ForecastJson::toJson(first), 1)}, 1).ok());
            QSignalSpy changed(&store, &client::Store::changed);
            const auto refused = store.applyChanges({forecastChange(withOutlookValue(newer, column, index, put), 2)}, 2);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().toString().contains(field), qPrintable(refused.error().toString()));
            QCOMPARE(changed.count(), 0);
            QCOMPARE(store.cursor(), qint64(1));
            QVERIFY(store.forecast() == first);
        }
        client::Store reopened;
        QVERIFY(reopened.open(path).ok());
        QVERIFY(reopened.forecast() == first);
    }

    void inputsOfAnotherIssueAreRefused()
    {
        QTemporaryDir dir;
        client::Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        QJsonObject json = ForecastJson::toJson(test::SmallIsland().issuedForecast(kIssued));
        json.insert(QStringLiteral("inputs"),
                    ForecastInputsJson::toJson(*test::SmallIsland().issuedForecast(kIssued.addSecs(-3600)).inputs));
        const auto refused = store.applyChanges({forecastChange(json, 1)}, 1);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().toString().contains(QStringLiteral("inputs.outlook.issued")), qPrintable(refused.error().toString()));
        QVERIFY(!store.forecast().has_value());
    }
};

QTEST_GUILESS_MAIN(TestStoreForecast)
#include "tst_storeforecast.moc"
