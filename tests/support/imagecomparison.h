// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>

#include <array>

namespace et::test {

/// A rendered image compared pixel by pixel with a control image, in the manner of QGIS's render
/// checker: a pixel matches when each of its R, G, B and A channels is within `channelTolerance`
/// of the control's, and the images match when no more than `pixelFraction` of their pixels miss.
/// The allowance is for antialiased edges, which two rasterisers may shade a little differently
/// while drawing the same picture; a shape in the wrong place or the wrong colour misses on far
/// more pixels than its outline.
class ImageComparison
{
public:
    struct Tolerance
    {
        int channel = 0;            ///< largest |rendered − control| of one channel that still matches
        double pixelFraction = 0.0; ///< share of all pixels allowed to miss (0.01 = 1 %)
    };

    /// Compares the two images (converted to ARGB32, straight alpha) and draws the difference.
    static ImageComparison compare(const QImage &rendered, const QImage &control, const Tolerance &tolerance);

    bool sameSize() const { return m_sameSize; }
    /// Pixels compared (0 when the sizes differ).
    qsizetype pixels() const { return m_pixels; }
    /// Pixels with a channel beyond the tolerance's channel difference.
    qsizetype mismatched() const { return m_mismatched; }
    double mismatchedFraction() const { return m_pixels ? double(m_mismatched) / double(m_pixels) : 1.0; }
    /// Largest |rendered − control| seen in each of R, G, B and A.
    std::array<int, 4> maxDifference() const { return m_maxDifference; }
    /// Same size, and no more than the tolerance's share of pixels missed.
    bool matches() const;
    /// "412 of 307200 pixels (0.13 %, 0.50 % allowed) differ by more than 8 in a channel; largest
    /// difference R 255 G 40 B 0 A 0", or how the sizes differ.
    QString summary() const;
    /// The control faded to a light grey, with pixels beyond the tolerance in red and pixels that
    /// differ within it in yellow, so a person sees at once where the frames disagree. Null when the
    /// sizes differ.
    QImage difference() const { return m_difference; }

private:
    bool m_sameSize = false;
    Tolerance m_tolerance;
    qsizetype m_pixels = 0;
    qsizetype m_mismatched = 0;
    std::array<int, 4> m_maxDifference{};
    QImage m_difference;
    QSize m_renderedSize, m_controlSize;
};

} // namespace et::test
