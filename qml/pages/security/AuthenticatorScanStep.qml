import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Step one of adding an authenticator: the QR code, who it is for (so the person can check the
// entry their app will create), and the key to type by hand.
ColumnLayout {
    id: root

    property bool busy
    property var error: ({})
    property string issuer
    property string account
    property string secret
    property string uri
    // The QR code beside who it is for, or above it. Given by the dialog from its own width:
    // a grid that chose its columns from the width it was laid out at kept the first choice.
    property bool wide: true

    spacing: Theme.spacingLarge

    Text {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("Scan this code with an authenticator app such as Google Authenticator, Microsoft Authenticator, 1Password or FreeOTP.")
    }
    Spinner {
        Layout.alignment: Qt.AlignHCenter
        size: 32
        running: root.busy
        Accessible.name: qsTr("Preparing your authenticator key")
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.error
    }
    GridLayout {
        Layout.fillWidth: true
        visible: root.uri.length > 0
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.spacingXLarge
        rowSpacing: Theme.spacingLarge

        QrView {
            objectName: "authenticatorQr"
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Layout.preferredWidth: size + 2 * Theme.spacing
            size: 25 * Theme.spacing
            uri: root.uri
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingSmall

            SectionTitle {
                text: qsTr("Your app will show")
            }
            Text {
                objectName: "authenticatorIssuer"
                Layout.fillWidth: true
                text: root.issuer
                color: Theme.text
                font.pixelSize: Theme.cardTitleSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.name: qsTr("Issuer: %1").arg(text)
            }
            Text {
                objectName: "authenticatorAccount"
                Layout.fillWidth: true
                text: root.account
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WrapAnywhere
                Accessible.name: qsTr("Account: %1").arg(text)
            }
        }
    }
    // Below the code, across the whole dialog, so the key takes few lines.
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.uri.length > 0
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: qsTr("Can't scan it? Type this key into your app instead:")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        CopyField {
            objectName: "authenticatorSecret"
            Layout.fillWidth: true
            value: root.secret
            // Groups of four, six to a line: set here rather than by wrapping, so the field's
            // height does not depend on the width (the dialog's layouts kept a stale height).
            displayValue: (root.secret.match(/.{1,24}/g) || [])
                          .map(line => line.replace(/(.{4})(?=.)/g, "$1 ")).join("\n")
            //: Accessible name: the authenticator secret (TOTP key).
            label: qsTr("setup key")
            secret: true
            revealed: true
            hideable: false // the QR code shows it anyway
            monospace: true
            wraps: false
        }
        LinkButton {
            objectName: "authenticatorCopyUri"
            iconName: "link"
            //: Copies the otpauth:// link, which some password managers accept.
            text: qsTr("Copy the setup link (otpauth://)")
            font.pixelSize: Theme.captionSize
            onClicked: Clipboard.copySecret(root.uri)
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Copied keys leave the clipboard after a minute.")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
}
