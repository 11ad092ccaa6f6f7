// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QRect>
#include <QTransform>

#include <functional>

class QPainter;

namespace et::map {

/// A picture of the map's vector base (land, boundaries, disaster areas) for the software
/// renderer. Painting 43 antialiased regions with QPainter costs several milliseconds a frame,
/// while the picture only changes with the zoom, the content, the colours or the window size — a
/// pan just moves it. So the base is painted once into an image a margin larger than the view and
/// then copied, shifted by the pan, until the zoom or content changes or a pan passes the margin.
/// Over the sea (no raster tiles below) the image is opaque, filled with the sea colour, so the copy
/// is a plain blit without blending.
class BaseLayerCache
{
public:
    /// Paints the base in local map units (the painter's transform is set for that).
    using Paint = std::function<void(QPainter &)>;
    /// Device pixels of margin on every side: a few hundred frames of a slow pan, or one fling.
    static constexpr int kMargin = 256;

    /// Makes the picture current for a frame drawn with `localToDevice` into `deviceViewport`,
    /// painting it again only when needed; returns where (device pixels) to draw image().
    /// `background` is the sea colour, or transparent when something is drawn under the base.
    QPoint prepare(const QTransform &localToDevice, const QRect &deviceViewport, quint64 contentVersion,
                   const QColor &background, const Paint &paint);
    const QImage &image() const { return m_image; }
    /// How often the picture was painted (for tests and benchmarks).
    int paintCount() const { return m_paints; }

private:
    bool covers(const QTransform &localToDevice, const QRect &deviceViewport) const;

    QImage m_image;
    QTransform m_paintedWith; ///< local → device transform of the picture
    QPoint m_origin;          ///< device position of the picture's top-left when painted
    quint64 m_version = ~quint64(0);
    QRgb m_background = 0;
    int m_paints = 0;
};

} // namespace et::map
