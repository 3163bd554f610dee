// RelativeTimeLabel: "3 minutes ago" (RelativeTime.format) with the exact time in a tooltip; keeps
// itself current (RelativeTime.now). Properties: date (Date), prefix (e.g. qsTr("Signed in %1") with
// %1 the time); read-only exactText (the exact time, for the row's own accessible name).
// Made by the hundred in long lists: the exact time is formatted once, and the tooltip made only
// when it first shows.
import QtQuick
import AppwriteAccount.Core
import AppwriteAccount.Ui

Text {
    id: root

    property var date
    property string prefix: "%1"
    readonly property bool valid: date instanceof Date && !isNaN(date.getTime())
    readonly property string exactText: valid ? RelativeTime.exact(date) : ""

    // Reads `now` to be refreshed as it ticks; measured from the current time, which `now` trails.
    text: valid && RelativeTime.now ? prefix.arg(RelativeTime.format(date)) : ""
    color: Theme.textMuted
    font.pixelSize: Theme.captionSize
    Accessible.role: Accessible.StaticText
    Accessible.name: valid ? prefix.arg(exactText) : ""

    HoverHandler {
        id: hover
    }
    HoverHint {
        shown: hover.hovered
        delay: 400
        text: root.exactText
    }
}
