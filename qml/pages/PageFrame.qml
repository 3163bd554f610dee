import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

// The frame of every signed-in page: a title, a short description and a scrolling column of
// cards, centred and never wider than reads well. Keeps the focused control in view so keyboard
// users never tab into an invisible field.
Flickable {
    id: root

    property string title
    property string description
    default property alias cards: column.data
    property alias headerActions: header.actions
    // True while leaving the page would lose something the person typed or started; the shell
    // keeps such a page loaded and unloads the others when the person moves on (PageSlot).
    property bool keepLoaded: false

    readonly property int margin: 3 * Theme.spacing

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    Accessible.role: Accessible.Pane
    Accessible.name: title

    ScrollBar.vertical: ScrollBar {}

    function ensureVisible(item: Item) {
        const top = item.mapToItem(root.contentItem, 0, 0).y
        const bottom = top + item.height
        if (top < root.contentY + root.margin)
            root.contentY = Math.max(0, top - root.margin)
        else if (bottom > root.contentY + root.height - root.margin)
            root.contentY = Math.min(root.contentHeight - root.height, bottom - root.height + root.margin)
    }

    Qml.Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            const item = root.Window.window ? root.Window.window.activeFocusItem : null
            if (item && root.isAncestorOf(item))
                root.ensureVisible(item)
        }
    }

    function isAncestorOf(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }

    ColumnLayout {
        id: column

        x: Math.max(root.margin, (root.width - width) / 2)
        y: root.margin
        width: Math.min(root.width - 2 * root.margin, 90 * Theme.spacing)
        spacing: 2 * Theme.spacing

        PageHeader {
            id: header
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            title: root.title
            subtitle: root.description
        }
    }
}
