// ConnectionChip: where sign-in happens (sandbox badge or the project's host) with a "Change" link.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

RowLayout {
    id: root

    signal changeRequested()

    readonly property string host: {
        const match = /^[a-z]+:\/\/([^/:]+)/i.exec(Account.endpoint)
        return match ? match[1] : Account.endpoint
    }

    spacing: Theme.spacing

    StatusBadge {
        tone: Account.isSandbox ? "warning" : "neutral"
        iconName: Account.isSandbox ? "flask" : "server"
        //: Badge naming the server; %1 is a host name such as cloud.appwrite.io.
        text: Account.isSandbox ? qsTr("Local sandbox") : root.host

        HoverHandler {
            id: hover
        }
        HoverHint {
            shown: hover.hovered
            text: qsTr("Server %1, project %2").arg(Account.endpoint).arg(Account.projectId)
        }
    }
    LinkButton {
        objectName: "changeConnection"
        text: qsTr("Change")
        font.pixelSize: Theme.captionSize
        Accessible.description: qsTr("Choose another server or project")
        onClicked: root.changeRequested()
    }
}
