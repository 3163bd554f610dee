import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Every device signed in to this account, this one first; sign any of them out, or all but
// this one, or all of them. The devices are a ListView inside the card: the card grows with
// them up to the window's height, then the list scrolls (rows are made as they come into view,
// so an account with thousands of sessions opens as fast as one with three).
Item {
    id: root

    property Operation op: null
    // "one", "others" or "everywhere": what the open confirmation is about.
    property string pending: ""
    property string pendingId: ""
    property Operation extendOp: null

    readonly property int margin: 3 * Theme.spacing

    objectName: "sessionsPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Sessions & devices")

    SessionsModel {
        id: sessions
        account: Account
        Component.onCompleted: reload()
    }

    function ask(kind: string, sessionId: string, summary: string) {
        pending = kind
        pendingId = sessionId
        op = null
        confirm.title = kind === "one" ? qsTr("Sign out %1?").arg(summary)
                      : kind === "others" ? qsTr("Sign out all other devices?")
                      : qsTr("Sign out everywhere?")
        confirm.text = kind === "one" ? qsTr("That device will need to sign in again. This device stays signed in.")
                     : kind === "others" ? qsTr("Every device except this one will need to sign in again.")
                     : qsTr("Every device, including this one, will be signed out. You will need to sign in again here too.")
        confirm.confirmText = kind === "one" ? qsTr("Sign out") : kind === "others" ? qsTr("Sign out others") : qsTr("Sign out everywhere")
        confirm.open()
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                confirm.close()
            if (root.pending !== "everywhere")
                sessions.reload()
        }
    }
    Qml.Connections {
        target: root.extendOp
        function onFinished() {
            sessions.reload()
        }
    }
    // Tabbing onto a row's button scrolls that row into view.
    Qml.Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            for (let p = root.Window.window ? root.Window.window.activeFocusItem : null; p; p = p.parent) {
                if (p.sessionIndex !== undefined) {
                    list.positionViewAtIndex(p.sessionIndex, ListView.Contain)
                    return
                }
            }
        }
    }

    ConfirmDialog {
        id: confirm
        objectName: "sessionsConfirm"
        destructive: true
        closeOnConfirm: false
        busy: root.op !== null && root.op.busy
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
        onConfirmed: {
            if (root.pending === "one")
                root.op = sessions.remove(root.pendingId)
            else if (root.pending === "others")
                root.op = Account.signOutOthers()
            else
                root.op = Account.signOutEverywhere()
        }
    }

    ColumnLayout {
        x: Math.max(root.margin, (root.width - width) / 2)
        y: root.margin
        width: Math.min(root.width - 2 * root.margin, 90 * Theme.spacing)
        height: root.height - 2 * root.margin
        spacing: 2 * Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            title: qsTr("Sessions & devices")
            subtitle: qsTr("Where your account is signed in right now. Sign out anything you don't recognise, then change your password.")
            BusyButton {
                objectName: "sessionsRefresh"
                iconName: "refresh"
                text: qsTr("Refresh")
                busy: sessions.loading
                onClicked: sessions.reload()
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumHeight: implicitHeight
            title: qsTr("Signed-in devices")
            description: sessions.count > 0 ? qsTr("%n session(s). Times are shown in your local time; hover for the exact time.", "", sessions.count) : ""

            Spinner {
                Layout.alignment: Qt.AlignHCenter
                size: 24
                running: sessions.loading && sessions.count === 0
                visible: running
            }
            ErrorBanner {
                Layout.fillWidth: true
                error: sessions.error ?? ({})
            }
            ListView {
                id: list
                objectName: "sessionsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: contentHeight
                Layout.minimumHeight: Math.min(contentHeight, 15 * Theme.spacing)
                visible: count > 0
                clip: true
                model: sessions
                // Rows scrolled out are reused for the rows scrolled in, not made anew.
                reuseItems: true
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Signed-in devices")
                ScrollBar.vertical: ScrollBar {
                    policy: list.contentHeight > list.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                }

                delegate: ColumnLayout {
                    id: entry
                    required property int index
                    required property var model
                    readonly property int sessionIndex: index
                    width: ListView.view.width
                    spacing: Theme.spacingLarge
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingLarge - Theme.spacing
                        implicitHeight: 1
                        color: Theme.border
                        visible: entry.index > 0
                    }
                    SessionRow {
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacing
                        Layout.rightMargin: Theme.spacing // room for the scroll bar
                        sessionId: entry.model.sessionId
                        current: entry.model.current
                        provider: entry.model.provider ?? ""
                        clientName: entry.model.clientName ?? ""
                        clientVersion: entry.model.clientVersion ?? ""
                        clientType: entry.model.clientType ?? ""
                        osName: entry.model.osName ?? ""
                        osVersion: entry.model.osVersion ?? ""
                        deviceName: entry.model.deviceName ?? ""
                        deviceBrand: entry.model.deviceBrand ?? ""
                        deviceModel: entry.model.deviceModel ?? ""
                        ip: entry.model.ip ?? ""
                        countryName: entry.model.countryName ?? ""
                        createdAt: entry.model.createdAt
                        expire: entry.model.expire
                        onSignOutRequested: (id, summary) => root.ask("one", id, summary)
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: !sessions.loading && sessions.count === 1
                text: qsTr("No other device is signed in. If you sign in somewhere else, it shows up here.")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            ErrorBanner {
                Layout.fillWidth: true
                error: root.extendOp && root.extendOp.done && !root.extendOp.ok ? root.extendOp.error : ({})
            }

            // A Flow, not the card's footer row: at the narrowest window the three actions wrap.
            // Right to left keeps them at the trailing edge; the primary action comes first.
            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                layoutDirection: Qt.RightToLeft
                spacing: Theme.spacing
                BusyButton {
                    objectName: "signOutOthers"
                    primary: true
                    text: qsTr("Sign out other devices…")
                    enabled: sessions.count > 1
                    onClicked: root.ask("others", "", "")
                }
                BusyButton {
                    objectName: "signOutEverywhere"
                    text: qsTr("Sign out everywhere…")
                    destructive: true
                    onClicked: root.ask("everywhere", "", "")
                }
                BusyButton {
                    objectName: "extendSession"
                    text: qsTr("Extend this session")
                    busy: root.extendOp !== null && root.extendOp.busy
                    Accessible.description: qsTr("Keeps this device signed in for longer")
                    onClicked: root.extendOp = Account.extendSession()
                }
            }
        }
        // Takes the height the card does not need, so a short list sits at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
