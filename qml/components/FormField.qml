// FormField: a label above a text field with help or error text below. Properties: label, text,
// placeholderText, password (hidden, with a show/hide toggle), errorText, helpText, field (the input),
// readOnly, inputMethodHints, validator, maximumLength; signal accepted() on Enter.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

ColumnLayout {
    id: root

    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias readOnly: input.readOnly
    property alias inputMethodHints: input.inputMethodHints
    property alias validator: input.validator
    property alias maximumLength: input.maximumLength
    property alias field: input
    property bool password: false
    property string errorText
    property string helpText

    signal accepted()

    function forceActiveFocus() {
        input.forceActiveFocus()
    }

    spacing: Theme.spacingSmall + 2

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.text
        font.pixelSize: Theme.bodySize
        font.weight: Font.Medium
        wrapMode: Text.Wrap
        visible: text.length > 0
    }
    PasswordField {
        id: input
        Layout.fillWidth: true
        revealable: root.password
        invalid: root.errorText.length > 0
        Accessible.name: root.label
        Accessible.description: root.errorText.length > 0 ? root.errorText : root.helpText
        onAccepted: root.accepted()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall + 2
        visible: root.errorText.length > 0

        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 1
            name: "alert"
            size: 14
            color: Theme.danger
        }
        Text {
            objectName: "fieldError"
            Layout.fillWidth: true
            text: root.errorText
            color: Theme.danger
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.helpText
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        visible: text.length > 0 && root.errorText.length === 0
    }
}
