// SPDX-License-Identifier: MIT
// The console's scene-graph choice: GL_RENDERER strings of real drivers — Mesa's software
// rasterizers and Google's SwiftShader against Intel, AMD and NVIDIA hardware — sort as they
// should, and --renderer takes auto, opengl and software and refuses anything else by name.
#include "consoleoptions.h"
#include "rendererchoice.h"

#include <QTest>

using et::app::ConsoleOptions;
using et::app::RendererChoice;

class TestRendererChoice : public QObject
{
    Q_OBJECT
private slots:
    void softwareRasterizersAreKnown_data()
    {
        QTest::addColumn<QString>("renderer");
        QTest::addColumn<bool>("software");
        QTest::newRow("llvmpipe") << QStringLiteral("llvmpipe (LLVM 15.0.6, 256 bits)") << true;
        QTest::newRow("softpipe") << QStringLiteral("softpipe") << true;
        QTest::newRow("swiftshader") << QStringLiteral("Google SwiftShader") << true;
        QTest::newRow("swrast") << QStringLiteral("Mesa X11 swrast") << true;
        QTest::newRow("intel") << QStringLiteral("Mesa Intel(R) UHD Graphics 620 (KBL GT2)") << false;
        QTest::newRow("amd") << QStringLiteral("AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)") << false;
        QTest::newRow("nvidia") << QStringLiteral("NVIDIA GeForce RTX 3060/PCIe/SSE2") << false;
    }
    void softwareRasterizersAreKnown()
    {
        QFETCH(QString, renderer);
        QFETCH(bool, software);
        QCOMPARE(RendererChoice::isSoftwareRasterizer(renderer), software);
    }

    void theOptionTakesThreeNames()
    {
        const auto parse = [](const QStringList &extra) {
            return ConsoleOptions::parse(QStringList{QStringLiteral("energytruck-console")} + extra, QStringLiteral("/tmp/et-data"),
                                         QStringLiteral("en_US"));
        };
        QCOMPARE(parse({}).value().renderer, RendererChoice::Renderer::Auto);
        QCOMPARE(parse({QStringLiteral("--renderer"), QStringLiteral("software")}).value().renderer, RendererChoice::Renderer::Software);
        QCOMPARE(parse({QStringLiteral("--renderer"), QStringLiteral("opengl")}).value().renderer, RendererChoice::Renderer::OpenGL);
        const auto bad = parse({QStringLiteral("--renderer"), QStringLiteral("vulkan")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("--renderer"));
        QVERIFY(bad.error().toString().contains(QStringLiteral("vulkan")));
    }
};

QTEST_GUILESS_MAIN(TestRendererChoice)
#include "tst_rendererchoice.moc"
