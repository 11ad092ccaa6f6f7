// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace et::app {

/// Which Qt Quick scene graph the console draws with, chosen once before the first window.
/// `auto` (the default) asks OpenGL who would render: a GPU's driver keeps OpenGL; a software
/// rasterizer (Mesa's llvmpipe or softpipe, as on a laptop without a GPU driver, a VM, a remote
/// desktop or xvfb) or no OpenGL at all picks Qt Quick's software scene graph instead, which
/// repaints only what changed — on such a machine it draws the console's views in a fraction of
/// llvmpipe's time (docs/architecture.md "Renderer"). `opengl` and `software` force one.
class RendererChoice
{
public:
    enum class Renderer { Auto, OpenGL, Software };

    /// Sets the scene graph for `requested`; returns what was chosen and why, for the log.
    static QString apply(Renderer requested);
    /// "ko"-independent names for the option: auto, opengl, software.
    static bool fromString(const QString &name, Renderer *out);
    /// The OpenGL renderer string of a throw-away context, or "" when none can be made.
    static QString openGlRenderer();
    /// Whether `renderer` (GL_RENDERER) names a software rasterizer.
    static bool isSoftwareRasterizer(const QString &renderer);
};

} // namespace et::app
