// A screen for tst_screenstack.qml: counts its own destruction in `tracker`.
import QtQuick

FocusScope {
    property string name
    property QtObject tracker

    Component.onDestruction: if (tracker) tracker.destroyed.push(name)
}
