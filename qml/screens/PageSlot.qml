// PageSlot: loads qml/pages/<name>Page.qml on first visit and keeps it; shows a placeholder if it
// cannot be loaded. Properties: name, title, iconName, active.
import QtQuick
import AppwriteAccount.Ui

Item {
    id: root

    property string name
    property string title
    property string iconName
    property bool active: false
    property bool visited: false

    onActiveChanged: if (active) visited = true
    objectName: "page_" + name

    Loader {
        id: loader
        objectName: "pageLoader"
        anchors.fill: parent
        active: root.active || root.visited
        source: Qt.resolvedUrl("../pages/" + root.name + "Page.qml")
    }
    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXLarge, 480)
        visible: loader.status === Loader.Error
        iconName: root.iconName
        title: root.title
        text: qsTr("This page could not be opened. Other pages still work.")
    }
}
