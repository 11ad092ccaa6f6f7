// SPDX-License-Identifier: MIT
#include "controlimagechecker.h"

#include <QCoreApplication>
#include <QDebug>
#include <QFileInfo>
#include <QImageWriter>

namespace et::test {

ControlImageChecker::ControlImageChecker(QString controlDir, QString outputDir)
    : m_controlDir(std::move(controlDir)), m_outputDir(std::move(outputDir))
{
}

bool ControlImageChecker::writingControls()
{
    return qEnvironmentVariable("ET_WRITE_CONTROL_IMAGES") == u"1";
}

QString ControlImageChecker::controlPath(const QString &control) const
{
    return QDir(m_controlDir).filePath(control + QStringLiteral(".png"));
}

QString ControlImageChecker::outputPath(const QString &caseName, const QString &what) const
{
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    return QDir(m_outputDir).absoluteFilePath(QStringLiteral("%1-%2-%3.png").arg(program, caseName, what));
}

QString ControlImageChecker::save(const QImage &image, const QString &path)
{
    QImageWriter writer(path, "png");
    return writer.write(image) ? QString() : QStringLiteral("%1 could not be written: %2").arg(path, writer.errorString());
}

QString ControlImageChecker::check(const QString &caseName, const QString &control, const QImage &rendered,
                                   const ImageComparison::Tolerance &tolerance, bool mayWrite)
{
    const QString controlFile = controlPath(control);
    if (writingControls() && mayWrite) {
        m_last = ImageComparison::compare(rendered, rendered, tolerance);
        const QString error = save(rendered, controlFile);
        if (error.isEmpty())
            qInfo().noquote() << "control image written:" << controlFile;
        return error;
    }

    const QImage expected(controlFile);
    const QString renderedFile = outputPath(caseName, QStringLiteral("rendered"));
    if (expected.isNull()) {
        m_last = ImageComparison::compare(rendered, expected, tolerance);
        const QString error = save(rendered, renderedFile);
        return QStringLiteral("no control image %1 (ET_WRITE_CONTROL_IMAGES=1 writes it); the rendered image is %2")
            .arg(controlFile, error.isEmpty() ? renderedFile : error);
    }
    m_last = ImageComparison::compare(rendered, expected, tolerance);
    // Logged when it passes too: how close a frame came is what tells a tolerance is still right.
    qInfo().noquote() << caseName << "against" << controlFile + u':' << m_last.summary();
    if (m_last.matches())
        return {};

    QString written = save(rendered, renderedFile);
    written = written.isEmpty() ? QStringLiteral("rendered image: %1").arg(renderedFile) : written;
    if (m_last.sameSize()) {
        const QString differenceFile = outputPath(caseName, QStringLiteral("difference"));
        const QString error = save(m_last.difference(), differenceFile);
        written += error.isEmpty() ? QStringLiteral("; difference image (red: beyond the tolerance): %1").arg(differenceFile)
                                   : QStringLiteral("; ") + error;
    }
    return QStringLiteral("%1 does not match %2: %3; %4").arg(caseName, controlFile, m_last.summary(), written);
}

} // namespace et::test
