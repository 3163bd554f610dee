// PageHeader: a page's title and one-line subtitle, with optional actions at the trailing edge.
// Properties: title, subtitle, actions (default: items placed at the trailing edge).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

RowLayout {
    id: root

    property string title
    property string subtitle
    default property alias actions: actionsRow.data

    spacing: Theme.spacingLarge

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Text {
            Layout.fillWidth: true
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            text: root.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            visible: text.length > 0
        }
    }
    RowLayout {
        id: actionsRow
        Layout.alignment: Qt.AlignTop
        spacing: Theme.spacing
    }
}
