import QtQuick
import QtTest
import AppwriteAccount.Core
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "CodeInput"
    width: 400
    height: 200
    // TestCase is invisible by default; the components under test must be shown.
    visible: true
    when: windowShown

    Component {
        id: inputComponent
        CodeInput {}
    }
    SignalSpy {
        id: submittedSpy
        signalName: "submitted"
    }

    function makeInput() {
        const input = createTemporaryObject(inputComponent, testCase)
        verify(input)
        submittedSpy.clear()
        submittedSpy.target = input
        input.forceActiveFocus()
        tryVerify(() => findChild(input, "codeTextInput").activeFocus)
        return input
    }

    function test_typing_submits_on_last_digit() {
        const input = makeInput()
        for (const key of [Qt.Key_1, Qt.Key_2, Qt.Key_3, Qt.Key_4, Qt.Key_5])
            keyClick(key)
        compare(input.code, "12345")
        compare(submittedSpy.count, 0)
        verify(!input.complete)
        keyClick(Qt.Key_6)
        compare(submittedSpy.count, 1)
        compare(submittedSpy.signalArguments[0][0], "123456")
        verify(input.complete)
    }

    function test_letters_are_ignored() {
        const input = makeInput()
        keyClick(Qt.Key_A)
        keyClick(Qt.Key_7)
        keyClick(Qt.Key_Space)
        compare(input.code, "7")
    }

    function test_pasted_code_is_cleaned_and_submitted() {
        const input = makeInput()
        // As copied from an email: spaces, a separator and a line break around the digits.
        Clipboard.copy(" 123 456\n")
        keySequence(StandardKey.Paste)
        compare(input.code, "123456")
        compare(submittedSpy.count, 1)
        compare(submittedSpy.signalArguments[0][0], "123456")
    }

    function test_separators_typed_are_dropped() {
        const input = makeInput()
        for (const ch of ["1", "2", "3", "-", "4"])
            keySequence(ch)
        compare(input.code, "1234")
    }

    function test_backspace_removes_last_digit() {
        const input = makeInput()
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_2)
        keyClick(Qt.Key_Backspace)
        compare(input.code, "4")
    }

    function test_fail_clears_and_marks_error() {
        const input = makeInput()
        for (const key of [Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1, Qt.Key_1])
            keyClick(key)
        input.fail()
        compare(input.code, "")
        verify(input.error)
        keyClick(Qt.Key_9)
        verify(!input.error)
        compare(input.code, "9")
    }

    function test_enter_resubmits_complete_code() {
        const input = makeInput()
        for (const key of [Qt.Key_1, Qt.Key_2, Qt.Key_3, Qt.Key_4, Qt.Key_5, Qt.Key_6])
            keyClick(key)
        keyClick(Qt.Key_Return)
        compare(submittedSpy.count, 2)
    }

    function test_accessible_name() {
        const input = makeInput()
        const text = findChild(input, "codeTextInput")
        compare(text.Accessible.name, input.label)
    }

    function test_normalised_keeps_tail_of_long_paste() {
        const input = makeInput()
        compare(input.normalised("12 345 678"), "345678")
        compare(input.normalised("code: 123-456."), "123456")
    }
}
