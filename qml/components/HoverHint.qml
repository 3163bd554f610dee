// HoverHint: a tooltip for the components on the first screen's path, which import no Qt Quick
// Controls: Controls' ToolTip is made, and its file compiled, only when the hint first shows.
// Place inside the item it describes. Properties: text, shown, delay.
import QtQuick

Loader {
    property string text
    property bool shown: false
    property int delay: 500

    anchors.fill: parent
    active: shown && text.length > 0
    source: Qt.resolvedUrl("HoverHintToolTip.qml") // by URL: compiled on first use
}
