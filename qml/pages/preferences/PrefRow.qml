import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

// One preference: its key, its value (text, or JSON when it parses as JSON), and what is wrong
// with it, if anything.
ColumnLayout {
    id: root

    required property int index
    required property string key
    required property string value
    required property bool isJson
    required property bool valid
    required property string error

    signal keyEdited(int row, string key)
    signal valueEdited(int row, string value)
    signal removeRequested(int row)

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        AppTextField {
            objectName: "prefKey"
            Layout.preferredWidth: 22 * Theme.spacing
            text: root.key
            placeholderText: qsTr("Key")
            invalid: !root.valid && root.key.trim().length === 0
            Accessible.name: qsTr("Key of preference %1").arg(root.index + 1)
            onTextEdited: root.keyEdited(root.index, text)
        }
        AppTextField {
            objectName: "prefValue"
            Layout.fillWidth: true
            text: root.value
            font.family: Theme.monoFamily
            placeholderText: qsTr("Value: text, a number, true/false, or JSON")
            invalid: !root.valid && root.key.trim().length > 0
            Accessible.name: qsTr("Value of %1").arg(root.key)
            onTextEdited: root.valueEdited(root.index, text)
        }
        StatusBadge {
            Layout.preferredWidth: 6 * Theme.spacing
            text: root.isJson ? qsTr("JSON") : qsTr("Text")
            tone: root.isJson ? "info" : "neutral"
        }
        BusyButton {
            objectName: "prefRemove"
            flat: true
            iconName: "trash"
            Accessible.name: qsTr("Delete %1").arg(root.key)
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.removeRequested(root.index)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        color: Theme.danger
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
