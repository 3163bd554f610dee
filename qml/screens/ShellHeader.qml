// ShellHeader: where the account lives (project or sandbox badge, which opens the
// sandbox outbox), and who is signed in with the account switcher. Signals outboxRequested(),
// addAccountRequested().
import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string title

    signal outboxRequested()
    signal addAccountRequested()

    readonly property var user: Account.user || ({})
    readonly property string displayName: user.name && user.name.length > 0 ? user.name
                                          : Account.isAnonymous ? qsTr("Guest") : (user.email || "")
    readonly property string host: {
        const match = /^[a-z]+:\/\/([^/:]+)/i.exec(Account.endpoint)
        return match ? match[1] : Account.endpoint
    }

    implicitHeight: 60
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Accessible.name: root.title

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing + 4

        // The page names itself in large type just below: the header says where and who.
        AbstractButton {
            id: badgeButton
            objectName: "connectionBadge"
            implicitWidth: badge.implicitWidth
            implicitHeight: badge.implicitHeight
            hoverEnabled: true
            focusPolicy: Qt.StrongFocus
            enabled: Account.isSandbox
            Accessible.role: Accessible.Button
            Accessible.name: Account.isSandbox ? qsTr("Local sandbox: open the outbox")
                                               : qsTr("Project %1 on %2").arg(Account.projectId).arg(root.host)
            ToolTip.visible: hovered
            ToolTip.delay: 400
            ToolTip.text: Account.isSandbox
                          ? qsTr("Practice server on this computer. Click to read the emails and texts it sent.")
                          : qsTr("Server %1, project %2").arg(Account.endpoint).arg(Account.projectId)
            onClicked: root.outboxRequested()

            StatusBadge {
                id: badge
                anchors.fill: parent
                tone: Account.isSandbox ? "warning" : "neutral"
                iconName: Account.isSandbox ? "flask" : "server"
                text: Account.isSandbox ? qsTr("Sandbox") : qsTr("%1 \u00b7 %2").arg(root.host).arg(Account.projectId)
            }
            FocusRing {
                shown: badgeButton.visualFocus
                baseRadius: badge.radius
            }
            HoverHandler {
                cursorShape: Account.isSandbox ? Qt.PointingHandCursor : Qt.ArrowCursor
            }
        }
        Item {
            Layout.fillWidth: true
        }
        AbstractButton {
            id: accountButton
            objectName: "accountButton"
            Layout.maximumWidth: 300
            implicitWidth: accountRow.implicitWidth + 2 * Theme.spacing
            implicitHeight: 44
            hoverEnabled: true
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.ButtonMenu
            //: %1 is a name or email address.
            Accessible.name: qsTr("Signed in as %1. Account menu").arg(root.displayName)
            onClicked: menu.get().open()

            background: Rectangle {
                radius: Theme.radius
                readonly property bool menuOpen: menu.item !== null && (menu.item as AccountMenu).visible
                color: accountButton.hovered || menuOpen ? Theme.hover : "transparent"

                FocusRing {
                    shown: accountButton.visualFocus
                    baseRadius: Theme.radius
                }
            }
            RowLayout {
                id: accountRow
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing + 2

                Avatar {
                    name: root.user.name || ""
                    email: root.user.email || ""
                    size: 30
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Text {
                        objectName: "signedInName"
                        Layout.fillWidth: true
                        text: root.displayName
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.weight: Font.Medium
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: Account.isAnonymous ? qsTr("No email yet") : (root.user.email || root.user.phone || "")
                        color: Theme.textMuted
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                        visible: text.length > 0 && text !== root.displayName
                    }
                }
                Icon {
                    name: "chevron-down"
                    color: Theme.textMuted
                }
            }
        }
    }

    // Made when first opened; placed and wired from here, since Qt 6.4 cannot load a component
    // that reads this file's ids.
    LazyDialog {
        id: menu
        sourceComponent: AccountMenu {}
    }
    Binding {
        target: menu.item
        property: "x"
        value: root.LayoutMirroring.enabled || menu.item === null
               ? Theme.spacingLarge : root.width - (menu.item as AccountMenu).width - Theme.spacingLarge
    }
    Binding {
        target: menu.item
        property: "y"
        value: root.height - 4
    }
    Qml.Connections {
        target: menu.item as AccountMenu
        function onAddAccountRequested() { root.addAccountRequested() }
    }
}
