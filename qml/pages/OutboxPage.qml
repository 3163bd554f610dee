import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core
import "profile/links.js" as Links

// The sandbox's outbox: the emails and text messages it would have sent. Only shown when
// connected to the sandbox; links and codes here finish flows that normally need a mailbox.
PageFrame {
    id: root

    property Operation op: null
    property string notice: ""

    // Every link used here, for the shell to route flows it owns (e.g. sign-in from a magic link).
    signal linkActivated(string purpose, string url)

    objectName: "outboxPage"
    title: qsTr("Sandbox outbox")
    description: qsTr("Emails and text messages the local sandbox would have sent. Nothing here left this computer.")

    headerActions: [
        BusyButton {
            objectName: "outboxRefresh"
            iconName: "refresh"
            text: qsTr("Refresh")
            busy: outbox.loading
            onClicked: outbox.reload()
        },
        BusyButton {
            objectName: "outboxClear"
            iconName: "trash"
            text: qsTr("Clear")
            enabled: outbox.count > 0
            onClicked: outbox.clear()
        }
    ]

    function use(purpose: string, userId: string, secret: string, url: string) {
        if (userId.length === 0 || secret.length === 0) {
            const parsed = Links.parse(url)
            userId = parsed.userId
            secret = parsed.secret
        }
        notice = ""
        linkActivated(purpose, url)
        if (purpose === "verification") {
            op = Account.completeEmailVerification(userId, secret)
        } else if (purpose === "recovery") {
            resetDialog.start(userId, secret)
        } else if (Account.signedIn) {
            notice = qsTr("You are already signed in. Sign out first to try this sign-in link.")
        } else {
            op = Account.completeMagicLink(userId, secret)
        }
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                root.notice = qsTr("Done.")
        }
    }

    OutboxModel {
        id: outbox
        account: Account
        active: root.visible
        Component.onCompleted: reload()
    }
    ResetPasswordDialog {
        id: resetDialog
    }

    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : (outbox.error ?? ({}))
    }
    Text {
        objectName: "outboxNotice"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.notice
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Card {
        Layout.fillWidth: true
        visible: outbox.count === 0
        EmptyState {
            objectName: "outboxEmpty"
            Layout.fillWidth: true
            iconName: "inbox"
            title: qsTr("The outbox is empty")
            text: qsTr("When you ask for a sign-in link, a code, a verification or a password reset, the message appears here within a few seconds.")
        }
    }
    Repeater {
        model: outbox
        delegate: OutboxMessage {
            id: messageEntry
            required property var model
            Layout.fillWidth: true
            channel: messageEntry.model.channel ?? ""
            to: messageEntry.model.to ?? ""
            subject: messageEntry.model.subject ?? ""
            body: messageEntry.model.body ?? ""
            userId: messageEntry.model.userId ?? ""
            secret: messageEntry.model.secret ?? ""
            url: messageEntry.model.url ?? ""
            phrase: messageEntry.model.phrase ?? ""
            createdAt: messageEntry.model.createdAt
            onUseLink: (purpose, userId, secret, url) => root.use(purpose, userId, secret, url)
        }
    }
}
