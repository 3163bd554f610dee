// Spinner: an indeterminate progress ring. Properties: running, color, size.
import QtQuick
import QtQuick.Shapes
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

    // The ring is made only while running: a form has a spinner in every button, and most never
    // turn.
    Loader {
        id: ringLoader
        anchors.fill: parent
        active: root.running
        sourceComponent: ringComponent
    }
    // The ring reads nothing from outside: Qt 6.4 cannot load a component bound to this file
    // ("cannot instantiate bound component outside its creation context"), so it is fed by the
    // bindings below.
    Component {
        id: ringComponent

        Shape {
            id: ring

            property color color
            property int size: 16
            readonly property real stroke: Math.max(2, size / 8)

            layer.enabled: true
            layer.samples: 4

            ShapePath {
                strokeColor: ring.color
                strokeWidth: ring.stroke
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap

                PathAngleArc {
                    centerX: ring.size / 2
                    centerY: ring.size / 2
                    radiusX: ring.size / 2 - ring.stroke
                    radiusY: radiusX
                    startAngle: 0
                    sweepAngle: 270
                }
            }
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
