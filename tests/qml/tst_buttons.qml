import QtQuick
import QtTest
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "Buttons"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: rowComponent
        Row {
            property alias first: first
            property alias second: second
            spacing: 8
            BusyButton { id: first; text: "First" }
            LinkButton { id: second; text: "Second" }
        }
    }
    Component {
        id: scopesComponent
        Row {
            property alias first: first
            property alias button: button
            property alias other: other
            FocusScope {
                id: first
                width: button.width
                height: button.height
                BusyButton { id: button; text: "Forgot password?" }
            }
            FocusScope {
                id: other
                width: 10
                height: 10
            }
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
            signalName: "clicked"
        }
    }

    function test_space_and_enter_press_a_focused_button() {
        const row = createTemporaryObject(rowComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: row.first })
        row.first.forceActiveFocus()
        keyClick(Qt.Key_Space)
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Enter)
        compare(spy.count, 3)
        keyClick(Qt.Key_A)
        compare(spy.count, 3)
    }

    function test_mouse_click_and_disabled() {
        const row = createTemporaryObject(rowComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: row.first })
        mouseClick(row.first)
        compare(spy.count, 1)
        verify(row.first.activeFocus) // a click takes the focus, as Qt.StrongFocus does
        row.first.busy = true
        verify(!row.first.enabled)
        mouseClick(row.first)
        keyClick(Qt.Key_Space)
        compare(spy.count, 1)
    }

    function test_focus_ring_for_the_keyboard_only() {
        const row = createTemporaryObject(rowComponent, testCase)
        mouseClick(row.first)
        verify(row.first.activeFocus)
        verify(!row.first.visualFocus)
        keyClick(Qt.Key_Tab)
        verify(row.second.activeFocus)
        verify(row.second.visualFocus)
        keyClick(Qt.Key_Backtab)
        verify(row.first.visualFocus)
    }

    function test_focus_from_code_shows_no_ring_until_the_keyboard_moves_it() {
        const row = createTemporaryObject(rowComponent, testCase)
        row.second.forceActiveFocus()
        verify(row.second.activeFocus)
        verify(!row.second.visualFocus)
        keyClick(Qt.Key_Backtab)
        verify(row.first.visualFocus)
        keyClick(Qt.Key_Tab)
        verify(row.second.visualFocus)
    }

    // As when a screen comes back after the next one is closed: its focus returns to the button
    // that was clicked, and a ring would mark a click.
    function test_focus_coming_back_after_a_click_shows_no_ring() {
        const scopes = createTemporaryObject(scopesComponent, testCase)
        mouseClick(scopes.button)
        verify(scopes.button.activeFocus)
        scopes.other.forceActiveFocus()
        verify(!scopes.button.activeFocus)
        scopes.first.forceActiveFocus()
        verify(scopes.button.activeFocus)
        verify(!scopes.button.visualFocus)
        // The keyboard moving it there shows it.
        scopes.other.forceActiveFocus()
        scopes.button.forceActiveFocus(Qt.TabFocusReason)
        verify(scopes.button.visualFocus)
        scopes.other.forceActiveFocus()
        verify(!scopes.button.visualFocus)
    }

    function test_busy_after_a_click_keeps_the_ring_hidden() {
        const row = createTemporaryObject(rowComponent, testCase)
        mouseClick(row.first)
        row.first.busy = true
        verify(!row.first.activeFocus)
        row.first.busy = false
        tryVerify(() => row.first.activeFocus)
        verify(!row.first.visualFocus)
    }

    function test_checkable_toggles() {
        const row = createTemporaryObject(rowComponent, testCase)
        row.first.checkable = true
        mouseClick(row.first)
        verify(row.first.checked)
        compare(row.first.Accessible.checked, true)
        mouseClick(row.first)
        verify(!row.first.checked)
    }

    function test_busy_shows_a_spinner_in_place_of_the_icon() {
        const row = createTemporaryObject(rowComponent, testCase)
        row.first.iconName = "mail"
        const icon = findChild(row.first, "buttonIcon")
        verify(icon.visible)
        const width = row.first.implicitWidth
        row.first.busy = true
        verify(!icon.visible)
        const spinner = findChild(row.first, "buttonSpinner").item
        verify(spinner && spinner.visible && spinner.running)
        compare(spinner.x + spinner.width / 2, icon.x + icon.width / 2) // in the icon's place
        compare(row.first.implicitWidth, width) // the button keeps its size
        verify(row.first.Accessible.description.length > 0)
        row.first.busy = false
        verify(icon.visible)
        compare(icon.rotation, 0)
    }
}
