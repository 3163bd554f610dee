// Spinner: an indeterminate progress ring. Properties: running, color, size.
import QtQuick
import AppwriteAccount.Ui

Item {
    id: root

    property bool running: true
    property color color: Theme.accent
    property int size: 16

    implicitWidth: size
    implicitHeight: size
    visible: running
    Accessible.role: Accessible.ProgressBar
    //: Read by screen readers while something is loading.
    Accessible.name: qsTr("Working")

    // The ring is made only while running and on screen: a form has a spinner in every button,
    // and most never turn.
    Loader {
        id: ringLoader
        anchors.fill: parent
        active: root.visible // running, and every parent shown
        sourceComponent: ringComponent
    }
    // The ring reads nothing from outside: Qt 6.4 cannot load a component bound to this file
    // ("cannot instantiate bound component outside its creation context"), so it is fed by the
    // bindings below.
    Component {
        id: ringComponent

        // Three quarters of a ring (resources/icons/spinner.svg), its stroke an eighth of its size.
        Icon {
            id: ring

            name: "spinner"

            RotationAnimator on rotation {
                from: 0
                to: 360
                duration: 900
                loops: Animation.Infinite
                running: ring.visible
            }
        }
    }
    Binding {
        target: ringLoader.item
        property: "color"
        value: root.color
    }
    Binding {
        target: ringLoader.item
        property: "size"
        value: root.size
    }
}
