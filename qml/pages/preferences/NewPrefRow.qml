import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// Adds a preference: a key and a value, then Add (or Enter).
RowLayout {
    id: root

    readonly property bool holdsInput: keyField.text.length > 0 || valueField.text.length > 0

    signal addRequested(string key, string value)

    function add() {
        if (!addButton.enabled)
            return
        root.addRequested(keyField.text.trim(), valueField.text)
        keyField.text = ""
        valueField.text = ""
        keyField.forceActiveFocus()
    }

    spacing: Theme.spacing

    AppTextField {
        id: keyField
        objectName: "newPrefKey"
        Layout.preferredWidth: 22 * Theme.spacing
        placeholderText: qsTr("New key")
        Accessible.name: qsTr("Key of the new preference")
        onAccepted: valueField.forceActiveFocus()
    }
    AppTextField {
        id: valueField
        objectName: "newPrefValue"
        Layout.fillWidth: true
        font.family: Theme.monoFamily
        placeholderText: qsTr("Value")
        Accessible.name: qsTr("Value of the new preference")
        onAccepted: root.add()
    }
    BusyButton {
        id: addButton
        objectName: "newPrefAdd"
        iconName: "plus"
        text: qsTr("Add")
        enabled: keyField.text.trim().length > 0
        onClicked: root.add()
    }
}
