// DeviceIcon: an icon for a session's device, chosen from Appwrite's deviceName/clientType/osName.
// Properties: deviceName, clientType, clientName, osName, size, color; read-only iconName, kind (spoken).
import QtQuick
import AppwriteAccount.Ui

Icon {
    id: root

    property string deviceName
    property string clientType
    property string clientName
    property string osName

    readonly property string iconName: {
        const device = deviceName.toLowerCase()
        const client = clientType.toLowerCase()
        const os = osName.toLowerCase()
        if (/phone|mobile|phablet/.test(device))
            return "phone"
        if (/tablet/.test(device))
            return "tablet"
        if (/tv|television|console/.test(device))
            return "tv"
        if (/watch|wearable/.test(device))
            return "watch"
        if (/android|ios/.test(os) && device.length === 0)
            return "phone"
        if (/browser/.test(client))
            return "globe"
        if (/library|cli|sdk/.test(client))
            return "terminal"
        if (/desktop|app/.test(device + " " + client) || os.length > 0)
            return "monitor"
        return "devices"
    }
    readonly property string kind: {
        switch (iconName) {
        case "phone": return qsTr("Phone")
        case "tablet": return qsTr("Tablet")
        case "tv": return qsTr("Television")
        case "watch": return qsTr("Watch")
        case "globe": return qsTr("Web browser")
        case "terminal": return qsTr("Program or script")
        case "monitor": return qsTr("Computer")
        default: return qsTr("Unknown device")
        }
    }

    name: iconName
    size: 24
    color: Theme.textMuted
    Accessible.role: Accessible.Graphic
    Accessible.name: kind
}
