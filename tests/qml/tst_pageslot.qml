import QtQuick
import QtTest
import AppwriteAccount.Ui

// PageSlot: a page that cannot be loaded gets a placeholder naming it; the placeholder is made
// only then, not held hidden by every slot.
TestCase {
    id: testCase
    name: "PageSlot"
    width: 600
    height: 400
    visible: true
    when: windowShown

    Component {
        id: missingPage
        PageSlot {
            anchors.fill: parent
            name: "Nowhere"
            title: "Nowhere to be seen"
            iconName: "info"
        }
    }

    function textItem(item: Item, text: string): Item {
        if (item.text === text)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = textItem(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    function test_placeholder_when_the_page_fails() {
        const slot = createTemporaryObject(missingPage, testCase)
        verify(slot)
        compare(textItem(slot, "Nowhere to be seen"), null)
        compare(slot.children.length, 2) // the page's loader and the placeholder's, both empty
        slot.active = true
        tryVerify(() => textItem(slot, "Nowhere to be seen") !== null)
        verify(textItem(slot, "This page could not be opened. Other pages still work.").visible)
    }
}
