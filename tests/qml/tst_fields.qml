import QtQuick
import QtTest
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "Fields"
    width: 500
    height: 400
    // TestCase is invisible by default; the components under test must be shown.
    visible: true
    when: windowShown

    Component {
        id: formComponent
        FormField {
            width: 300
            label: "Password"
            password: true
        }
    }
    Component {
        id: copyComponent
        CopyField {
            width: 360
            label: "key"
            value: "JBSWY3DPEHPK3PXP"
        }
    }
    Component {
        id: wrappedCopyComponent
        ColumnLayout {
            width: 240
            property alias field: keyField
            CopyField {
                id: keyField
                Layout.fillWidth: true
                label: "setup key"
                value: "65EFK2AVQ6F4F2CXMD4K5UEOTH6KYHQYKHFZFIO5ZNXMU3B3YDAYDLLHQQU2"
                displayValue: value.replace(/(.{4})(?=.)/g, "$1 ")
                secret: true
                revealed: true
                hideable: false
            }
            Text {
                id: below
                objectName: "below"
                text: "under the key"
            }
        }
    }
    Component {
        id: dialogComponent
        ConfirmDialog {
            title: "Block your account?"
            text: "You are signed out everywhere and cannot sign in again."
            confirmText: "Block"
            destructive: true
            typedConfirmation: "block"
        }
    }
    SignalSpy {
        id: confirmedSpy
        signalName: "confirmed"
    }

    function test_password_field_reveals_on_toggle() {
        const field = createTemporaryObject(formComponent, testCase)
        compare(field.field.echoMode, TextInput.Password)
        const toggle = findChild(field, "revealToggle")
        verify(toggle && toggle.visible)
        mouseClick(toggle)
        compare(field.field.echoMode, TextInput.Normal)
        compare(toggle.Accessible.name, "Hide password")
        mouseClick(toggle)
        compare(field.field.echoMode, TextInput.Password)
    }

    function test_error_text_below_field() {
        const field = createTemporaryObject(formComponent, testCase, { password: false })
        compare(field.field.echoMode, TextInput.Normal)
        verify(!findChild(field, "revealToggle").visible)
        field.errorText = "Enter a valid email address."
        const error = findChild(field, "fieldError")
        verify(error.visible)
        verify(field.field.invalid)
        tryVerify(() => error.mapToItem(field, 0, 0).y > field.field.mapToItem(field, 0, 0).y)
        compare(field.field.Accessible.description, "Enter a valid email address.")
    }

    function test_enter_emits_accepted() {
        const field = createTemporaryObject(formComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: field, signalName: "accepted" })
        field.forceActiveFocus()
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
        compare(field.text, "a")
    }

    function test_copy_field_copies_and_confirms() {
        const field = createTemporaryObject(copyComponent, testCase)
        const button = findChild(field, "copyButton")
        compare(button.text, "Copy")
        mouseClick(button)
        verify(field.copied)
        compare(button.text, "Copied")
        tryVerify(() => !field.copied, 4000)
    }

    function test_secret_copy_field_masks_until_revealed() {
        const field = createTemporaryObject(copyComponent, testCase, { secret: true })
        const shown = findChild(field, "copyFieldValue")
        verify(shown.text.indexOf("JBSW") < 0)
        field.revealed = true
        compare(shown.text, "JBSWY3DPEHPK3PXP")
    }

    // A long key wraps inside the field, which grows with it: nothing spills onto what follows.
    function test_copy_field_grows_with_wrapped_value() {
        const column = createTemporaryObject(wrappedCopyComponent, testCase)
        const field = column.field
        const shown = findChild(field, "copyFieldValue")
        const below = findChild(column, "below")
        tryVerify(() => shown.lineCount > 1)
        tryVerify(() => field.height >= shown.contentHeight + 8)
        verify(shown.y >= 0)
        verify(shown.y + shown.contentHeight <= field.height)
        verify(below.y >= field.y + field.height)
        compare(findChild(field, "copyButton").visible, true)
    }

    function test_confirm_dialog_needs_typed_word() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        confirmedSpy.clear()
        confirmedSpy.target = dialog
        dialog.open()
        tryVerify(() => dialog.opened)
        const confirm = findChild(dialog.footer, "confirmButton")
        verify(!confirm.enabled)
        const typed = findChild(dialog.contentItem, "typedConfirmation")
        typed.text = "BLOCK"
        verify(!dialog.canConfirm)
        typed.text = "block"
        verify(confirm.enabled)
        typed.field.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(confirmedSpy.count, 1)
        tryVerify(() => !dialog.visible)
    }

    function test_confirm_dialog_escape_cancels() {
        const dialog = createTemporaryObject(dialogComponent, testCase, { typedConfirmation: "" })
        confirmedSpy.clear()
        confirmedSpy.target = dialog
        dialog.open()
        tryVerify(() => dialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        compare(confirmedSpy.count, 0)
    }

    function test_busy_button_disabled_while_busy() {
        const button = createTemporaryObject(buttonComponent, testCase)
        verify(button.enabled)
        button.busy = true
        verify(!button.enabled)
        compare(button.Accessible.description, "Working, please wait")
    }

    function test_device_icon_kinds() {
        const icon = createTemporaryObject(deviceComponent, testCase)
        icon.deviceName = "smartphone"
        compare(icon.iconName, "phone")
        icon.deviceName = "tablet"
        compare(icon.iconName, "tablet")
        icon.deviceName = ""
        icon.clientType = "browser"
        compare(icon.iconName, "globe")
        icon.clientType = "library"
        compare(icon.iconName, "terminal")
        compare(icon.Accessible.name, "Program or script")
    }

    function test_relative_time_label() {
        const label = createTemporaryObject(timeComponent, testCase,
                                            { date: new Date(Date.now() - 3 * 60 * 1000) })
        compare(label.text, RelativeTime.format(label.date))
        compare(label.exactText, RelativeTime.exact(label.date))
        compare(label.Accessible.name, label.exactText)
        // `now` ticks every 30 s and trails the clock: a date a second or more after it is still
        // in the past.
        tryVerify(() => Date.now() - RelativeTime.now.getTime() >= 1000, 2000)
        label.date = new Date()
        compare(label.text, "just now")
        label.date = undefined
        compare(label.text, "")
    }

    function test_relative_time_label_shows_the_exact_time_on_hover() {
        const date = new Date(Date.now() - 3 * 60 * 1000)
        const label = createTemporaryObject(timeComponent, testCase, { date: date })
        let hint = null
        for (let i = 0; i < label.children.length; ++i) {
            if (label.children[i].shown !== undefined)
                hint = label.children[i]
        }
        verify(hint, "the label has a hover hint")
        compare(hint.item, null, "the tooltip is made only when it shows")
        mouseMove(label, label.width / 2, label.height / 2)
        tryVerify(() => hint.item !== null)
        compare(hint.item.ToolTip.text, RelativeTime.exact(date))
        tryVerify(() => hint.item.ToolTip.toolTip.visible)
        mouseMove(testCase, testCase.width - 1, testCase.height - 1)
        tryCompare(hint, "item", null)
    }

    Component {
        id: spyComponent
        SignalSpy {}
    }
    Component {
        id: buttonComponent
        BusyButton {
            text: "Save"
        }
    }
    Component {
        id: deviceComponent
        DeviceIcon {}
    }
    Component {
        id: timeComponent
        RelativeTimeLabel {}
    }
}
