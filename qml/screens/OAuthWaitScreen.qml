// OAuth: opens the provider's sign-in in the system browser and waits for the browser to come back
// to the app's loopback listener (BrowserSignIn), with a countdown. Fallbacks: open the browser
// again, copy the address for another browser, or paste the address the browser ended on.
// Property: provider (Appwrite provider id).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui
import "providers.js" as Providers
import "callbacklink.js" as CallbackLink

AuthScreen {
    id: root

    property string provider
    readonly property string providerName: Providers.name(provider)
    readonly property var link: CallbackLink.parse(linkField.text)
    readonly property Operation signInOp: signIn.operation
    // The browser came back (or an address was pasted) and the session is being created.
    readonly property bool exchanging: signInOp !== null && signInOp.busy && !signIn.waiting
    readonly property bool failed: signInOp !== null && signInOp.done && !signInOp.ok
    readonly property string countdown: {
        const seconds = signIn.secondsLeft
        return Math.floor(seconds / 60) + (seconds % 60 < 10 ? ":0" : ":") + seconds % 60
    }

    function open() {
        signIn.start(provider, [])
    }
    function complete() {
        if (link.valid && !exchanging)
            signIn.complete(link.userId, link.secret)
    }

    Component.onCompleted: open()
    // Leaving the screen ends the wait and closes the listening port (as does its destruction).
    onBackRequested: signIn.cancel()

    objectName: "OAuthWait"
    //: %1 is a provider such as GitHub.
    title: qsTr("Continue with %1").arg(providerName)
    description: qsTr("Finish signing in with %1 in your browser. When it is done, this window continues on its own.")
                 .arg(providerName)
    backVisible: true

    BrowserSignIn {
        id: signIn
        account: Account
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing + 2
        visible: signIn.waiting || root.exchanging

        Spinner {}
        Text {
            objectName: "waitingText"
            Layout.fillWidth: true
            text: root.exchanging ? qsTr("Signing you in\u2026")
                  //: %1 is a provider such as GitHub, %2 the time left, as 4:59.
                  : qsTr("Waiting for %1\u2026 (%2 left)").arg(root.providerName).arg(root.countdown)
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    ErrorBanner {
        objectName: "noBrowserBanner"
        Layout.fillWidth: true
        visible: signIn.waiting && !signIn.browserOpened
        text: qsTr("No browser opened. Copy the sign-in address and open it in your browser.")
    }
    ErrorBanner {
        Layout.fillWidth: true
        // Cancelling is the person's own doing, not an error to show.
        error: root.failed && root.signInOp.error.kind !== "cancelled" ? root.signInOp.error : ({})
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BusyButton {
            objectName: "reopenButton"
            Layout.fillWidth: true
            iconName: "external"
            primary: !signIn.waiting && !root.exchanging
            enabled: !root.exchanging
            text: signIn.waiting ? qsTr("Open the browser again") : qsTr("Start again")
            onClicked: signIn.waiting ? signIn.openBrowser() : root.open()
        }
        BusyButton {
            objectName: "copyLinkButton"
            iconName: "copy"
            primary: signIn.waiting && !signIn.browserOpened
            text: qsTr("Copy link")
            enabled: signIn.waiting && signIn.url.length > 0
            Accessible.name: qsTr("Copy the sign-in address, to open it in another browser")
            onClicked: Clipboard.copy(signIn.url)
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
            onClicked: root.backRequested()
        }
        Item {
            Layout.fillWidth: true
        }
        BusyButton {
            objectName: "completeButton"
            primary: true
            busy: root.exchanging
            enabled: !busy && root.link.valid
            text: qsTr("Sign in")
            onClicked: root.complete()
        }
    }
}
