// AppTextField: the app's themed single-line text field, a TextInput with the app's frame, so that
// the first screen needs no Qt Quick Controls (Controls' TextField is a TextInput too).
// Properties: placeholderText, placeholderTextColor, invalid (red border); read-only hovered;
// plus TextInput's.
import QtQuick
import AppwriteAccount.Ui

TextInput {
    id: root

    property string placeholderText
    property color placeholderTextColor: Theme.placeholder
    property bool invalid: false
    readonly property bool hovered: hover.hovered

    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    // A TextInput's implicit height is its text's and its padding's: padded to a control's height.
    topPadding: Math.max(Theme.spacing, Math.ceil((Theme.controlHeight - contentHeight) / 2))
    bottomPadding: topPadding
    font.pixelSize: Theme.bodySize
    color: Theme.text
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    selectByMouse: true
    verticalAlignment: TextInput.AlignVCenter
    clip: true
    activeFocusOnTab: true
    Accessible.name: placeholderText

    HoverHandler {
        id: hover
        cursorShape: Qt.IBeamCursor
    }
    Rectangle {
        anchors.fill: parent
        z: -1
        radius: Theme.radiusSmall + 2
        color: root.readOnly ? Theme.surfaceAlt : Theme.surface
        border.width: root.activeFocus || root.invalid ? 2 : 1
        border.color: root.invalid ? Theme.danger
                                   : root.activeFocus ? Theme.focus
                                                      : root.hovered ? Theme.borderStrong : Theme.border
        opacity: root.enabled ? 1 : 0.6
    }
    Text {
        anchors.fill: parent
        leftPadding: root.leftPadding
        rightPadding: root.rightPadding
        text: root.placeholderText
        font: root.font
        color: root.placeholderTextColor
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: root.horizontalAlignment
        elide: Text.ElideRight
        visible: root.length === 0 && root.preeditText.length === 0
        Accessible.ignored: true
    }
}
