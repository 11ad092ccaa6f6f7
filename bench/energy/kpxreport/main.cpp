// SPDX-License-Identifier: MIT
// energy_kpx_report: the model's figures beside KPX's real Jeju series, as the Markdown of
// docs/energy-calibration.md's "Figures" — demand, solar, wind, the 1–24 h forecast skill and the
// 2021–2024 curtailment hindcast. Deterministic: the same data and seeds give the same text.
//
//   energy_kpx_report [--seeds N] [--shared-data DIR] [--out FILE]
#include "kpxreportdata.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    et::bench::KpxReportData data = et::bench::loadKpxReportData(option("--shared-data", QStringLiteral(ET_SHARED_DATA_DIR)),
                                                                 QStringLiteral(ET_SOURCE_DIR "/resources/data"));
    data.seeds = std::max(1, option("--seeds", QStringLiteral("20")).toInt());

    QElapsedTimer timer;
    timer.start();
    QString text = QStringLiteral("<!-- written by energy_kpx_report --seeds %1 -->\n\n").arg(data.seeds);
    text += et::bench::demandSection(data) + u'\n';
    text += et::bench::solarSection(data) + u'\n';
    text += et::bench::windSection(data) + u'\n';
    text += et::bench::skillSection(data) + u'\n';
    text += et::bench::curtailmentSection(data);

    const QString out = option("--out", QString());
    if (out.isEmpty()) {
        QTextStream(stdout) << text;
    } else {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s: %s", qPrintable(out), qPrintable(f.errorString()));
        f.write(text.toUtf8());
    }
    QTextStream(stderr) << "energy_kpx_report: " << timer.elapsed() << " ms\n";
    return 0;
}
