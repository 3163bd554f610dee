import QtQuick
import QtTest
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

// The authenticator dialog's first step as the dialog holds it (a StackLayout page inside a
// PageDialog), with the key arriving after it opened: the key's field is as tall as its lines
// and nothing below runs into it.
TestCase {
    id: testCase
    name: "AuthenticatorScan"
    width: 1100
    height: 760
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        PageDialog {
            property alias scan: scanStep
            title: "Add an authenticator app"

            StackLayout {
                id: steps
                Layout.fillWidth: true
                Layout.preferredHeight: steps.children[steps.currentIndex]?.implicitHeight ?? 0

                AuthenticatorScanStep {
                    id: scanStep
                    Layout.fillWidth: true
                    issuer: "Sandbox"
                    account: "pat.1795750500230@example.com"
                }
            }
        }
    }

    function test_key_field_holds_its_lines() {
        const dialog = createTemporaryObject(dialogComponent, testCase)
        dialog.open()
        tryVerify(() => dialog.opened)
        const secret = "65EFK2AVQ6F4F2CXMD4K5UEOTH6KYHQYKHFZFIO5ZNXMU3B3YDAYDLLHQQU2XDV57EIZ5U4ZB2JD2QHC"
        dialog.scan.secret = secret
        dialog.scan.uri = "otpauth://totp/Sandbox:pat?secret=" + secret + "&issuer=Sandbox"
        const field = findChild(dialog.scan, "authenticatorSecret")
        const shown = findChild(field, "copyFieldValue")
        const link = findChild(dialog.scan, "authenticatorCopyUri")
        tryVerify(() => shown.lineCount === 4)
        compare(shown.text.split("\n")[0], "65EF K2AV Q6F4 F2CX MD4K 5UEO")
        tryVerify(() => field.height >= shown.contentHeight + 8, 2000,
                  "field " + field.height + " for " + shown.contentHeight)
        const fieldBottom = field.mapToItem(dialog.scan, 0, field.height).y
        verify(link.mapToItem(dialog.scan, 0, 0).y >= fieldBottom)
        verify(shown.y >= 0 && shown.y + shown.contentHeight <= field.height)
    }
}
