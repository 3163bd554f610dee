// MenuRow: one entry of the account menu. Properties: iconName, text, detail, detailWraps (up
// to two lines instead of eliding; not for addresses), checked, busy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

ItemDelegate {
    id: root

    property string iconName
    property string detail
    property bool detailWraps: false
    property bool busy: false

    implicitHeight: Math.max(36, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    hoverEnabled: true
    font.pixelSize: Theme.bodySize
    Accessible.name: detail.length > 0 ? text + ", " + detail : text

    contentItem: RowLayout {
        spacing: Theme.spacing + 2

        Icon {
            name: root.iconName
            color: Theme.textMuted
            visible: !root.busy
        }
        Spinner {
            running: root.busy
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Text {
                Layout.fillWidth: true
                text: root.text
                font: root.font
                color: Theme.text
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: root.detail
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
                wrapMode: root.detailWraps ? Text.Wrap : Text.NoWrap
                maximumLineCount: root.detailWraps ? 2 : 1
                visible: text.length > 0
            }
        }
        Icon {
            name: "check"
            color: Theme.link
            visible: root.checked
        }
    }
    background: Rectangle {
        radius: Theme.radiusSmall + 2
        color: root.hovered || root.visualFocus ? Theme.hover : "transparent"
    }
}
