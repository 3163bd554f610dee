// LinkButton: a text-only button that reads like a link ("Forgot password?"). Properties: text, iconName.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

AbstractButton {
    id: root

    property string iconName
    property color color: Theme.link

    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: Math.max(24, implicitContentHeight + topPadding + bottomPadding)
    padding: 2
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    Accessible.role: Accessible.Link
    Accessible.name: text

    contentItem: RowLayout {
        spacing: Theme.spacingSmall + 2

        Icon {
            name: root.iconName
            color: root.color
            visible: root.iconName.length > 0
        }
        Text {
            Layout.fillWidth: true
            text: root.text
            color: root.color
            font.pixelSize: root.font.pixelSize
            font.underline: root.hovered || root.visualFocus
            wrapMode: Text.Wrap
        }
    }
    background: Item {
        FocusRing {
            shown: root.visualFocus
            baseRadius: 2
        }
    }
    HoverHandler {
        cursorShape: Qt.PointingHandCursor
    }
}
