import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// The account's preferences, a small key-value store that apps keep for you: edit, check,
// then save all at once or go back to what the server has.
PageFrame {
    id: root

    property Operation saveOp: null

    keepLoaded: prefs.dirty || newPref.holdsInput

    objectName: "preferencesPage"
    title: qsTr("Preferences")
    description: qsTr("Settings that apps built on this project keep for you, such as a theme or a language. Changes are saved together.")

    PreferencesModel {
        id: prefs
        objectName: "preferencesModel"
        account: Account
        Component.onCompleted: reload()
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Your preferences")
        description: qsTr("Values that read as JSON (numbers, true/false, objects, lists) are saved as JSON; anything else as text.")

        Spinner {
            Layout.alignment: Qt.AlignHCenter
            size: 24
            running: prefs.loading && prefs.count === 0
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: prefs.error ?? ({})
        }
        EmptyState {
            objectName: "preferencesEmpty"
            Layout.fillWidth: true
            visible: !prefs.loading && prefs.count === 0
            iconName: "sliders"
            title: qsTr("No preferences yet")
            text: qsTr("Apps that use this account store settings here. You can add your own below.")
        }
        Repeater {
            model: prefs
            delegate: PrefRow {
                id: prefEntry
                required property var model
                Layout.fillWidth: true
                key: prefEntry.model.key ?? ""
                value: prefEntry.model.value ?? ""
                isJson: prefEntry.model.isJson ?? false
                valid: prefEntry.model.valid ?? true
                error: prefEntry.model.error ?? ""
                onKeyEdited: (row, key) => prefs.setKey(row, key)
                onValueEdited: (row, value) => prefs.setValue(row, value)
                onRemoveRequested: (row) => prefs.remove(row)
            }
        }
        NewPrefRow {
            id: newPref
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            onAddRequested: (key, value) => prefs.add(key, value)
        }
        SizeMeter {
            objectName: "preferencesMeter"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            used: prefs.sizeBytes
            limit: prefs.limitBytes
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: root.saveOp && root.saveOp.done && !root.saveOp.ok ? root.saveOp.error : ({})
        }
        Text {
            objectName: "preferencesSaved"
            Layout.fillWidth: true
            visible: root.saveOp !== null && root.saveOp.ok && !prefs.dirty
            text: qsTr("Saved.")
            color: Theme.success
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        footer: [
            BusyButton {
                objectName: "preferencesRevert"
                text: qsTr("Revert")
                enabled: prefs.dirty && !(root.saveOp && root.saveOp.busy)
                Accessible.description: qsTr("Throws away your changes and shows what is saved")
                onClicked: prefs.revert()
            },
            BusyButton {
                objectName: "preferencesSave"
                primary: true
                text: qsTr("Save")
                busy: root.saveOp !== null && root.saveOp.busy
                enabled: !busy && prefs.dirty && prefs.valid && prefs.sizeBytes <= prefs.limitBytes
                onClicked: root.saveOp = prefs.save()
            }
        ]
    }
}
