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

    Shape {
        id: ring
        anchors.fill: parent
        layer.enabled: true
        layer.samples: 4

        ShapePath {
            strokeColor: root.color
            strokeWidth: Math.max(2, root.size / 8)
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap

            PathAngleArc {
                centerX: root.size / 2
                centerY: root.size / 2
                radiusX: root.size / 2 - Math.max(2, root.size / 8)
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
            running: root.running && root.visible
        }
    }
}
