import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// A JSON Web Token lets a server act as you for 15 minutes. Shows it with a live countdown and
// forgets it when it expires.
Card {
    id: root

    property Operation op: null
    property string jwt: ""
    property double expiresAt: 0
    property int secondsLeft: 0
    readonly property int lifetimeSeconds: 15 * 60

    title: qsTr("JSON Web Token")
    description: qsTr("For developers: a token that lets a server call Appwrite as you for 15 minutes. Anyone holding it can act as you, so share it only with your own backend.")

    function tick() {
        secondsLeft = Math.max(0, Math.round((expiresAt - Date.now()) / 1000))
        if (secondsLeft === 0 && jwt.length > 0)
            jwt = ""
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (!root.op.ok)
                return
            root.jwt = root.op.result.jwt ?? ""
            root.expiresAt = Date.now() + root.lifetimeSeconds * 1000
            root.tick()
        }
    }
    Timer {
        interval: 1000
        repeat: true
        running: root.jwt.length > 0
        onTriggered: root.tick()
    }

    CopyField {
        objectName: "jwtField"
        Layout.fillWidth: true
        visible: root.jwt.length > 0
        value: root.jwt
        label: qsTr("JSON Web Token")
        secret: true
        monospace: true
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.jwt.length > 0
        spacing: Theme.spacingLarge
        Icon {
            name: "clock"
            color: root.secondsLeft < 60 ? Theme.warning : Theme.textMuted
        }
        Text {
            objectName: "jwtCountdown"
            Layout.fillWidth: true
            //: %1 is minutes:seconds left, e.g. "14:32".
            text: qsTr("Expires in %1").arg(Math.floor(root.secondsLeft / 60) + ":" + String(root.secondsLeft % 60).padStart(2, "0"))
            color: root.secondsLeft < 60 ? Theme.warning : Theme.textMuted
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Expires in %n minute(s)", "", Math.ceil(root.secondsLeft / 60))
        }
        LinkButton {
            text: qsTr("Copy as X-Appwrite-JWT header")
            font.pixelSize: Theme.captionSize
            onClicked: Clipboard.copySecret("X-Appwrite-JWT: " + root.jwt)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.jwt.length === 0 && root.expiresAt > 0
        text: qsTr("The last token has expired and was cleared from this window.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
    }

    footer: BusyButton {
        objectName: "createJwt"
        primary: true
        iconName: "key"
        text: root.jwt.length > 0 ? qsTr("Create another") : qsTr("Create token")
        busy: root.op !== null && root.op.busy
        onClicked: root.op = Account.createJwt()
    }
}
