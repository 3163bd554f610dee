import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// The security log in plain words, newest first, loading older events as you scroll, with a
// search over what is loaded.
Item {
    id: root

    readonly property int margin: Theme.spacingXLarge
    readonly property string filter: search.text.trim().toLowerCase()
    // A search typed here is kept when the person looks at another page (PageSlot).
    readonly property bool keepLoaded: search.text.length > 0

    objectName: "activityPage"
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Activity")

    function matches(row: var): bool {
        if (filter.length === 0)
            return true
        return [row.eventText, row.event, row.clientName, row.osName, row.deviceName, row.ip, row.countryName]
            .some(s => s && String(s).toLowerCase().indexOf(filter) >= 0)
    }

    LogsModel {
        id: logs
        account: Account
        Component.onCompleted: reload()
    }

    ColumnLayout {
        id: column
        x: Math.max(root.margin, (root.width - width) / 2)
        y: root.margin
        width: Math.min(root.width - 2 * root.margin, 110 * Theme.spacing)
        height: root.height - 2 * root.margin
        spacing: Theme.spacingLarge

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Activity")
            subtitle: qsTr("Sign-ins and changes to your account. If you see something you didn't do, sign out other devices and change your password.")
            BusyButton {
                objectName: "activityRefresh"
                iconName: "refresh"
                text: qsTr("Refresh")
                busy: logs.loading
                onClicked: logs.reload()
            }
        }
        AppTextField {
            id: search
            objectName: "activitySearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search loaded events: sign-in, Firefox, an IP address…")
            Accessible.name: qsTr("Search activity")
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: logs.error ?? ({})
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ListView {
                id: list
                objectName: "activityList"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                clip: true
                model: logs
                // Rows scrolled out are reused for the rows scrolled in, not made anew.
                reuseItems: true
                spacing: 0
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Account activity")
                ScrollBar.vertical: ScrollBar {}

                delegate: LogRow {
                    id: logEntry
                    required property var model
                    width: ListView.view.width
                    wide: ListView.view.width > 70 * Theme.spacing
                    height: visible ? implicitHeight : 0
                    // Outer state is reached from a function: delegates see only their own scope.
                    Component.onCompleted: () => { logEntry.visible = Qt.binding(() => root.matches(logEntry.model)) }
                    event: logEntry.model.event ?? ""
                    eventText: logEntry.model.eventText ?? ""
                    ip: logEntry.model.ip ?? ""
                    clientName: logEntry.model.clientName ?? ""
                    clientVersion: logEntry.model.clientVersion ?? ""
                    osName: logEntry.model.osName ?? ""
                    osVersion: logEntry.model.osVersion ?? ""
                    deviceName: logEntry.model.deviceName ?? ""
                    countryName: logEntry.model.countryName ?? ""
                    time: logEntry.model.time
                }
                // Older pages load as the end comes into view (the model's fetchMore).
                onAtYEndChanged: if (atYEnd && logs.count > 0 && logs.count < logs.total && !logs.loading)
                                     logs.fetchMore(logs.index(-1, -1))
            }
            Spinner {
                anchors.centerIn: parent
                size: 32
                running: logs.loading && logs.count === 0
                Accessible.name: qsTr("Loading activity")
            }
            EmptyState {
                objectName: "activityEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 4 * Theme.spacing, 60 * Theme.spacing)
                visible: !logs.loading && logs.count === 0
                iconName: "activity"
                title: qsTr("No activity to show yet")
                text: qsTr("Sign-ins, password changes and other security events appear here. Some servers, Appwrite Cloud among them, record events late (up to an hour) or not at all, so an empty list does not mean nothing happened. Sessions & devices always shows where you are signed in.")
                BusyButton {
                    text: qsTr("Check again")
                    iconName: "refresh"
                    onClicked: logs.reload()
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 4 * Theme.spacing, 60 * Theme.spacing)
                visible: logs.count > 0 && root.filter.length > 0 && matcher.matchCount === 0
                iconName: "info"
                title: qsTr("Nothing matches “%1”").arg(search.text.trim())
                text: logs.count < logs.total ? qsTr("Only loaded events are searched. Scroll down the list to load older ones.")
                                              : qsTr("Try another word, such as a browser, a country or an IP address.")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Spinner {
                size: 16
                running: logs.loading
            }
            Text {
                objectName: "activityStatus"
                Layout.fillWidth: true
                visible: logs.count > 0
                text: logs.count < logs.total ? qsTr("Showing %1 of %2 events. Scroll down for older ones.").arg(logs.count).arg(logs.total)
                                              : qsTr("That's everything: %n event(s).", "", logs.count)
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
    }

    // Counts the rows that match the search, for the "nothing matches" state.
    Instantiator {
        id: matcher
        property int matchCount: 0
        function recount() {
            let n = 0
            for (let i = 0; i < matcher.count; ++i) {
                const o = matcher.objectAt(i)
                if (o && root.matches(o.model))
                    ++n
            }
            matchCount = n
        }
        model: root.filter.length > 0 ? logs : null
        delegate: QtObject {
            required property var model
        }
        onObjectAdded: recountTimer.restart()
        onObjectRemoved: recountTimer.restart()
    }
    onFilterChanged: recountTimer.restart()
    // Counts once after a burst of changes rather than for every row.
    Timer {
        id: recountTimer
        interval: 0
        onTriggered: matcher.recount()
    }
}
