// The ToolTip of a HoverHint, which loads it (see there).
import QtQuick
import QtQuick.Controls

Item {
    // The HoverHint: untyped, so that the two files do not depend on each other.
    readonly property var hint: parent

    ToolTip.visible: hint !== null
    ToolTip.delay: hint ? hint.delay : 0
    ToolTip.text: hint ? hint.text : ""
}
