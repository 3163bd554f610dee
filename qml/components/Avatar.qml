// Avatar: a round badge with a person's initials. Properties: name, email (used when there is no name), size.
import QtQuick
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string name
    property string email
    property int size: 32
    readonly property string initials: {
        const source = name.trim().length > 0 ? name.trim() : email.trim()
        if (source.length === 0)
            return "?"
        const words = source.split(/[\s@._-]+/).filter(w => w.length > 0)
        if (name.trim().length > 0 && words.length > 1)
            return (words[0].charAt(0) + words[words.length - 1].charAt(0)).toUpperCase()
        return source.charAt(0).toUpperCase()
    }

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: Theme.accent
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: root.initials
        color: Theme.accentText
        font.pixelSize: Math.round(root.size * 0.4)
        font.weight: Font.DemiBold
    }
}
