// AccountMenu: the account switcher: who is signed in, other saved connections, add an account,
// the theme choice and sign out. Signal addAccountRequested().
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Popup {
    id: root

    property Operation signOutOp

    signal addAccountRequested()

    width: 300
    padding: Theme.spacing
    modal: false
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        SectionTitle {
            Layout.leftMargin: Theme.spacing
            topPadding: Theme.spacingSmall
            text: qsTr("Accounts")
        }
        Repeater {
            model: Connections.model

            MenuRow {
                required property string connectionId
                required property string label
                required property string accountEmail
                required property bool isSandbox
                Layout.fillWidth: true
                objectName: "switch_" + connectionId
                iconName: isSandbox ? "flask" : "server"
                text: label
                detail: accountEmail.length > 0 ? accountEmail : qsTr("Not signed in")
                checked: Connections.current === connectionId
                onClicked: {
                    root.close()
                    if (Connections.current !== connectionId)
                        Connections.select(connectionId)
                }
            }
        }
        MenuRow {
            objectName: "addAccountItem"
            Layout.fillWidth: true
            iconName: "plus"
            text: qsTr("Add another account\u2026")
            onClicked: {
                root.close()
                root.addAccountRequested()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            Layout.bottomMargin: Theme.spacingSmall
            implicitHeight: 1
            color: Theme.border
        }
        SectionTitle {
            Layout.leftMargin: Theme.spacing
            topPadding: 0
            text: qsTr("Appearance")
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Appearance")

            Repeater {
                model: [
                    { mode: "system", text: qsTr("System"), icon: "monitor" },
                    { mode: "light", text: qsTr("Light"), icon: "sun" },
                    { mode: "dark", text: qsTr("Dark"), icon: "moon" }
                ]

                BusyButton {
                    required property var modelData
                    Layout.fillWidth: true
                    objectName: "theme_" + modelData.mode
                    checkable: true
                    checked: Theme.mode === modelData.mode
                    primary: checked
                    iconName: modelData.icon
                    text: modelData.text
                    leftPadding: Theme.spacing
                    rightPadding: Theme.spacing
                    onClicked: Theme.mode = modelData.mode
                }
            }
        }
        LanguagePicker {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            Layout.topMargin: Theme.spacingSmall
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacingSmall
            implicitHeight: 1
            color: Theme.border
        }
        // Where the session is kept, when it is not a keyring: the same choice as the sidebar
        // notice, which the person may have closed.
        MenuRow {
            readonly property bool inFile: SessionStorage.mode === "file"
            objectName: "sessionStorageItem"
            Layout.fillWidth: true
            visible: inFile || SessionStorage.mode === "memory"
            iconName: inFile ? "lock" : "info"
            detailWraps: true
            text: inFile ? qsTr("Forget the session file") : qsTr("Keep me signed in with a file\u2026")
            detail: inFile ? qsTr("You stay signed in through a private file on this computer.")
                           : qsTr("You'll need to sign in again next time: no keyring")
            onClicked: {
                root.close()
                if (inFile)
                    SessionStorage.forgetFile()
                else
                    fileConfirm.open()
            }
        }
        MenuRow {
            objectName: "signOutItem"
            Layout.fillWidth: true
            iconName: "sign-out"
            text: qsTr("Sign out")
            detail: qsTr("Only on this computer")
            busy: root.signOutOp !== null && root.signOutOp.busy
            onClicked: root.signOutOp = Account.signOut()
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: root.signOutOp && root.signOutOp.error ? root.signOutOp.error : ({})
        }
    }

    SessionFileConfirm {
        id: fileConfirm
    }
}
