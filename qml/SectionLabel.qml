// SPDX-License-Identifier: MIT
// A small heading inside a card.
import QtQuick

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    color: Theme.textPrimary
}
