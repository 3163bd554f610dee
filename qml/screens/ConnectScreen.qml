// Connect: the local sandbox, a saved connection, or a new Appwrite endpoint + project (checked first).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

AuthScreen {
    id: root

    property Operation checkOp
    readonly property bool checked: checkOp !== null && checkOp.done && checkOp.ok
    // Plain http:// off this computer needs the person's explicit "Connect anyway".
    property bool plainHttpConfirmed: false
    readonly property bool plainHttpRefused: checkOp !== null && checkOp.done && !checkOp.ok
                                             && checkOp.error.type === "client_plain_http"

    function connect() {
        if (endpointField.text.trim().length === 0 || projectField.text.trim().length === 0)
            return
        checkOp = Connections.check(endpointField.text.trim(), projectField.text.trim(),
                                    selfSigned.checked, plainHttpConfirmed)
    }
    function finish(id: string) {
        Connections.select(id)
        if (root.flow)
            root.flow.reset("SignIn")
    }

    onCheckedChanged: if (checked) {
        const result = checkOp.result || {}
        const endpoint = result.endpoint || endpointField.text.trim()
        const label = labelField.text.trim().length > 0 ? labelField.text.trim()
                                                        : projectField.text.trim()
        finish(Connections.add(label, endpoint, projectField.text.trim(), selfSigned.checked,
                               plainHttpConfirmed))
    }

    objectName: "Connect"
    title: qsTr("Where is your account?")
    description: qsTr("Your account lives in an Appwrite project. Choose one, or try everything on a practice server first.")
    showConnection: false
    backVisible: root.flow !== null && (Account.connected || root.flow.canCancel)

    BusyButton {
        objectName: "useSandboxButton"
        Layout.fillWidth: true
        visible: AppInfo.sandboxEndpoint.length > 0
        primary: true
        iconName: "flask"
        text: qsTr("Try it on the local sandbox")
        Accessible.description: sandboxNote.text
        onClicked: {
            const id = Connections.useSandbox()
            if (id.length > 0)
                root.finish(id)
        }
    }
    Text {
        id: sandboxNote
        Layout.fillWidth: true
        visible: AppInfo.sandboxEndpoint.length > 0
        text: qsTr("A private practice server on this computer. Emails and text messages land in an outbox you can read in the app.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }

    SectionTitle {
        Layout.fillWidth: true
        visible: Connections.count > 0
        text: qsTr("Saved")
    }
    Repeater {
        model: Connections.model

        SavedConnectionRow {
            Layout.fillWidth: true
            onChosen: id => root.finish(id)
        }
    }

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Connect to Appwrite")
    }
    FormField {
        id: endpointField
        objectName: "endpointField"
        Layout.fillWidth: true
        label: qsTr("API endpoint")
        placeholderText: "https://cloud.appwrite.io/v1"
        helpText: qsTr("Shown in the project's settings in the Appwrite console.")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        errorText: root.checkOp && root.checkOp.error && root.checkOp.error.field === "endpoint"
                   ? root.checkOp.error.text : ""
        onAccepted: projectField.forceActiveFocus()
        // A confirmation or an error was about the address as it was.
        onTextChanged: {
            root.plainHttpConfirmed = false
            root.checkOp = null
        }
    }
    FormField {
        id: projectField
        objectName: "projectField"
        Layout.fillWidth: true
        label: qsTr("Project ID")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        errorText: root.checkOp && root.checkOp.error && root.checkOp.error.field === "projectId"
                   ? root.checkOp.error.text : ""
        onAccepted: root.connect()
    }
    FormField {
        id: labelField
        objectName: "labelField"
        Layout.fillWidth: true
        label: qsTr("Name for this connection (optional)")
        placeholderText: qsTr("e.g. Work")
        onAccepted: root.connect()
    }
    AppCheckBox {
        id: selfSigned
        Layout.fillWidth: true
        objectName: "selfSignedBox"
        text: qsTr("Accept a self-signed certificate (only for your own test server)")
        font.pixelSize: Theme.captionSize
        Accessible.name: text
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.checkOp && root.checkOp.error && !root.checkOp.error.field ? root.checkOp.error : ({})
    }
    BusyButton {
        objectName: "connectAnywayButton"
        Layout.fillWidth: true
        visible: root.plainHttpRefused
        destructive: true
        iconName: "alert"
        text: qsTr("Connect anyway, unencrypted")
        Accessible.description: qsTr("Only on a network you trust: anyone on the way can read your password and session.")
        onClicked: {
            root.plainHttpConfirmed = true
            root.connect()
        }
    }
    BusyButton {
        objectName: "connectButton"
        Layout.fillWidth: true
        primary: AppInfo.sandboxEndpoint.length === 0
        busy: root.checkOp !== null && root.checkOp.busy
        enabled: !busy && endpointField.text.trim().length > 0 && projectField.text.trim().length > 0
        iconName: "server"
        text: busy ? qsTr("Checking the project\u2026") : qsTr("Connect")
        onClicked: root.connect()
    }
}
