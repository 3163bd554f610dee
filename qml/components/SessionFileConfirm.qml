// SessionFileConfirm: asks before keeping the session in an owner-only file when there is no
// keyring (the sidebar notice and the account menu both offer it).
import QtQuick
import AppwriteAccount.Core
import AppwriteAccount.Ui

ConfirmDialog {
    objectName: "sessionFileConfirm"
    title: qsTr("Keep the session in a file?")
    //: %1 is the path of the file.
    text: qsTr("No system keyring (Secret Service or KWallet) is available. The app can keep your session in %1, readable only by your user account but not encrypted: anyone with access to your account or your backups could use it. You can forget it at any time.").arg(SessionStorage.filePath)
    confirmText: qsTr("Keep me signed in")
    onConfirmed: SessionStorage.keepInFile()
}
