// LanguagePicker: the UI language (Core's Language): the system's, or one the app is translated
// into. Switches the running UI at once; the choice is kept across runs. Property: compact (no
// label, for the corner of the sign-in screens).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

RowLayout {
    id: root

    property bool compact: false
    readonly property var options: {
        const list = [{ code: "system", name: qsTr("System language") }]
        for (const language of Language.available)
            list.push(language)
        return list
    }

    spacing: compact ? Theme.spacingSmall : Theme.spacing

    Icon {
        name: "globe"
        size: 16
        color: Theme.textMuted
    }
    Text {
        Layout.fillWidth: true
        visible: !root.compact
        text: qsTr("Language")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        elide: Text.ElideRight
    }
    AppComboBox {
        id: box
        objectName: "languagePicker"
        // Compact, it fits beside the centred card of the sign-in screens at the minimum width.
        Layout.preferredWidth: root.compact ? 130 : Math.max(implicitWidth, 150)
        model: root.options
        textRole: "name"
        valueRole: "code"
        //: The language picker's short label when the app follows the system language.
        displayText: root.compact && Language.choice === "system" ? qsTr("System") : currentText
        currentIndex: root.options.findIndex(option => option.code === Language.choice)
        onActivated: index => Language.choice = root.options[index].code
        Accessible.name: qsTr("Language")
    }
}
