// Spinner: an indeterminate progress ring. Properties: running, color, size.
import QtQuick
import AppwriteAccount.Ui

// Three quarters of a ring (resources/icons/spinner.svg), its stroke an eighth of its size. A form
// has a spinner in every button and most never turn: hidden, it reads no image and runs nothing.
Icon {
    id: root

    property bool running: true

    name: "spinner"
    color: Theme.accent
    size: 16
    visible: running
    Accessible.role: Accessible.ProgressBar
    //: Read by screen readers while something is loading.
    Accessible.name: qsTr("Working")

    RotationAnimator on rotation {
        from: 0
        to: 360
        duration: 900
        loops: Animation.Infinite
        running: root.visible // running, and every parent shown
    }
}
