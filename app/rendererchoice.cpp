// SPDX-License-Identifier: MIT
#include "rendererchoice.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace et::app {

bool RendererChoice::fromString(const QString &name, Renderer *out)
{
    if (name == u"auto")
        *out = Renderer::Auto;
    else if (name == u"opengl")
        *out = Renderer::OpenGL;
    else if (name == u"software")
        *out = Renderer::Software;
    else
        return false;
    return true;
}

QString RendererChoice::openGlRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromLatin1(name) : QString();
    context.doneCurrent();
    return renderer;
}

bool RendererChoice::isSoftwareRasterizer(const QString &renderer)
{
    for (const char *name : {"llvmpipe", "softpipe", "swrast", "SwiftShader", "Software Rasterizer"}) {
        if (renderer.contains(QLatin1String(name), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString RendererChoice::apply(Renderer requested)
{
    if (requested == Renderer::Software) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return QStringLiteral("software scene graph (--renderer software)");
    }
    if (requested == Renderer::OpenGL) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
        return QStringLiteral("OpenGL (--renderer opengl)");
    }
    // QT_QUICK_BACKEND set by the user wins, as Qt documents it.
    if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        return QStringLiteral("as QT_QUICK_BACKEND says (%1)").arg(qEnvironmentVariable("QT_QUICK_BACKEND"));
    const QString renderer = openGlRenderer();
    if (renderer.isEmpty() || isSoftwareRasterizer(renderer)) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        return renderer.isEmpty() ? QStringLiteral("software scene graph (no OpenGL here)")
                                  : QStringLiteral("software scene graph (OpenGL would be %1, a software rasterizer)").arg(renderer);
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::OpenGL);
    return QStringLiteral("OpenGL on %1").arg(renderer);
}

} // namespace et::app
