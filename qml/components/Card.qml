import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// A titled surface holding one task.
Rectangle {
    id: root

    property string title
    property string description
    default property alias content: body.data

    implicitWidth: Math.max(body.implicitWidth, header.implicitWidth) + 2 * padding.value
    implicitHeight: column.implicitHeight + 2 * padding.value
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    QtObject {
        id: padding
        readonly property int value: 3 * Theme.spacing
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: padding.value
        spacing: 2 * Theme.spacing

        ColumnLayout {
            id: header
            spacing: Theme.spacing / 2
            visible: root.title.length > 0

            Text {
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Text {
                Layout.fillWidth: true
                text: root.description
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                visible: text.length > 0
            }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spacing
        }
    }
}
