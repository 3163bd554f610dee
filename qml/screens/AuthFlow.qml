// The screens before sign-in, one centred card at a time: Connect, SignIn and its methods, the MFA
// challenge. Screens call flow.show(name, properties) / flow.back(); names are files <Name>Screen.qml.
import QtQuick
import QtQml as Qml
import AppwriteAccount.Core
import AppwriteAccount.Ui

FocusScope {
    id: root

    // A signed-in person adding another account may leave the flow from its first screen.
    property bool canCancel: false
    // OAuth providers offered on the sign-in screen (Appwrite provider ids), in this order.
    property var providers: ["github", "google", "apple", "microsoft", "gitlab", "discord"]
    readonly property string currentScreen: stack.currentItem ? stack.currentItem.objectName : ""
    readonly property Item currentItem: stack.currentItem
    readonly property bool transitioning: stack.busy
    // The first screen is still being compiled (the window shows meanwhile).
    readonly property bool waiting: stack.waiting

    signal cancelled()

    function url(name: string): url {
        return Qt.resolvedUrl(name + "Screen.qml")
    }
    function show(name: string, properties: var) {
        const props = properties || {}
        props.flow = root
        stack.push(url(name), props, false)
    }
    function replace(name: string, properties: var) {
        const props = properties || {}
        props.flow = root
        stack.replace(url(name), props)
    }
    function reset(name: string) {
        stack.clear()
        stack.push(url(name), { flow: root }, true)
    }
    // As reset, but the window may show before the screen is compiled (the app's first screen).
    function resetWhenReady(name: string) {
        stack.clear()
        stack.pushWhenReady(url(name), { flow: root })
    }
    function back() {
        if (stack.depth > 1)
            stack.pop()
        else if (canCancel)
            cancelled()
    }
    // MFA may already be pending when the flow is created (a restored session that still needs
    // its second step).
    function start() {
        resetWhenReady(Account.connected ? "SignIn" : "Connect")
        if (mfaPending)
            show("MfaChallenge", {})
    }

    readonly property bool connected: Account.connected
    readonly property string connection: Connections.current
    readonly property bool mfaPending: Account.mfaPending
    readonly property bool signedIn: Account.signedIn
    // Set once the flow is complete: the properties above report their first values while it
    // is being created, and each report would otherwise build (and throw away) a first screen.
    property bool started: false
    onConnectionChanged: if (started && !signedIn && !canCancel) start()
    onConnectedChanged: if (started && !signedIn && !canCancel) start()
    onMfaPendingChanged: if (started && mfaPending && currentScreen !== "MfaChallenge") show("MfaChallenge", {})
    Component.onCompleted: {
        started = true
        start()
    }

    // A recovery link opened the app.
    Qml.Connections {
        target: CallbackRouter
        function onRecoveryRequested() {
            if (!root.signedIn && root.currentScreen !== "ResetPassword")
                root.show("ResetPassword", {})
        }
    }

    ScreenStack {
        id: stack
        anchors.fill: parent
        focus: true
    }
}
