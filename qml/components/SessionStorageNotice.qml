// SessionStorageNotice: says, calmly, when the session is not kept in a system keyring: with none
// the session lives in memory only (sign in again next time) and the person may choose an
// owner-only file instead; with that file, a way to forget it. Invisible while a keyring works,
// and once closed (SessionStorage.noticeDismissed, kept on this machine): the account menu still
// offers the same choice.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    readonly property bool inMemory: SessionStorage.mode === "memory"
    readonly property bool inFile: SessionStorage.mode === "file"

    objectName: "sessionStorageNotice"
    visible: (inMemory || inFile) && !SessionStorage.noticeDismissed
    implicitWidth: column.implicitWidth + Theme.spacing + Theme.spacingSmall
    implicitHeight: visible ? column.implicitHeight + Theme.spacing + Theme.spacingSmall : 0
    radius: Theme.radius
    color: Theme.infoSurface
    Accessible.role: Accessible.StaticText
    Accessible.name: title.text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.topMargin: Theme.spacingSmall
        anchors.bottomMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Icon {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacingSmall
                name: root.inFile ? "lock" : "info"
                color: Theme.info
            }
            Text {
                id: title
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingSmall
                text: root.inFile
                      ? qsTr("You stay signed in through a private file on this computer.")
                      : qsTr("You'll need to sign in again next time: no keyring")
                color: Theme.text
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            IconButton {
                objectName: "dismissSessionStorageNotice"
                Layout.alignment: Qt.AlignTop
                size: 24
                iconName: "close"
                //: Closes the sidebar notice about the keyring; the choice stays in the account menu.
                text: qsTr("Hide this notice (the account menu keeps the choice)")
                onClicked: SessionStorage.noticeDismissed = true
            }
        }
        LinkButton {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.iconSize + Theme.spacing
            objectName: root.inFile ? "forgetSessionFile" : "keepSessionInFile"
            text: root.inFile ? qsTr("Forget it") : qsTr("Keep me signed in with a file\u2026")
            font.pixelSize: Theme.captionSize
            onClicked: root.inFile ? SessionStorage.forgetFile() : fileConfirm.open()
        }
    }

    SessionFileConfirm {
        id: fileConfirm
    }
}
