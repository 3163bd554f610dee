import QtQuick
import QtQuick.Controls

ApplicationWindow {
    id: window

    width: 1024
    height: 720
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("Appwrite Account")
    color: Theme.window

    SignInScreen {
        anchors.fill: parent
    }
}
