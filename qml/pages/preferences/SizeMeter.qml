import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// How much of the server's size limit the preferences use.
ColumnLayout {
    id: root

    property int used: 0
    property int limit: 65535
    readonly property real fraction: limit > 0 ? Math.min(1, used / limit) : 0

    function kilobytes(bytes: int): string {
        return Number(bytes / 1024).toLocaleString(Qt.locale(), "f", bytes < 10240 ? 1 : 0)
    }

    spacing: Theme.spacingSmall
    Accessible.role: Accessible.ProgressBar
    Accessible.name: label.text

    Text {
        id: label
        Layout.fillWidth: true
        //: Size of the saved preferences: "1.2 kB of 64 kB used".
        text: root.used < 1024
              //: Size of small saved preferences: "40 bytes of 64 kB used".
              ? qsTr("%n byte(s) of %1 kB used", "", root.used).arg(root.kilobytes(root.limit))
              : qsTr("%1 kB of %2 kB used").arg(root.kilobytes(root.used)).arg(root.kilobytes(root.limit))
        color: root.used > root.limit ? Theme.danger : Theme.textMuted
        font.pixelSize: Theme.captionSize
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 6
        radius: 3
        color: Theme.surfaceAlt
        border.color: Theme.border
        Rectangle {
            // A sliver stays visible for any size above zero.
            width: root.used > 0 ? Math.max(height, parent.width * root.fraction) : 0
            height: parent.height
            radius: 3
            color: root.used > root.limit ? Theme.danger : root.fraction > 0.8 ? Theme.warning : Theme.accent
        }
    }
}
