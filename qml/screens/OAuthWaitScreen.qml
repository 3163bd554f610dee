// OAuth: opens the provider's sign-in in the browser and waits; the address the browser ends on
// can be pasted to finish. Property: provider (Appwrite provider id).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui
import "providers.js" as Providers
import "callbacklink.js" as CallbackLink

AuthScreen {
    id: root

    property string provider
    property string authUrl
    property Operation completeOp
    readonly property string providerName: Providers.name(provider)
    readonly property var link: CallbackLink.parse(linkField.text)

    function open() {
        authUrl = Account.oauthUrl(provider, [])
        if (authUrl.length > 0)
            Qt.openUrlExternally(authUrl)
    }
    function complete() {
        if (link.valid && !(completeOp && completeOp.busy))
            completeOp = Account.completeToken(link.userId, link.secret)
    }

    Component.onCompleted: open()

    objectName: "OAuthWait"
    //: %1 is a provider such as GitHub.
    title: qsTr("Continue with %1").arg(providerName)
    description: qsTr("Finish signing in with %1 in your browser. When it is done, this window continues on its own.")
                 .arg(providerName)
    backVisible: true

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing + 2
        visible: root.authUrl.length > 0

        Spinner {}
        Text {
            Layout.fillWidth: true
            text: qsTr("Waiting for %1\u2026").arg(root.providerName)
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.completeOp && root.completeOp.error ? root.completeOp.error
               : root.authUrl.length === 0 ? Account.lastError : ({})
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BusyButton {
            objectName: "reopenButton"
            Layout.fillWidth: true
            iconName: "external"
            text: qsTr("Open the browser again")
            onClicked: root.open()
        }
        BusyButton {
            objectName: "copyLinkButton"
            iconName: "copy"
            text: qsTr("Copy link")
            enabled: root.authUrl.length > 0
            Accessible.name: qsTr("Copy the sign-in address")
            onClicked: Clipboard.copy(root.authUrl)
        }
    }
    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Browser did not come back?")
    }
    FormField {
        id: linkField
        objectName: "linkField"
        Layout.fillWidth: true
        label: qsTr("Address the browser ended on")
        placeholderText: qsTr("Paste it here")
        errorText: text.trim().length > 0 && !root.link.valid
                   ? qsTr("This address has no sign-in details. Copy it from the browser's address bar.") : ""
        onAccepted: root.complete()
    }
    RowLayout {
        Layout.fillWidth: true

        BusyButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            onClicked: root.flow.back()
        }
        Item {
            Layout.fillWidth: true
        }
        BusyButton {
            objectName: "completeButton"
            primary: true
            busy: root.completeOp !== null && root.completeOp.busy
            enabled: !busy && root.link.valid
            text: qsTr("Sign in")
            onClicked: root.complete()
        }
    }
}
