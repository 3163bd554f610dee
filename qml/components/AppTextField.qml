// AppTextField: the app's themed single-line text field. Properties: invalid (red border), plus TextField's.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

TextField {
    id: root

    property bool invalid: false

    implicitHeight: Math.max(Theme.controlHeight, contentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    font.pixelSize: Theme.bodySize
    color: Theme.text
    placeholderTextColor: Theme.placeholder
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    selectByMouse: true
    verticalAlignment: TextInput.AlignVCenter
    Accessible.name: placeholderText

    background: Rectangle {
        implicitWidth: 200
        implicitHeight: Theme.controlHeight
        radius: Theme.radiusSmall + 2
        color: root.readOnly ? Theme.surfaceAlt : Theme.surface
        border.width: root.activeFocus || root.invalid ? 2 : 1
        border.color: root.invalid ? Theme.danger
                                   : root.activeFocus ? Theme.focus
                                                      : root.hovered ? Theme.borderStrong : Theme.border
        opacity: root.enabled ? 1 : 0.6
    }
}
