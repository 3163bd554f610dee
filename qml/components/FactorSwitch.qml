// FactorSwitch: the other ways to pass a second-factor check, listed under the code entry: one
// full-width row per factor the account has, except the one in use, so four factors read as well
// as two, in any language. Properties: factors (keys "totp", "email", "phone", "recoverycode"),
// current; signal chosen(key). Invisible with fewer than two factors.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

ColumnLayout {
    id: root

    property var factors: []
    property string current
    readonly property var others: factors.filter(key => key !== current)

    signal chosen(string key)

    function label(key: string): string {
        switch (key) {
        case "totp": return qsTr("Authenticator app")
        case "email": return qsTr("Code by email")
        case "phone": return qsTr("Code by text message")
        default: return qsTr("Recovery code")
        }
    }
    function iconName(key: string): string {
        switch (key) {
        case "totp": return "shield"
        case "email": return "mail"
        case "phone": return "message"
        default: return "key"
        }
    }

    visible: factors.length > 1
    spacing: Theme.spacingSmall
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Use another way")

    Text {
        Layout.fillWidth: true
        text: qsTr("Use another way")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    Repeater {
        model: root.others

        AbstractButton {
            id: row

            required property string modelData

            objectName: "factor_" + modelData
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
            leftPadding: Theme.spacing
            rightPadding: Theme.spacing
            topPadding: Theme.spacingSmall
            bottomPadding: Theme.spacingSmall
            hoverEnabled: true
            focusPolicy: Qt.StrongFocus
            text: root.label(modelData)
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Verify with: %1").arg(text)
            onClicked: root.chosen(modelData)

            contentItem: RowLayout {
                spacing: Theme.spacing + 2

                Rectangle {
                    implicitWidth: 28
                    implicitHeight: 28
                    radius: Theme.radiusSmall + 2
                    color: Theme.surfaceAlt
                    border.color: Theme.border

                    Icon {
                        anchors.centerIn: parent
                        name: root.iconName(row.modelData)
                        color: Theme.textMuted
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.text
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    elide: Text.ElideRight
                }
                Icon {
                    name: "chevron-right"
                    color: Theme.textMuted
                }
            }
            background: Rectangle {
                radius: Theme.radiusSmall + 2
                color: row.down || row.hovered ? Theme.hover : "transparent"
                border.color: Theme.border

                FocusRing {
                    shown: row.visualFocus
                    baseRadius: Theme.radiusSmall + 2
                }
            }
            HoverHandler {
                cursorShape: Qt.PointingHandCursor
            }
        }
    }
}
