// SPDX-License-Identifier: MIT
#include "imagecomparison.h"

#include <algorithm>
#include <cstdlib>

namespace et::test {

namespace {
const QRgb kBeyond = qRgb(0xff, 0x00, 0x00);
const QRgb kWithin = qRgb(0xff, 0xd0, 0x00);

/// The control pixel as a light grey: enough of the map to find one's way, pale enough that red
/// and yellow stand out.
QRgb faded(QRgb control)
{
    const int grey = 255 - (255 - qGray(control)) * qAlpha(control) / 255 / 4;
    return qRgb(grey, grey, grey);
}
} // namespace

ImageComparison ImageComparison::compare(const QImage &rendered, const QImage &control, const Tolerance &tolerance)
{
    ImageComparison c;
    c.m_tolerance = tolerance;
    c.m_renderedSize = rendered.size();
    c.m_controlSize = control.size();
    c.m_sameSize = !rendered.isNull() && rendered.size() == control.size();
    if (!c.m_sameSize)
        return c;
    // Straight (not premultiplied) ARGB, so a channel means the same in both whatever their formats.
    const QImage a = rendered.convertToFormat(QImage::Format_ARGB32);
    const QImage b = control.convertToFormat(QImage::Format_ARGB32);
    c.m_difference = QImage(a.size(), QImage::Format_RGB32);
    c.m_pixels = qsizetype(a.width()) * a.height();
    for (int y = 0; y < a.height(); ++y) {
        const auto *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        auto *out = reinterpret_cast<QRgb *>(c.m_difference.scanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const std::array<int, 4> d{std::abs(qRed(ra[x]) - qRed(rb[x])), std::abs(qGreen(ra[x]) - qGreen(rb[x])),
                                       std::abs(qBlue(ra[x]) - qBlue(rb[x])), std::abs(qAlpha(ra[x]) - qAlpha(rb[x]))};
            const int worst = *std::max_element(d.cbegin(), d.cend());
            for (int i = 0; i < 4; ++i)
                c.m_maxDifference[i] = std::max(c.m_maxDifference[i], d[i]);
            if (worst > tolerance.channel) {
                ++c.m_mismatched;
                out[x] = kBeyond;
            } else {
                out[x] = worst > 0 ? kWithin : faded(rb[x]);
            }
        }
    }
    return c;
}

bool ImageComparison::matches() const
{
    return m_sameSize && double(m_mismatched) <= m_tolerance.pixelFraction * double(m_pixels);
}

QString ImageComparison::summary() const
{
    if (!m_sameSize) {
        return QStringLiteral("the rendered image is %1×%2, the control %3×%4")
            .arg(m_renderedSize.width())
            .arg(m_renderedSize.height())
            .arg(m_controlSize.width())
            .arg(m_controlSize.height());
    }
    return QStringLiteral("%1 of %2 pixels (%3 %, %4 % allowed) differ by more than %5 in a channel; "
                          "largest difference R %6 G %7 B %8 A %9")
        .arg(m_mismatched)
        .arg(m_pixels)
        .arg(100.0 * mismatchedFraction(), 0, 'f', 2)
        .arg(100.0 * m_tolerance.pixelFraction, 0, 'f', 2)
        .arg(m_tolerance.channel)
        .arg(m_maxDifference[0])
        .arg(m_maxDifference[1])
        .arg(m_maxDifference[2])
        .arg(m_maxDifference[3]);
}

} // namespace et::test
