// RateLimitBanner: "too many attempts" with a live countdown to `retryAt` (ErrorInfo.retryAt).
// Properties: retryAt (Date), remainingSeconds (read-only), active (read-only); signal expired().
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

Rectangle {
    id: root

    property var retryAt
    property var now: new Date()
    readonly property int remainingSeconds: retryAt instanceof Date
        ? Math.max(0, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)) : 0
    readonly property bool active: remainingSeconds > 0

    signal expired()

    function describe(seconds: int): string {
        if (seconds <= 0)
            return qsTr("You can try again now.")
        if (seconds > 90) {
            //: A countdown shown after too many attempts, in whole minutes (more than one).
            return qsTr("Too many attempts. Try again in %n minute(s).", "", Math.ceil(seconds / 60))
        }
        //: A countdown shown after too many attempts; it counts down every second.
        return qsTr("Too many attempts. Try again in %n second(s).", "", seconds)
    }

    onRetryAtChanged: now = new Date()
    onActiveChanged: if (!active) expired()

    implicitWidth: row.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: row.implicitHeight + 2 * (Theme.spacing + 4)
    radius: Theme.radiusSmall + 2
    color: Theme.warningSurface
    border.color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.45)
    Accessible.role: Accessible.AlertMessage
    // Spoken once; the per-second countdown stays visual so screen readers are not flooded.
    Accessible.name: active ? qsTr("Too many attempts. Please wait before trying again.")
                            : qsTr("You can try again now.")

    Timer {
        interval: 1000
        repeat: true
        running: root.active && root.visible
        onTriggered: root.now = new Date()
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacing + 2

        Icon {
            Layout.alignment: Qt.AlignTop
            name: root.active ? "clock" : "check"
            color: Theme.warning
        }
        Text {
            objectName: "rateLimitText"
            Layout.fillWidth: true
            text: root.describe(root.remainingSeconds)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
