// Icon: a monochrome SVG from resources/icons in a theme colour (IconProvider). Properties: name, color, size.
import QtQuick
import AppwriteAccount.Ui

Item {
    id: root

    property string name
    property color color: Theme.text
    property int size: Theme.iconSize

    implicitWidth: size
    implicitHeight: size
    // Decorative unless a caller gives it a name: the control next to it carries the meaning.
    Accessible.ignored: Accessible.name.length === 0

    // A fixed size, not the item's: a layout settling its size would otherwise render the SVG
    // again at each step.
    Image {
        anchors.centerIn: parent
        width: root.size
        height: root.size
        source: root.name.length > 0 ? Theme.icon(root.name, root.color) : ""
        sourceSize.width: root.size
        sourceSize.height: root.size
        fillMode: Image.PreserveAspectFit
        // Arrows point the other way in right-to-left languages.
        mirror: root.LayoutMirroring.enabled && (root.name === "back" || root.name === "chevron-right"
                                                 || root.name === "sign-out" || root.name === "external")
    }
}
