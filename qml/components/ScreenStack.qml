// ScreenStack: screens one over another, the top one shown and focused, a new one faded in over the
// last: what StackView does for the sign-in flow, without Qt Quick Controls (kept off the first
// screen's path). Screens are made from URLs with their properties and destroyed when left.
// Read-only: depth, currentItem, busy (a fade runs).
import QtQuick
import AppwriteAccount.Ui

FocusScope {
    id: root

    property var screens: []
    readonly property int depth: screens.length
    readonly property Item currentItem: screens.length > 0 ? screens[screens.length - 1] : null
    readonly property bool busy: fade.running
    readonly property bool waiting: pending !== null
    property Item leaving: null
    property bool destroyLeaving: false
    // { source, properties, component } of the screen pushWhenReady() waits for.
    property var pending: null

    function make(source: url, properties: var): Item {
        const component = Qt.createComponent(source)
        if (component.status !== Component.Ready) {
            console.warn("ScreenStack:", component.errorString())
            return null
        }
        const item = component.createObject(root, Object.assign({ width: width, height: height },
                                                                 properties || {})) as Item
        if (item)
            item.anchors.fill = root
        else
            console.warn("ScreenStack: could not make", source)
        return item
    }
    // Shows `entering` over the current top, which is hidden (and destroyed if `drop`).
    function show(entering: Item, list: var, drop: bool, immediate: bool) {
        settle()
        const top = currentItem
        screens = list
        if (entering) {
            entering.visible = true
            entering.focus = true
        }
        leaving = top !== entering ? top : null
        destroyLeaving = drop
        if (immediate || !leaving || !entering) {
            root.finishLeaving()
            if (entering)
                entering.opacity = 1
        } else {
            fade.restart()
        }
    }
    // Ends a fade under way at once.
    function settle() {
        fade.stop()
        if (currentItem)
            currentItem.opacity = 1
        finishLeaving()
    }
    function finishLeaving() {
        if (!leaving)
            return
        leaving.visible = false
        leaving.opacity = 1
        if (destroyLeaving)
            leaving.destroy()
        leaving = null
    }
    function pushWhenReady(source: url, properties: var) {
        makePending()
        const component = Qt.createComponent(source, Component.Asynchronous)
        if (component.status !== Component.Loading) {
            push(source, properties, true)
            return
        }
        const screen = { source: source, properties: properties, component: component }
        pending = screen
        component.statusChanged.connect(() => {
            if (pending === screen)
                makePending()
        })
    }
    // Makes the screen pushWhenReady() waits for, waiting for its compilation if need be.
    function makePending() {
        if (!pending)
            return
        const screen = pending
        pending = null
        push(screen.source, screen.properties, true)
    }
    function push(source: url, properties: var, immediate: bool) {
        makePending()
        const item = make(source, properties)
        if (item)
            show(item, screens.concat([item]), false, immediate)
    }
    function replace(source: url, properties: var) {
        makePending()
        const item = make(source, properties)
        if (item)
            show(item, screens.slice(0, -1).concat([item]), true, false)
    }
    function pop() {
        makePending()
        if (depth > 1)
            show(screens[depth - 2], screens.slice(0, -1), true, false)
    }
    function clear() {
        pending = null
        settle()
        for (const item of screens)
            item.destroy()
        screens = []
    }

    ParallelAnimation {
        id: fade
        NumberAnimation {
            target: root.currentItem
            property: "opacity"
            from: 0
            to: 1
            duration: Theme.motionShort
        }
        NumberAnimation {
            target: root.leaving
            property: "opacity"
            from: 1
            to: 0
            duration: Theme.motionShort
        }
        onFinished: root.finishLeaving()
    }
}
