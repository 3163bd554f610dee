// FocusRing: the visible keyboard-focus outline; place inside a control's background.
// Properties: shown (bind to the control's visualFocus/activeFocus), baseRadius (the background's radius).
import QtQuick
import AppwriteAccount.Ui

Rectangle {
    property bool shown: false
    property real baseRadius: Theme.radiusSmall

    anchors.fill: parent
    anchors.margins: -3
    visible: shown
    radius: baseRadius + 3
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusWidth
}
