import QtQml as Qml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

// The themed modal dialog the pages use: a title, the content, and a footer whose buttons end
// with the primary action. Escape closes it; it is centred and never wider than the window.
Dialog {
    id: root

    property int preferredWidth: 60 * Theme.spacing
    property alias buttons: buttonRow.data

    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 4 * Theme.spacing : preferredWidth, preferredWidth)
    height: Math.min(implicitHeight, parent ? parent.height - 4 * Theme.spacing : implicitHeight)
    padding: Theme.spacingXLarge
    topPadding: Theme.spacingLarge
    closePolicy: Popup.CloseOnEscape
    focus: true

    // A Popup is not an Item, so the dialog's accessible role sits on its background.
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radiusLarge
        Accessible.role: Accessible.Dialog
        Accessible.name: root.title
    }
    Overlay.modal: Rectangle {
        color: Theme.shadow
    }

    header: Text {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.cardTitleSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingXLarge
        rightPadding: Theme.spacingXLarge
        topPadding: Theme.spacingXLarge
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // Children of the dialog are laid out in this column, which scrolls when the window is too
    // short for it (800×600). The scroll bar sits in the right padding, so it never covers text
    // and never changes the column's width. Built outside `contentItem` (a deferred property
    // that may not hold ids) and handed to it.
    default property alias content: column.data
    readonly property Item scrollingContent: Item {
        implicitWidth: column.implicitWidth
        implicitHeight: column.implicitHeight

        Flickable {
            id: scroller
            objectName: "dialogScroller"
            anchors.fill: parent
            contentWidth: width
            contentHeight: column.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ScrollBar.vertical: scrollBar

            ColumnLayout {
                id: column
                width: scroller.width
                spacing: Theme.spacingLarge
            }
        }
        ScrollBar {
            id: scrollBar
            anchors.left: parent.right
            anchors.leftMargin: (root.rightPadding - width) / 2
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            // A pixel of rounding between the column and its viewport is not worth a scroll bar.
            policy: scroller.contentHeight > scroller.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }
        // Keeps the focused control in view while tabbing through a scrolled dialog.
        Qml.Connections {
            target: scroller.Window.window
            enabled: root.visible && scroller.contentHeight > scroller.height
            function onActiveFocusItemChanged() {
                const item = scroller.Window.window ? scroller.Window.window.activeFocusItem : null
                if (!item || !root.holds(item))
                    return
                const top = item.mapToItem(scroller.contentItem, 0, 0).y
                const bottom = top + item.height
                if (top < scroller.contentY)
                    scroller.contentY = Math.max(0, top - Theme.spacing)
                else if (bottom > scroller.contentY + scroller.height)
                    scroller.contentY = Math.min(scroller.contentHeight - scroller.height,
                                                 bottom - scroller.height + Theme.spacing)
            }
        }
    }
    contentItem: scrollingContent

    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === column)
                return true
        }
        return false
    }

    footer: Item {
        implicitHeight: buttonRow.implicitHeight + Theme.spacingXLarge
        RowLayout {
            id: buttonRow
            // Trailing-aligned, so the last button (the primary) ends the row; mirrors in RTL.
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.rightMargin: Theme.spacingXLarge
            spacing: Theme.spacing
        }
    }
}
