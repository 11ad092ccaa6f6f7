// SPDX-License-Identifier: MIT
// A value axis in the console's chart style: small whole-number labels and quiet grid lines.
// ValuesAxis is Qt Charts' other name for ValueAxis (the same QValueAxis): Qt 6.4's type
// description of the module declares QValueAxis twice and the second declaration, which exports
// only "ValuesAxis", hides "ValueAxis" from qmllint.
import QtCharts

ValuesAxis {
    labelFormat: "%.0f"
    labelsFont: Qt.font({ family: Theme.fontFamily, pixelSize: 10 })
    labelsColor: Theme.textSecondary
    gridLineColor: Theme.chartGrid
    lineVisible: false
}
