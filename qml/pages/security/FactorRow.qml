import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

// One way to prove it's you, with its state and what can be done with it.
RowLayout {
    id: root

    property string title
    property string description
    property string status
    property string statusTone: "neutral"
    property string iconName
    default property alias actions: actionRow.data

    spacing: 2 * Theme.spacing

    Rectangle {
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: Theme.spacingSmall
        implicitWidth: 36
        implicitHeight: 36
        radius: Theme.radius
        color: root.statusTone === "success" ? Theme.successSurface : Theme.surfaceAlt
        border.color: root.statusTone === "success" ? "transparent" : Theme.border
        visible: root.iconName.length > 0

        Icon {
            anchors.centerIn: parent
            name: root.iconName
            color: root.statusTone === "success" ? Theme.success : Theme.textMuted
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        Layout.bottomMargin: Theme.spacingSmall
        spacing: Theme.spacingSmall
        RowLayout {
            spacing: Theme.spacing
            Label {
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            StatusBadge {
                visible: root.status.length > 0
                text: root.status
                tone: root.statusTone
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.description
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        id: actionRow
        Layout.alignment: Qt.AlignVCenter
        spacing: Theme.spacing
    }
}
