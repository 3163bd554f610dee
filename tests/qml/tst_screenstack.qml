import QtQuick
import QtTest
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "ScreenStack"
    width: 400
    height: 300
    visible: true
    when: windowShown

    readonly property url screenUrl: Qt.resolvedUrl("data/StackScreen.qml")

    Component {
        id: stackComponent
        ScreenStack {
            anchors.fill: parent
            focus: true
        }
    }
    Component {
        id: trackerComponent
        QtObject {
            property var destroyed: []
        }
    }

    function makeStack() {
        const stack = createTemporaryObject(stackComponent, testCase)
        const tracker = createTemporaryObject(trackerComponent, testCase)
        return [stack, tracker]
    }

    function test_push_shows_and_focuses_the_top() {
        const [stack, tracker] = makeStack()
        stack.push(screenUrl, { name: "a", tracker: tracker }, true)
        stack.push(screenUrl, { name: "b", tracker: tracker }, false)
        compare(stack.depth, 2)
        compare(stack.currentItem.name, "b")
        compare(stack.currentItem.width, stack.width)
        verify(stack.busy)
        tryVerify(() => !stack.busy)
        verify(stack.currentItem.visible)
        verify(stack.currentItem.activeFocus)
        compare(stack.currentItem.opacity, 1)
        verify(!stack.screens[0].visible)
        compare(tracker.destroyed.length, 0)
    }

    function test_pop_returns_and_destroys_the_top() {
        const [stack, tracker] = makeStack()
        stack.push(screenUrl, { name: "a", tracker: tracker }, true)
        stack.push(screenUrl, { name: "b", tracker: tracker }, true)
        stack.pop()
        compare(stack.depth, 1)
        compare(stack.currentItem.name, "a")
        tryVerify(() => !stack.busy)
        verify(stack.currentItem.visible)
        tryCompare(tracker, "destroyed", ["b"])
        stack.pop() // the last screen stays
        compare(stack.depth, 1)
    }

    function test_replace_destroys_the_replaced() {
        const [stack, tracker] = makeStack()
        stack.push(screenUrl, { name: "a", tracker: tracker }, true)
        stack.push(screenUrl, { name: "b", tracker: tracker }, true)
        stack.replace(screenUrl, { name: "c", tracker: tracker })
        // A second change during the fade ends it at once.
        stack.push(screenUrl, { name: "d", tracker: tracker }, false)
        compare(stack.screens.map(screen => screen.name), ["a", "c", "d"])
        tryCompare(tracker, "destroyed", ["b"])
        tryVerify(() => !stack.busy)
        verify(!stack.screens[1].visible)
    }

    function test_clear_destroys_every_screen() {
        const [stack, tracker] = makeStack()
        stack.push(screenUrl, { name: "a", tracker: tracker }, true)
        stack.push(screenUrl, { name: "b", tracker: tracker }, false)
        stack.clear()
        compare(stack.depth, 0)
        compare(stack.currentItem, null)
        tryVerify(() => tracker.destroyed.length === 2)
    }

    // A screen that is certainly still loading when pushed: served 200 ms late (slownetwork.h).
    // Each test asks for its own URL (the query), so that none finds it compiled by another.
    function lateUrl(tag: string): url {
        return "held://" + Qt.resolvedUrl("data/LateScreen.qml").toString().replace("file://", "")
                + "?" + tag
    }

    function test_push_when_ready_shows_the_screen_once_compiled() {
        const [stack, tracker] = makeStack()
        stack.pushWhenReady(lateUrl("A"), { name: "a", tracker: tracker })
        verify(stack.waiting)
        compare(stack.depth, 0)
        tryCompare(stack, "waiting", false)
        compare(stack.depth, 1)
        compare(stack.currentItem.name, "a")
        verify(stack.currentItem.activeFocus)
        // Already compiled: shown at once.
        stack.clear()
        stack.pushWhenReady(lateUrl("A"), { name: "again", tracker: tracker })
        verify(!stack.waiting)
        compare(stack.currentItem.name, "again")
    }

    function test_anything_else_makes_the_waiting_screen_first() {
        const [stack, tracker] = makeStack()
        // A local file, which can be made at once (a remote one cannot): the app's screens are
        // resources. Whether or not its compilation has ended by now, the order is kept.
        stack.pushWhenReady(Qt.resolvedUrl("data/LocalScreen.qml"), { name: "a", tracker: tracker })
        stack.push(screenUrl, { name: "b", tracker: tracker }, true)
        verify(!stack.waiting)
        compare(stack.screens.map(screen => screen.name), ["a", "b"])
        compare(stack.currentItem.name, "b")
    }

    function test_clear_drops_the_waiting_screen() {
        const [stack, tracker] = makeStack()
        stack.pushWhenReady(lateUrl("C"), { name: "a", tracker: tracker })
        verify(stack.waiting)
        stack.clear()
        verify(!stack.waiting)
        // Its compilation ends, and nothing is shown.
        const late = Qt.createComponent(lateUrl("C"), Component.Asynchronous)
        tryVerify(() => late.status === Component.Ready)
        wait(0)
        compare(stack.depth, 0)
    }
}
