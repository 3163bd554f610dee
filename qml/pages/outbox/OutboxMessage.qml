import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// One email or text message the sandbox "sent", with its link and code ready to use, so a person
// can finish a sign-in, verification or password reset by hand.
Rectangle {
    id: root

    property string channel
    property string to
    property string subject
    property string body
    property string userId
    property string secret
    property string url
    property string phrase
    property var createdAt
    // What the link is for, read from the subject: "verification", "recovery", "magic" or "".
    readonly property string purpose: {
        const s = subject.toLowerCase()
        if (url.length === 0)
            return ""
        if (s.indexOf("verif") >= 0)
            return "verification"
        if (s.indexOf("reset") >= 0 || s.indexOf("recover") >= 0)
            return "recovery"
        return "magic"
    }
    // Text messages and code emails carry a code, not a link.
    readonly property string code: url.length === 0 ? secret : ""

    signal useLink(string purpose, string userId, string secret, string url)

    implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 to %2: %3").arg(channel === "sms" ? qsTr("Text message") : qsTr("Email")).arg(to).arg(subject)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Icon {
                name: root.channel === "sms" ? "message" : "mail"
                color: Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                text: root.subject.length > 0 ? root.subject : (root.channel === "sms" ? qsTr("Text message") : qsTr("Email"))
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            RelativeTimeLabel {
                date: root.createdAt
            }
        }
        Text {
            Layout.fillWidth: true
            //: %1 is an email address or phone number.
            text: qsTr("To %1").arg(root.to)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            elide: Text.ElideMiddle
        }
        TextEdit {
            objectName: "outboxBody"
            Layout.fillWidth: true
            text: root.body
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            selectionColor: Theme.accent
            selectedTextColor: Theme.accentText
            font.pixelSize: Theme.captionSize
            textFormat: TextEdit.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        CopyField {
            objectName: "outboxCode"
            visible: root.code.length > 0
            Layout.fillWidth: true
            value: root.code
            label: qsTr("code")
        }
        Text {
            visible: root.phrase.length > 0
            text: qsTr("Security phrase: %1").arg(root.phrase)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
        }
        Flow {
            Layout.fillWidth: true
            visible: root.url.length > 0
            spacing: Theme.spacing
            BusyButton {
                objectName: "outboxUseLink"
                primary: true
                text: root.purpose === "verification" ? qsTr("Verify the address")
                    : root.purpose === "recovery" ? qsTr("Reset the password…")
                    : qsTr("Sign in with this link")
                enabled: root.purpose !== "verification" || Account.signedIn
                onClicked: root.useLink(root.purpose, root.userId, root.secret, root.url)
            }
            BusyButton {
                objectName: "outboxCopyLink"
                iconName: "copy"
                text: qsTr("Copy link")
                onClicked: Clipboard.copySecret(root.url)
            }
        }
    }
}
