// SPDX-License-Identifier: MIT
#include "resultreport.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace et::bench {

ResultReport::ResultReport(const QString &jsonPath) : m_out(stdout)
{
    if (!jsonPath.isEmpty()) {
        m_json.setFileName(jsonPath);
        if (!m_json.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            progress(QStringLiteral("cannot write %1; JSON lines go to stdout only").arg(jsonPath));
    }
}

void ResultReport::section(const QString &title)
{
    m_out << "\n== " << title << " ==\n";
    m_out.flush();
}

void ResultReport::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < widths.size(); ++i)
            padded.append(i == 0 ? cells.value(i).leftJustified(widths[i]) : cells.value(i).rightJustified(widths[i]));
        m_out << "  " << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(headers);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, u'-'));
    m_out << "  " << rule.join(QStringLiteral("  ")) << '\n';
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

void ResultReport::figure(const QString &name, QJsonObject values)
{
    values.insert(QStringLiteral("figure"), name);
    const QByteArray json = QJsonDocument(values).toJson(QJsonDocument::Compact);
    m_out << QString::fromUtf8(json) << '\n';
    m_out.flush();
    if (m_json.isOpen()) {
        m_json.write(json + '\n');
        m_json.flush();
    }
}

void ResultReport::note(const QString &text)
{
    m_out << "  " << text << '\n';
    m_out.flush();
}

void ResultReport::progress(const QString &text)
{
    std::fprintf(stderr, "bench_load: %s\n", qPrintable(text));
    std::fflush(stderr);
}

bool ResultReport::check(bool ok, const QString &what)
{
    if (!ok) {
        ++m_failed;
        m_out << "  CHECK FAILED: " << what << '\n';
        m_out.flush();
    }
    return ok;
}

QString ResultReport::num(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace et::bench
