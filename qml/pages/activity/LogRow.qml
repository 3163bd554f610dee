import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// One security event in plain words, with the device, the place and the local time.
Rectangle {
    id: root

    // ["Firefox 126", "", "Linux"] with " · " → "Firefox 126 · Linux".
    function joinNonEmpty(separator: string, parts: var): string {
        return parts.filter(part => part !== undefined && part !== null && String(part).length > 0).join(separator)
    }

    required property int index
    required property string event
    required property string eventText
    required property string ip
    required property string clientName
    required property string clientVersion
    required property string osName
    required property string osVersion
    required property string deviceName
    required property string countryName
    required property var time
    property bool wide: true

    readonly property string deviceText: {
        const client = root.joinNonEmpty(" ", [clientName, clientVersion])
        const os = root.joinNonEmpty(" ", [osName, osVersion])
        if (client.length > 0 && os.length > 0)
            //: A device: "%1 on %2", e.g. "Firefox 126 on Windows 11".
            return qsTr("%1 on %2").arg(client).arg(os)
        return client.length > 0 ? client : (os.length > 0 ? os : qsTr("Unknown device"))
    }
    readonly property string placeText: root.joinNonEmpty(" · ", [ip, countryName && countryName !== "Unknown" ? countryName : ""])
    readonly property string iconName: event.indexOf("sessions") >= 0 && event.indexOf("delete") >= 0 ? "sign-out"
                                     : event.indexOf("sessions") >= 0 ? "key"
                                     : event.indexOf("password") >= 0 || event.indexOf("mfa") >= 0 ? "lock"
                                     : event.indexOf("email") >= 0 || event.indexOf("verification") >= 0 ? "mail"
                                     : event.indexOf("phone") >= 0 ? "phone"
                                     : event.indexOf("prefs") >= 0 ? "sliders"
                                     : "activity"

    implicitHeight: row.implicitHeight + 2 * Theme.spacingLarge
    color: index % 2 === 1 ? Theme.surfaceAlt : Theme.surface
    radius: Theme.radiusSmall
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3").arg(eventText).arg(deviceText).arg(timeLabel.exactText)

    GridLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        columns: root.wide ? 4 : 2
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingSmall

        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.rowSpan: root.wide ? 1 : 3
            name: root.iconName
            color: Theme.textMuted
        }
        Text {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            text: root.eventText.length > 0 ? root.eventText : root.event
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.weight: Font.Medium
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: root.deviceText
                color: Theme.text
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.placeText
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                elide: Text.ElideRight
            }
        }
        RelativeTimeLabel {
            id: timeLabel
            Layout.alignment: root.wide ? Qt.AlignTop | Qt.AlignRight : Qt.AlignLeft
            Layout.preferredWidth: root.wide ? 16 * Theme.spacing : -1
            horizontalAlignment: root.wide ? Text.AlignRight : Text.AlignLeft
            date: root.time
        }
    }
}
