// PasswordField: a text field whose value is hidden, with a show/hide toggle at the trailing edge.
// Properties: revealable (false turns it into a plain field), revealed, plus AppTextField's.
import QtQuick
import AppwriteAccount.Ui

AppTextField {
    id: root

    property bool revealable: true
    property bool revealed: false

    echoMode: revealable && !revealed ? TextInput.Password : TextInput.Normal
    rightPadding: revealable ? toggle.width + Theme.spacing : Theme.spacing + 4
    inputMethodHints: revealable ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone

    IconButton {
        id: toggle
        objectName: "revealToggle"
        anchors.right: parent.right
        anchors.rightMargin: 2
        anchors.verticalCenter: parent.verticalCenter
        size: Theme.controlHeight - 4
        visible: root.revealable
        iconName: root.revealed ? "eye-off" : "eye"
        iconSize: 18
        text: root.revealed ? qsTr("Hide password") : qsTr("Show password")
        onClicked: root.revealed = !root.revealed
    }
}
