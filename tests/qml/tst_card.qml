import QtQuick
import QtTest
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "Card"
    width: 400
    height: 300
    // TestCase is invisible by default; the components under test must be shown.
    visible: true
    when: windowShown

    Component {
        id: cardComponent
        Card {
            title: "Title"
            description: "A description long enough to wrap onto a second line in a narrow card."
            width: 300
            Rectangle {
                implicitWidth: 100
                implicitHeight: 40
            }
        }
    }
    Component {
        id: footerComponent
        Card {
            width: 300
            title: "With actions"
            footer: [
                BusyButton { objectName: "cancel"; text: "Cancel" },
                BusyButton { objectName: "save"; text: "Save"; primary: true }
            ]
        }
    }
    Component {
        id: bareComponent
        Card {
            width: 300
        }
    }

    function test_grows_with_content() {
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        // Title, description and the 40 px body must all fit inside the padding.
        verify(card.implicitHeight > 40 + 2 * card.padding)
        const narrow = card.implicitHeight
        card.description += " And another sentence to make it wrap once more in the narrow card."
        // Layouts settle on the next polish.
        tryVerify(() => card.implicitHeight > narrow)
    }

    function test_footer_puts_primary_action_at_trailing_edge() {
        const card = createTemporaryObject(footerComponent, testCase)
        verify(card)
        waitForRendering(card)
        const cancel = findChild(card, "cancel")
        const save = findChild(card, "save")
        verify(cancel && save)
        const cancelX = cancel.mapToItem(card, 0, 0).x
        const saveX = save.mapToItem(card, 0, 0).x
        verify(saveX > cancelX)
        // The last action ends at the card's inner trailing edge.
        fuzzyCompare(saveX + save.width, card.width - card.padding, 1)
    }

    function test_empty_card_is_only_padding() {
        const card = createTemporaryObject(bareComponent, testCase)
        verify(card)
        compare(card.implicitHeight, 2 * card.padding)
    }
}
