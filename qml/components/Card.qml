// Card: a titled surface holding one task. Properties: title, description, content (default),
// footer (actions, trailing-aligned; put the primary action last), headerActions (right of the title), padding.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string title
    property string description
    property int padding: Theme.spacingXLarge
    default property alias content: body.data
    property alias footer: footerRow.data
    property alias headerActions: headerActionsRow.data

    implicitWidth: Math.max(body.implicitWidth, header.implicitWidth, footerRow.implicitWidth)
                   + 2 * padding
    implicitHeight: column.implicitHeight + 2 * padding
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: root.padding
        spacing: Theme.spacingLarge

        RowLayout {
            id: header
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            visible: root.title.length > 0 || root.description.length > 0
                     || headerActionsRow.children.length > 0

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall

                Text {
                    Layout.fillWidth: true
                    text: root.title
                    color: Theme.text
                    font.pixelSize: Theme.cardTitleSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    visible: text.length > 0
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    text: root.description
                    color: Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    lineHeight: 1.15
                    wrapMode: Text.Wrap
                    visible: text.length > 0
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            RowLayout {
                id: headerActionsRow
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacing
                visible: children.length > 0
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            // A card given less height than it needs (a list in a window-high page) shrinks here.
            Layout.fillHeight: true
            spacing: Theme.spacing
            visible: children.length > 0
        }
        RowLayout {
            id: footerRow
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing
            visible: children.length > 1

            // Pushes the actions to the trailing edge, so the last one (the primary) ends the row.
            Item {
                Layout.fillWidth: true
            }
        }
    }
}
