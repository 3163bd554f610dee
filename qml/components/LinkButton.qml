// LinkButton: a text-only button that reads like a link ("Forgot password?").
// Properties: text, iconName, color, plus ButtonBase's.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

ButtonBase {
    id: root

    property string iconName
    property color color: Theme.link

    implicitWidth: content.implicitWidth + leftPadding + rightPadding
    implicitHeight: Math.max(24, content.implicitHeight + topPadding + bottomPadding)
    padding: 2
    cursorShape: Qt.PointingHandCursor
    Accessible.role: Accessible.Link

    FocusRing {
        shown: root.visualFocus
        baseRadius: 2
    }
    RowLayout {
        id: content
        anchors.fill: parent
        anchors.leftMargin: root.leftPadding
        anchors.rightMargin: root.rightPadding
        anchors.topMargin: root.topPadding
        anchors.bottomMargin: root.bottomPadding
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
}
