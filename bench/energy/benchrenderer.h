// SPDX-License-Identifier: MIT
#pragma once
// The scene graph the console benchmarks draw with: the one the console picks (app::RendererChoice,
// "auto": the software scene graph where OpenGL is a software rasterizer such as Xvfb's llvmpipe),
// or the one ET_BENCH_RENDERER names (auto, opengl, software) to compare.

#include "rendererchoice.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <optional>

namespace et::bench {

/// Applies the renderer before the first window; what was chosen and why, or nothing (with the
/// reason printed) when ET_BENCH_RENDERER names none of the three.
inline std::optional<QString> applyConsoleRenderer()
{
    app::RendererChoice::Renderer requested = app::RendererChoice::Renderer::Auto;
    if (qEnvironmentVariableIsSet("ET_BENCH_RENDERER")
        && !app::RendererChoice::fromString(qEnvironmentVariable("ET_BENCH_RENDERER"), &requested)) {
        std::fprintf(stderr, "ET_BENCH_RENDERER: auto, opengl or software\n");
        return std::nullopt;
    }
    return app::RendererChoice::apply(requested);
}

} // namespace et::bench
