import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// One signed-in device: what it is, where it signed in from, when, and until when.
RowLayout {
    id: root

    // ["Firefox 126", "", "Linux"] with " · " → "Firefox 126 · Linux".
    function joinNonEmpty(separator: string, parts: var): string {
        return parts.filter(part => part !== undefined && part !== null && String(part).length > 0).join(separator)
    }

    required property string sessionId
    required property bool current
    required property string provider
    required property string clientName
    required property string clientVersion
    required property string clientType
    required property string osName
    required property string osVersion
    required property string deviceName
    required property string deviceBrand
    required property string deviceModel
    required property string ip
    required property string countryName
    required property var createdAt
    required property var expire

    readonly property string clientText: root.joinNonEmpty(" ", [clientName, clientVersion])
    readonly property string osText: root.joinNonEmpty(" ", [osName, osVersion])
    readonly property string deviceText: root.joinNonEmpty(" ", [deviceBrand, deviceModel])
    readonly property string summary: {
        if (clientText.length > 0 && osText.length > 0)
            //: A signed-in device: "%1 on %2", e.g. "Firefox 126 on Windows 11".
            return qsTr("%1 on %2").arg(clientText).arg(osText)
        if (clientText.length > 0)
            return clientText
        if (osText.length > 0)
            return osText
        return qsTr("Unknown device")
    }
    readonly property string place: root.joinNonEmpty(" · ", [ip, countryName && countryName !== "Unknown" ? countryName : ""])

    signal signOutRequested(string sessionId, string summary)

    spacing: Theme.spacingLarge
    Accessible.role: Accessible.ListItem
    Accessible.name: current ? qsTr("This device: %1").arg(summary) : summary

    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 40
        implicitHeight: 40
        radius: Theme.radius
        color: root.current ? Theme.selected : Theme.surfaceAlt
        DeviceIcon {
            anchors.centerIn: parent
            deviceName: root.deviceName
            clientType: root.clientType
            clientName: root.clientName
            osName: root.osName
            size: 20
            color: root.current ? Theme.accent : Theme.textMuted
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                text: root.summary
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
            }
            StatusBadge {
                objectName: "thisDeviceBadge"
                visible: root.current
                tone: "accent"
                text: qsTr("This device")
            }
            StatusBadge {
                visible: root.provider.length > 0
                text: root.provider === "email" ? qsTr("Password")
                    : root.provider === "anonymous" ? qsTr("Guest")
                    : root.provider === "magic-url" ? qsTr("Email link")
                    : root.provider === "phone" ? qsTr("Text message")
                    : root.provider === "token" ? qsTr("Code")
                    : root.provider
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.deviceText.length > 0 || root.place.length > 0
            text: root.joinNonEmpty(" · ", [root.deviceText, root.place])
            // Set, not natural: an IP address alone would sit at the left of a right-to-left page.
            horizontalAlignment: Text.AlignLeft
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge
            RelativeTimeLabel {
                date: root.createdAt
                //: %1 is a relative time such as "3 days ago".
                prefix: qsTr("Signed in %1")
            }
            RelativeTimeLabel {
                date: root.expire
                //: %1 is a relative time such as "in 11 months".
                prefix: qsTr("Expires %1")
            }
        }
    }
    BusyButton {
        objectName: "signOutSession"
        Layout.alignment: Qt.AlignVCenter
        visible: !root.current
        text: qsTr("Sign out")
        Accessible.name: qsTr("Sign out %1").arg(root.summary)
        onClicked: root.signOutRequested(root.sessionId, root.summary)
    }
}
