import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

// Sign in with email and password; the other methods follow below the form.
Item {
    id: root

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 4 * Theme.spacing, 420)
        title: qsTr("Sign in")
        description: AppInfo.sandboxEndpoint.length > 0
                     ? qsTr("Local sandbox at %1").arg(AppInfo.sandboxEndpoint)
                     : qsTr("Sign in to your Appwrite account.")

        Label {
            text: qsTr("Email")
        }
        TextField {
            id: email
            objectName: "emailField"
            Layout.fillWidth: true
            placeholderText: qsTr("you@example.com")
            Accessible.name: qsTr("Email")
            focus: true
        }
        Label {
            text: qsTr("Password")
        }
        TextField {
            id: password
            objectName: "passwordField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            Accessible.name: qsTr("Password")
        }
        Button {
            objectName: "signInButton"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Sign in")
            enabled: email.text.length > 0 && password.text.length > 0
        }
    }
}
