// StatusBadge: a small pill stating a status ("Verified", "This device", "MFA on", "Sandbox").
// Properties: text, tone ("neutral" | "success" | "warning" | "danger" | "info" | "accent"), iconName.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string text
    property string tone: "neutral"
    property string iconName

    readonly property color foreground: {
        switch (tone) {
        case "success": return Theme.success
        case "warning": return Theme.warning
        case "danger": return Theme.danger
        case "info": return Theme.info
        case "accent": return Theme.link
        default: return Theme.textMuted
        }
    }

    implicitWidth: row.implicitWidth + 2 * Theme.spacing + 2
    implicitHeight: Math.max(22, row.implicitHeight + Theme.spacingSmall)
    radius: height / 2
    color: {
        switch (tone) {
        case "success": return Theme.successSurface
        case "warning": return Theme.warningSurface
        case "danger": return Theme.dangerSurface
        case "info": return Theme.infoSurface
        case "accent": return Theme.selected
        default: return Theme.surfaceAlt
        }
    }
    border.width: 1
    border.color: Qt.rgba(foreground.r, foreground.g, foreground.b, 0.35)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingSmall

        Icon {
            name: root.iconName
            size: 12
            color: root.foreground
            visible: root.iconName.length > 0
        }
        Text {
            text: root.text
            color: root.foreground
            font.pixelSize: Theme.captionSize
            font.weight: Font.DemiBold
        }
    }
}
