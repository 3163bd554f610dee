import QtQuick
import QtTest
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "Card"
    width: 400
    height: 300
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

    function test_grows_with_content() {
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        // Title, description and the 40 px body must all fit.
        verify(card.implicitHeight > 40 + 2 * 24)
        compare(card.title, "Title")
    }
}
