// CopyField: a read-only value with a copy button and "Copied" feedback. Properties: value, label
// (what it is, for the button's spoken name), displayValue (how it is shown), secret (masked until
// revealed, copied with Clipboard.copySecret so it leaves the clipboard after a minute), revealed,
// hideable (the show/hide toggle of a secret; off for one that is always shown), monospace,
// wraps (off for a value whose lines are set by displayValue: its height then never depends on
// the width, which dialogs' nested layouts need);
// read-only copied. Signal copiedToClipboard(). A long value wraps and the field grows with it.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string value
    property string displayValue: value
    property string label
    property bool secret: false
    property bool revealed: false
    property bool hideable: secret
    property bool monospace: true
    property bool wraps: true
    property bool copied: false

    signal copiedToClipboard()

    function copy() {
        if (secret)
            Clipboard.copySecret(value)
        else
            Clipboard.copy(value)
        copied = true
        copiedTimer.restart()
        copiedToClipboard()
    }

    onValueChanged: copied = false

    implicitWidth: valueText.implicitWidth + buttons.implicitWidth + 2 * Theme.spacing + 4
    // As tall as the wrapped value with the same padding as a text field, never shorter than one.
    implicitHeight: Math.max(Theme.controlHeight, buttons.implicitHeight + 4,
                             valueText.contentHeight + 2 * Theme.spacingSmall + 4)
    radius: Theme.radiusSmall + 2
    color: Theme.surfaceAlt
    border.color: Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Timer {
        id: copiedTimer
        interval: 2000
        onTriggered: root.copied = false
    }

    TextEdit {
        id: valueText
        objectName: "copyFieldValue"
        // Anchors, unlike x, follow a right-to-left layout.
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing + 4
        anchors.right: buttons.left
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        height: contentHeight
        text: root.secret && !root.revealed ? "\u2022".repeat(Math.min(root.value.length, 24))
                                            : root.displayValue
        readOnly: true
        selectByMouse: !root.secret || root.revealed
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.accentText
        font.pixelSize: Theme.bodySize
        font.family: root.monospace ? Theme.monoFamily : Theme.uiFamily
        wrapMode: root.wraps ? TextEdit.Wrap : TextEdit.NoWrap
        clip: !root.wraps
        Accessible.role: Accessible.StaticText
        Accessible.name: root.secret && !root.revealed ? qsTr("%1, hidden").arg(root.label)
                                                       : root.displayValue
    }
    Row {
        id: buttons
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingSmall

        ToolButton {
            id: revealButton
            width: 32
            height: 32
            anchors.verticalCenter: parent.verticalCenter
            visible: root.hideable
            focusPolicy: Qt.StrongFocus
            icon.source: Theme.icon(root.revealed ? "eye-off" : "eye", Theme.textMuted)
            icon.color: "transparent" // tinted already
            icon.width: 16
            icon.height: 16
            Accessible.name: root.revealed ? qsTr("Hide %1").arg(root.label) : qsTr("Show %1").arg(root.label)
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: Accessible.name
            onClicked: root.revealed = !root.revealed
            background: Rectangle {
                radius: Theme.radiusSmall
                color: revealButton.hovered ? Theme.hover : "transparent"

                FocusRing {
                    shown: revealButton.visualFocus
                }
            }
        }
        BusyButton {
            objectName: "copyButton"
            flat: true
            iconName: root.copied ? "check" : "copy"
            //: Button label; after a click it briefly reads "Copied".
            text: root.copied ? qsTr("Copied") : qsTr("Copy")
            implicitHeight: 32
            leftPadding: Theme.spacing + 2
            rightPadding: Theme.spacing + 2
            Accessible.name: root.label.length > 0 ? qsTr("Copy %1").arg(root.label) : qsTr("Copy")
            ToolTip.visible: hovered && root.secret
            ToolTip.delay: 600
            ToolTip.text: qsTr("Copied secrets are cleared from the clipboard after a minute.")
            onClicked: root.copy()
        }
    }
    // Tells screen readers the copy worked; the button's label changes only visually.
    Text {
        visible: false
        text: root.copied ? qsTr("Copied to the clipboard") : ""
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
