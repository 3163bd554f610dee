import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// One linked provider account: which provider, which address there, and when it was linked
// and last used.
RowLayout {
    id: root

    property string identityId
    property string provider
    property string providerEmail
    property var createdAt
    property var updatedAt
    readonly property string providerName: provider.length > 0 ? provider.charAt(0).toUpperCase() + provider.slice(1) : qsTr("Provider")

    signal unlinkRequested()

    spacing: Theme.spacingLarge
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(providerName).arg(providerEmail)

    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 40
        implicitHeight: 40
        radius: Theme.radius
        color: Theme.surfaceAlt
        Text {
            anchors.centerIn: parent
            text: root.providerName.charAt(0)
            color: Theme.text
            font.pixelSize: Theme.cardTitleSize
            font.weight: Font.DemiBold
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Text {
            Layout.fillWidth: true
            text: root.providerName
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.providerEmail
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            elide: Text.ElideMiddle
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            RelativeTimeLabel {
                date: root.createdAt
                //: %1 is a relative time such as "2 months ago".
                prefix: qsTr("Linked %1")
            }
            RelativeTimeLabel {
                date: root.updatedAt
                //: %1 is a relative time such as "3 days ago".
                prefix: qsTr("Last updated %1")
            }
        }
    }
    BusyButton {
        objectName: "unlinkIdentity"
        Layout.alignment: Qt.AlignVCenter
        text: qsTr("Unlink…")
        Accessible.name: qsTr("Unlink %1").arg(root.providerName)
        onClicked: root.unlinkRequested()
    }
}
