// SPDX-License-Identifier: MIT
// A ChartView in the console's chart style: no legend, title or background of its own (the card
// and the forecast backdrop show through), no margins, so the plot is exactly `plotArea`, which
// the time charts set to line up with each other and with their overlays. Not antialiased: a
// minute series decimated to its lowest and highest point per pixel column looks the same either
// way, and Qt Charts paints the whole chart on the GUI thread at every change, which costs a third
// more with antialiasing (bench/energy/bench_charts).
import QtCharts

ChartView {
    antialiasing: false
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    backgroundRoundness: 0
    margins.left: 0
    margins.right: 0
    margins.top: 0
    margins.bottom: 0
    localizeNumbers: true
}
