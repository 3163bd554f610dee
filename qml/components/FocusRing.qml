// FocusRing: the visible keyboard-focus outline; place inside a control's background.
// Properties: shown (bind to the control's visualFocus/activeFocus), baseRadius (the background's radius).
import QtQuick
import AppwriteAccount.Ui

// A Loader, so the outline is made the first time a control is reached with the keyboard: most
// controls never are, and every form has many.
Loader {
    id: root

    property bool shown: false
    property real baseRadius: Theme.radiusSmall

    anchors.fill: parent
    anchors.margins: -3
    active: shown
    sourceComponent: outline

    Component {
        id: outline
        Rectangle {
            color: "transparent"
            border.color: Theme.focus
            border.width: Theme.focusWidth
        }
    }
    // Fed from here: the component cannot read this file in Qt 6.4 (see Spinner).
    Binding {
        target: root.item
        property: "radius"
        value: root.baseRadius + 3
    }
}
