// QrView: the authenticator set-up QR code (C++ QrCode) on a light tile with a quiet zone, the secret
// below in groups of four and copy buttons. Properties: uri (otpauth://…), secret, size (px of the code).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

ColumnLayout {
    id: root

    property string uri
    property string secret
    property int size: 200
    readonly property string groupedSecret: secret.replace(/(.{4})(?=.)/g, "$1 ")

    spacing: Theme.spacingLarge

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: root.size + 2 * Theme.spacing
        implicitHeight: root.size + 2 * Theme.spacing
        radius: Theme.radius
        // Scanners need dark modules on a light field in both themes; QrCode adds its own quiet zone.
        color: Theme.qrBackground
        border.color: Theme.border

        QrCode {
            objectName: "qrCode"
            anchors.centerIn: parent
            width: root.size
            height: root.size
            text: root.uri
            quietZone: 4
            foreground: Theme.qrForeground
            background: Theme.qrBackground
            Accessible.name: qsTr("QR code for your authenticator app")
        }
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Can't scan it? Type this key into your authenticator app instead:")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        visible: root.secret.length > 0
    }
    CopyField {
        objectName: "qrSecret"
        Layout.fillWidth: true
        visible: root.secret.length > 0
        value: root.secret
        displayValue: root.groupedSecret
        //: Accessible name: the authenticator secret (TOTP key).
        label: qsTr("setup key")
        secret: true
        revealed: true
    }
    LinkButton {
        iconName: "link"
        //: Copies the otpauth:// link, which some password managers accept.
        text: qsTr("Copy the setup link instead")
        font.pixelSize: Theme.captionSize
        // With the typed key only: a caller showing the key elsewhere offers the link there.
        visible: root.uri.length > 0 && root.secret.length > 0
        onClicked: {
            Clipboard.copySecret(root.uri)
            text = qsTr("Setup link copied")
        }
    }
}
