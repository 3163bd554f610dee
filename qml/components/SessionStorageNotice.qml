// SessionStorageNotice: says, calmly, when the session is not kept in a system keyring: with none
// the session lives in memory only (sign in again next time) and the person may choose an
// owner-only file instead; with that file, a way to forget it. Invisible while a keyring works.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    readonly property bool inMemory: SessionStorage.mode === "memory"
    readonly property bool inFile: SessionStorage.mode === "file"

    objectName: "sessionStorageNotice"
    visible: inMemory || inFile
    implicitWidth: column.implicitWidth + 2 * Theme.spacing
    implicitHeight: visible ? column.implicitHeight + 2 * Theme.spacing : 0
    radius: Theme.radius
    color: Theme.infoSurface
    Accessible.role: Accessible.StaticText
    Accessible.name: title.text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Icon {
                Layout.alignment: Qt.AlignTop
                name: root.inFile ? "lock" : "info"
                color: Theme.info
            }
            Text {
                id: title
                Layout.fillWidth: true
                text: root.inFile
                      ? qsTr("You stay signed in through a private file on this computer.")
                      : qsTr("You'll need to sign in again next time: no keyring")
                color: Theme.text
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        LinkButton {
            Layout.fillWidth: true
            objectName: root.inFile ? "forgetSessionFile" : "keepSessionInFile"
            text: root.inFile ? qsTr("Forget it") : qsTr("Keep me signed in with a file\u2026")
            font.pixelSize: Theme.captionSize
            onClicked: root.inFile ? SessionStorage.forgetFile() : fileConfirm.open()
        }
    }

    ConfirmDialog {
        id: fileConfirm
        objectName: "sessionFileConfirm"
        title: qsTr("Keep the session in a file?")
        //: %1 is the path of the file.
        text: qsTr("No system keyring (Secret Service or KWallet) is available. The app can keep your session in %1, readable only by your user account but not encrypted: anyone with access to your account or your backups could use it. You can forget it at any time.").arg(SessionStorage.filePath)
        confirmText: qsTr("Keep me signed in")
        onConfirmed: SessionStorage.keepInFile()
    }
}
