// Icon: a monochrome SVG from resources/icons tinted with the theme. Properties: name, color, size.
import QtQuick
import QtQuick.Controls.impl
import AppwriteAccount.Ui

IconImage {
    id: root

    property string name
    property int size: Theme.iconSize

    source: name.length > 0 ? Theme.icon(name) : ""
    color: Theme.text
    sourceSize.width: size
    sourceSize.height: size
    width: size
    height: size
    fillMode: Image.PreserveAspectFit
    // Decorative unless a caller gives it a name: the control next to it carries the meaning.
    Accessible.ignored: Accessible.name.length === 0
}
