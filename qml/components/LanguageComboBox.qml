// LanguageComboBox: the UI language (Core's Language) to choose from: the system's, or one the app
// is translated into. Switches the running UI at once; the choice is kept across runs.
// Property: compact (reads "System" rather than "System language" when that is the choice).
import QtQuick
import AppwriteAccount.Core
import AppwriteAccount.Ui

AppComboBox {
    id: root

    property bool compact: false
    readonly property var options: {
        const list = [{ code: "system", name: qsTr("System language") }]
        for (const language of Language.available)
            list.push(language)
        return list
    }

    objectName: "languagePicker"
    model: options
    textRole: "name"
    valueRole: "code"
    //: The language picker's short label when the app follows the system language.
    displayText: compact && Language.choice === "system" ? qsTr("System") : currentText
    currentIndex: options.findIndex(option => option.code === Language.choice)
    onActivated: index => Language.choice = options[index].code
    Accessible.name: qsTr("Language")
}
