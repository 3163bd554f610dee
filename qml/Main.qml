import QtQuick
import QtQml as Qml
import AppwriteAccount.Core
import AppwriteAccount.Ui

// The window: the sign-in flow (one centred card) until a full session exists, then the shell.
Window {
    id: appWindow

    // True while a signed-in person adds another connection or account from the switcher.
    property bool addingAccount: false
    readonly property bool showShell: Account.signedIn && !addingAccount
    // For the UI tests' light/dark screenshots (C++ cannot look up a QML-file singleton in 6.4).
    readonly property QtObject theme: Theme

    width: 1100
    height: 760
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: Account.signedIn && Account.user && Account.user.email
           //: Window title; %1 is the signed-in person's email address.
           ? qsTr("%1 \u2014 Appwrite Account").arg(Account.user.email) : qsTr("Appwrite Account")
    color: Theme.window

    // Basic style, coloured by the theme: every stock control follows light and dark. (A plain
    // Window, not Controls' ApplicationWindow: the first screen imports no Controls. Their font is
    // the application's, set by UiEngine::configure.)
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.brightText: Theme.accentText
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.placeholder
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.surface
    palette.light: Theme.surfaceAlt
    palette.midlight: Theme.border
    palette.mid: Theme.borderStrong
    palette.dark: Theme.textMuted
    palette.shadow: Theme.shadow
    palette.link: Theme.link

    // Right-to-left languages mirror the whole window, popups too: a Window's contentItem is its
    // root item, which holds Controls' overlay as well as this file's items.
    Binding { target: appWindow.contentItem; property: "LayoutMirroring.enabled"; value: Language.rightToLeft }
    Binding { target: appWindow.contentItem; property: "LayoutMirroring.childrenInherit"; value: true }

    Component.onCompleted: {
        // Started with --sandbox and nothing saved yet: go straight to the sandbox's sign-in.
        if (!Account.connected && Connections.count === 0 && AppInfo.sandboxEndpoint.length > 0)
            Connections.useSandbox()
    }

    // Connections (Core) names the saved projects here, so Account is followed by a property.
    readonly property bool signedIn: Account.signedIn
    onSignedInChanged: if (signedIn) addingAccount = false

    // Only while no one is signed in here (or another account is being added): the shell and the
    // sign-in screens never hold memory at the same time, and the flow starts afresh each time.
    // Made while a saved session is still being looked up, so that the sign-in is ready at once
    // if there is none.
    Loader {
        id: authLoader
        anchors.fill: parent
        active: !appWindow.showShell
        visible: active && !Account.restoring
        sourceComponent: AuthFlow {
            objectName: "authFlow"
        }
        // A signed-in person adding an account starts by choosing where.
        onLoaded: if (appWindow.addingAccount) (item as AuthFlow).reset("Connect")
        onActiveChanged: if (!active) MemoryReclaimer.reclaimSoon()
    }
    // Wired from here: Qt 6.4 cannot load a component that reads this file's ids.
    Binding {
        target: authLoader.item
        property: "canCancel"
        value: appWindow.addingAccount
    }
    Qml.Connections {
        target: authLoader.item as AuthFlow
        function onCancelled() { appWindow.addingAccount = false }
    }

    Loader {
        id: shellLoader
        anchors.fill: parent
        active: appWindow.showShell
        visible: active
        // By URL: the shell and its pages are compiled on first sign-in, not before the first frame.
        source: Qt.resolvedUrl("screens/AccountShell.qml")
        onActiveChanged: if (!active) MemoryReclaimer.reclaimSoon()
    }

    Qml.Connections {
        target: shellLoader.item
        function onAddAccountRequested() { appWindow.addingAccount = true }
    }

    Column {
        anchors.centerIn: parent
        spacing: Theme.spacingLarge
        visible: Account.restoring

        Spinner {
            anchors.horizontalCenter: parent.horizontalCenter
            size: 32
        }
        Text {
            text: qsTr("Checking your saved session\u2026")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
    }
}
