// RelativeTimeLabel: "3 minutes ago" (RelativeTime.format) with the exact time in a tooltip; keeps
// itself current. Properties: date (Date), prefix (e.g. qsTr("Signed in %1") with %1 the time).
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Core
import AppwriteAccount.Ui

Text {
    id: root

    property var date
    property string prefix: "%1"
    property int tick: 0
    readonly property bool valid: date instanceof Date && !isNaN(date.getTime())

    text: valid ? prefix.arg(tick >= 0 ? RelativeTime.format(date) : "") : ""
    color: Theme.textMuted
    font.pixelSize: Theme.captionSize
    Accessible.role: Accessible.StaticText
    Accessible.name: valid ? prefix.arg(RelativeTime.exact(date)) : ""
    ToolTip.visible: valid && hover.hovered
    ToolTip.delay: 400
    ToolTip.text: valid ? RelativeTime.exact(date) : ""

    HoverHandler {
        id: hover
    }
    Timer {
        interval: 30000
        repeat: true
        running: root.valid && root.visible
        onTriggered: root.tick++
    }
}
