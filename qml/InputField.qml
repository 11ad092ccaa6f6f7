// SPDX-License-Identifier: MIT
// A text field in the console's calm style: rounded, white, a focus ring when focused.
import QtQuick
import QtQuick.Controls

TextField {
    id: field
    // What it is for, until a caller names it better. (Its accessible description is its
    // placeholderText: TextField sets it so whenever accessibility is active.)
    Accessible.name: placeholderText
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.textPrimary
    placeholderTextColor: Theme.textTertiary
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingS + 2
    bottomPadding: Theme.spacingS + 2
    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
        FocusRing { shown: field.activeFocus; radius: parent.radius }
    }
}
