// PageSlot: loads qml/pages/<name>Page.qml while it is shown, and keeps it after the person moves
// on only if the page asks to (PageFrame.keepLoaded: unsaved input); shows a placeholder if it
// cannot be loaded. Properties: name, title, iconName, active.
import QtQuick
import AppwriteAccount.Core
import AppwriteAccount.Ui

Item {
    id: root

    property string name
    property string title
    property string iconName
    property bool active: false
    // Decided when the person leaves the page: whether it holds unsaved input then.
    property bool kept: false

    onActiveChanged: kept = !active && asksToStay(loader.item)

    // Pages are of several types; the ones that can hold input declare `keepLoaded`.
    function asksToStay(page: var): bool {
        return page !== null && page.keepLoaded === true
    }
    objectName: "page_" + name

    Loader {
        id: loader
        objectName: "pageLoader"
        anchors.fill: parent
        active: root.active || root.kept
        source: Qt.resolvedUrl("../pages/" + root.name + "Page.qml")
        // A dropped page leaves memory behind (its components, garbage, free heap): give it back.
        onActiveChanged: if (!active) MemoryReclaimer.reclaimSoon()
    }
    // Made only if the page failed to load (each slot would otherwise hold a hidden one).
    Loader {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXLarge, 480)
        active: loader.status === Loader.Error
        sourceComponent: EmptyState {
            text: qsTr("This page could not be opened. Other pages still work.")
        }
        onLoaded: {
            const placeholder = item as EmptyState
            placeholder.iconName = root.iconName
            placeholder.title = root.title
        }
    }
}
