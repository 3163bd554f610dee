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

    // Children of the dialog are laid out in this column.
    contentItem: ColumnLayout {
        spacing: Theme.spacingLarge
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
