// Sign in: email and password first, then the other methods, then create-account.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui
import "providers.js" as Providers

AuthScreen {
    id: root

    property Operation signInOp
    property Operation guestOp
    readonly property var error: signInOp && signInOp.error ? signInOp.error
                                                          : guestOp && guestOp.error ? guestOp.error : ({})
    readonly property bool working: (signInOp !== null && signInOp.busy) || (guestOp !== null && guestOp.busy)

    function submit() {
        if (email.text.trim().length === 0) {
            email.forceActiveFocus()
            return
        }
        if (password.text.length === 0) {
            password.forceActiveFocus()
            return
        }
        signInOp = Account.signIn(email.text.trim(), password.text)
    }
    function fieldError(field: string): string {
        return error && error.field === field ? error.text : ""
    }

    objectName: "SignIn"
    title: qsTr("Sign in")
    description: Account.isSandbox
                 ? qsTr("Sign in to your practice account on the local sandbox.")
                 : Account.projectId.length > 0
                   ? qsTr("Sign in to your account for project %1.").arg(Account.projectId)
                   : qsTr("Sign in to your account.")

    // A verification link was opened before anyone signed in: it is kept, not lost.
    Rectangle {
        objectName: "verificationPendingNotice"
        Layout.fillWidth: true
        visible: CallbackRouter.verificationPending
        implicitHeight: pendingRow.implicitHeight + 2 * (Theme.spacing + 2)
        radius: Theme.radiusSmall + 2
        color: Theme.infoSurface
        Accessible.role: Accessible.AlertMessage
        Accessible.name: pendingText.text

        RowLayout {
            id: pendingRow
            anchors.fill: parent
            anchors.margins: Theme.spacing + 2
            spacing: Theme.spacing

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "mail"
                color: Theme.info
            }
            Text {
                id: pendingText
                Layout.fillWidth: true
                text: qsTr("Sign in to finish verifying your email address: the link you opened is applied as soon as you are signed in.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
        }
    }
    FormField {
        id: email
        objectName: "emailField"
        Layout.fillWidth: true
        label: qsTr("Email")
        placeholderText: qsTr("you@example.com")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        errorText: root.fieldError("email")
        focus: true
        onAccepted: password.forceActiveFocus()
        Component.onCompleted: forceActiveFocus()
    }
    FormField {
        id: password
        objectName: "passwordField"
        Layout.fillWidth: true
        label: qsTr("Password")
        password: true
        errorText: root.fieldError("password")
        onAccepted: root.submit()
    }
    LinkButton {
        objectName: "forgotPasswordLink"
        Layout.alignment: Qt.AlignRight
        text: qsTr("Forgot password?")
        font.pixelSize: Theme.captionSize
        onClicked: root.flow.show("ForgotPassword", { email: email.text.trim() })
    }
    ErrorBanner {
        objectName: "signInError"
        Layout.fillWidth: true
        error: root.error.field ? ({}) : root.error
    }
    BusyButton {
        objectName: "signInButton"
        Layout.fillWidth: true
        primary: true
        busy: root.signInOp !== null && root.signInOp.busy
        enabled: !busy && email.text.trim().length > 0 && password.text.length > 0
        text: qsTr("Sign in")
        onClicked: root.submit()
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing + 4

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        Text {
            //: Separates the password form from the other ways to sign in.
            text: qsTr("or")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        BusyButton {
            objectName: "magicLinkButton"
            Layout.fillWidth: true
            Layout.columnSpan: 2
            iconName: "link"
            text: qsTr("Email me a sign-in link")
            onClicked: root.flow.show("MagicLink", { email: email.text.trim() })
        }
        BusyButton {
            objectName: "emailCodeButton"
            Layout.fillWidth: true
            iconName: "mail"
            text: qsTr("Email me a code")
            onClicked: root.flow.show("EmailCode", { email: email.text.trim() })
        }
        BusyButton {
            objectName: "smsCodeButton"
            Layout.fillWidth: true
            iconName: "message"
            text: qsTr("Text me a code")
            onClicked: root.flow.show("SmsCode", {})
        }
    }

    // Providers in even columns, so the buttons line up under the ones above.
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        visible: root.flow !== null && root.flow.providers.length > 0

        Repeater {
            model: root.flow ? root.flow.providers : []

            BusyButton {
                required property string modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                objectName: "oauth_" + modelData
                iconName: "external"
                text: Providers.name(modelData)
                //: %1 is a sign-in provider such as GitHub.
                Accessible.name: qsTr("Continue with %1").arg(Providers.name(modelData))
                onClicked: root.flow.show("OAuthWait", { provider: modelData })
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacingLarge

        LinkButton {
            objectName: "createAccountLink"
            iconName: "user-plus"
            text: qsTr("Create an account")
            onClicked: root.flow.show("SignUp", { email: email.text.trim() })
        }
        Item {
            Layout.fillWidth: true
        }
        Spinner {
            running: root.guestOp !== null && root.guestOp.busy
        }
        LinkButton {
            objectName: "guestButton"
            iconName: "guest"
            color: Theme.textMuted
            text: qsTr("Continue as guest")
            enabled: !root.working
            Accessible.description: qsTr("Try the app without an email address; you can add one later.")
            onClicked: root.guestOp = Account.signInAnonymously()
        }
    }
}
