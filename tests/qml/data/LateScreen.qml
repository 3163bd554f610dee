// A screen for tst_screenstack.qml, served slowly from held: URLs (tests/qml/slownetwork.h) so
// that it is still loading when pushed. Self-contained: every file it named would be fetched too.
import QtQuick

FocusScope {
    property string name
    property QtObject tracker

    Component.onDestruction: if (tracker) tracker.destroyed.push(name)
}
