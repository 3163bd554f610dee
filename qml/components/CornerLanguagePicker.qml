// CornerLanguagePicker: the language choice in the corner of the sign-in screens. It shows a face
// drawn like AppComboBox, and makes the LanguageComboBox (which needs Qt Quick Controls, kept off
// the first screen's path) when it is first used.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

RowLayout {
    id: root

    // As LanguageComboBox shows it until it exists.
    readonly property string displayText: {
        // In LanguageComboBox's words, translated once.
        if (Language.choice === "system")
            return qsTranslate("LanguageComboBox", "System")
        const language = Language.available.find(option => option.code === Language.choice)
        return language ? language.name : Language.choice
    }

    spacing: Theme.spacingSmall

    Icon {
        name: "globe"
        size: 16
        color: Theme.textMuted
    }
    // Fits beside the centred card at the smallest window.
    Item {
        implicitWidth: 130
        implicitHeight: Theme.controlHeight

        ButtonBase {
            id: face
            objectName: "languagePicker"
            readonly property string displayText: root.displayText

            anchors.fill: parent
            visible: box.status !== Loader.Ready
            text: root.displayText
            Accessible.role: Accessible.ComboBox
            Accessible.name: qsTranslate("LanguageComboBox", "Language")
            Accessible.description: text
            onClicked: box.active = true

            Rectangle {
                anchors.fill: parent
                radius: Theme.radiusSmall + 2
                color: face.down ? Theme.hover : Theme.surface
                border.width: 1
                border.color: face.hovered ? Theme.borderStrong : Theme.border

                FocusRing {
                    shown: face.visualFocus
                    baseRadius: Theme.radiusSmall + 2
                }
            }
            Text {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing + 4
                anchors.rightMargin: Theme.spacing + 4 + chevron.width + Theme.spacingSmall
                text: face.text
                font: face.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
            Icon {
                id: chevron
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing + 4
                anchors.verticalCenter: parent.verticalCenter
                name: "chevron-down"
                color: Theme.textMuted
            }
        }
        Loader {
            id: box
            anchors.fill: parent
            active: false
            source: Qt.resolvedUrl("LanguageComboBox.qml")
            onLoaded: {
                item.compact = true
                item.forceActiveFocus()
                item.popup.open()
            }
        }
    }
}
