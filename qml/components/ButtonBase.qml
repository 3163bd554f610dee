// ButtonBase: what every button of the app shares, made of Qt Quick items alone. Importing Qt
// Quick Controls costs a fifth of the start-up, so nothing on the first screen's path imports
// them; the screens after it load them in the background (UiEngine::precompileRest).
// Properties: text, font, cursorShape, checkable, checked, padding (and its four sides);
// read-only hovered, down, visualFocus (focus that came from the keyboard); signal clicked().
// Pressed with the mouse, Space or Enter, or a screen reader's press action; takes focus on Tab
// and on click, like Controls' Qt.StrongFocus.
import QtQuick
import AppwriteAccount.Core
import AppwriteAccount.Ui

Item {
    id: root

    property string text
    property font font: Qt.font({ pixelSize: Theme.bodySize })
    property int cursorShape: Qt.ArrowCursor
    property bool checkable: false
    property bool checked: false
    property real padding: 0
    property real leftPadding: padding
    property real rightPadding: padding
    property real topPadding: padding
    property real bottomPadding: padding
    readonly property bool hovered: pointer.containsMouse
    readonly property bool down: pointer.pressed || keyDown
    // As Controls: the focus ring only for focus from the keyboard, not for a click, focus given
    // from code or focus coming back to a screen. KeyboardFocus first: it must be attached
    // before the first focus event.
    readonly property bool visualFocus: KeyboardFocus.fromKeyboard && activeFocus

    // Internal state.
    property bool keyDown: false

    signal clicked()

    function isPressKey(key: int): bool {
        return key === Qt.Key_Space || key === Qt.Key_Return || key === Qt.Key_Enter
    }
    function click() {
        if (!enabled)
            return
        if (checkable)
            checked = !checked
        clicked()
    }

    activeFocusOnTab: true
    onActiveFocusChanged: keyDown = false
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.focusable: true
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: click()

    Keys.onPressed: event => {
        if (isPressKey(event.key)) {
            if (!event.isAutoRepeat)
                keyDown = true
            event.accepted = true
        }
    }
    Keys.onReleased: event => {
        if (keyDown && !event.isAutoRepeat && isPressKey(event.key)) {
            keyDown = false
            event.accepted = true
            click()
        }
    }

    MouseArea {
        id: pointer
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: root.cursorShape
        onPressed: root.forceActiveFocus(Qt.MouseFocusReason)
        onClicked: root.click()
    }
}
