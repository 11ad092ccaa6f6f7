// SPDX-License-Identifier: MIT
#pragma once

#include "imagecomparison.h"

#include <QDir>
#include <QImage>
#include <QString>

namespace et::test {

/// Checks rendered images against the control images of one test program, stored in the source
/// tree, as QGIS's render tests do. On a mismatch it writes the rendered image and the difference
/// image (ImageComparison::difference) into the output folder — the test's working folder unless
/// told otherwise, which under ctest is the test's build folder — as
/// `<program>-<case>-rendered.png` and `<program>-<case>-difference.png`, and the failure message
/// names both, so whoever reads a red CI log knows which files to open.
///
/// Control images are made and remade by running the test with ET_WRITE_CONTROL_IMAGES=1 in the
/// environment: a checker allowed to write (see check()) then saves the rendered image as the
/// control instead of comparing. Look at what it wrote before committing it.
class ControlImageChecker
{
public:
    explicit ControlImageChecker(QString controlDir, QString outputDir = QDir::currentPath());

    /// Whether ET_WRITE_CONTROL_IMAGES=1 asks for control images to be written.
    static bool writingControls();
    QString controlPath(const QString &control) const;

    /// Compares `rendered` with `<controlDir>/<control>.png` under `tolerance` and logs what it
    /// measured (qInfo). Returns an empty string when it matches; otherwise what differs and
    /// which files were written. `caseName`
    /// names the written files (e.g. "base-xcb"). When writingControls() and `mayWrite`, the
    /// rendered image becomes the control and the check passes; a checker that may not write
    /// (the second renderer of a shared set) compares as usual.
    QString check(const QString &caseName, const QString &control, const QImage &rendered,
                  const ImageComparison::Tolerance &tolerance, bool mayWrite = true);
    /// What the last comparison measured, for the test's log even when it passed.
    const ImageComparison &lastComparison() const { return m_last; }

private:
    QString outputPath(const QString &caseName, const QString &what) const;
    /// Saves `image` as `path`; an empty string, or why it could not.
    static QString save(const QImage &image, const QString &path);

    QString m_controlDir;
    QString m_outputDir;
    ImageComparison m_last;
};

} // namespace et::test
