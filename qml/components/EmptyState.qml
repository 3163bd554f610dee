// EmptyState: what a list or page will show and why it may be empty. Properties: iconName, title,
// text, actions (default: buttons centred below the text).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

ColumnLayout {
    id: root

    property string iconName: "info"
    property string title
    property string text
    default property alias actions: actionsRow.data

    spacing: Theme.spacing

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.bottomMargin: Theme.spacing
        width: 48
        height: 48
        radius: 24
        color: Theme.surfaceAlt
        border.color: Theme.border

        Icon {
            anchors.centerIn: parent
            name: root.iconName
            size: 24
            color: Theme.textMuted
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.cardTitleSize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        Layout.maximumWidth: 460
        Layout.alignment: Qt.AlignHCenter
        text: root.text
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: text.length > 0
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    RowLayout {
        id: actionsRow
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        visible: children.length > 0
    }
}
