// A screen for tst_screenstack.qml that only one test compiles, from a local file: most often still
// compiling when pushed (the engine reads local files on its loader thread).
import QtQuick

FocusScope {
    property string name
    property QtObject tracker

    Component.onDestruction: if (tracker) tracker.destroyed.push(name)
}
