// LazyScrollBar: the vertical scroll bar of a Flickable on the first screen's path, made (with Qt
// Quick Controls) once the content first overflows; it then stays. Place beside the Flickable.
import QtQuick

Loader {
    required property Flickable flickable
    readonly property bool overflows: flickable.height > 0 && flickable.contentHeight > flickable.height

    active: false
    source: Qt.resolvedUrl("LazyScrollBarControl.qml") // by URL: compiled on first use
    onOverflowsChanged: if (overflows) active = true
    Component.onCompleted: if (overflows) active = true
    onLoaded: item.flickable = flickable
}
