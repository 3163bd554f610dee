// Icon: a monochrome SVG from resources/icons in a theme colour (IconProvider). Properties: name, color, size.
import QtQuick
import AppwriteAccount.Ui

// Drawn at `size` (its implicit size once read) and centred, whatever size a layout gives the item
// (fillMode Pad): a layout settling its size would otherwise render the SVG again at each step.
// Read only while shown.
Image {
    id: root

    property string name
    property color color: Theme.text
    property int size: Theme.iconSize

    source: name.length > 0 && visible ? Theme.icon(name, color) : ""
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.Pad
    // Arrows point the other way in right-to-left languages.
    mirror: LayoutMirroring.enabled && (name === "back" || name === "chevron-right"
                                        || name === "sign-out" || name === "external")
    // Decorative unless a caller gives it a name: the control next to it carries the meaning.
    Accessible.ignored: Accessible.name.length === 0
}
