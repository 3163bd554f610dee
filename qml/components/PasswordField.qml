// PasswordField: a text field whose value is hidden, with a show/hide toggle at the trailing edge.
// Properties: revealable (false turns it into a plain field), revealed, plus AppTextField's.
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

AppTextField {
    id: root

    property bool revealable: true
    property bool revealed: false

    echoMode: revealable && !revealed ? TextInput.Password : TextInput.Normal
    rightPadding: revealable ? toggle.width + Theme.spacing : Theme.spacing + 4
    inputMethodHints: revealable ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone

    ToolButton {
        id: toggle
        objectName: "revealToggle"
        anchors.right: parent.right
        anchors.rightMargin: 2
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.controlHeight - 4
        height: Theme.controlHeight - 4
        visible: root.revealable
        focusPolicy: Qt.StrongFocus
        hoverEnabled: true
        icon.source: Theme.icon(root.revealed ? "eye-off" : "eye", Theme.textMuted)
        icon.color: "transparent" // tinted already
        icon.width: 18
        icon.height: 18
        Accessible.name: root.revealed ? qsTr("Hide password") : qsTr("Show password")
        ToolTip.visible: hovered
        ToolTip.delay: 600
        ToolTip.text: Accessible.name
        onClicked: root.revealed = !root.revealed

        background: Rectangle {
            radius: Theme.radiusSmall
            color: toggle.hovered ? Theme.hover : "transparent"

            FocusRing {
                shown: toggle.visualFocus
                baseRadius: Theme.radiusSmall
            }
        }
    }
}
