// ResendButton: "Send again" that waits out a cooldown after each send ("Send again in 42 s").
// Properties: cooldown (seconds), busy, remaining (read-only); function restart(); signal clicked().
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

RowLayout {
    id: root

    property int cooldown: 60
    property bool busy: false
    property int remaining: 0
    property string text: qsTr("Send again")

    signal clicked()

    function restart() {
        remaining = cooldown
        timer.restart()
    }

    spacing: Theme.spacing

    Timer {
        id: timer
        interval: 1000
        repeat: true
        onTriggered: {
            root.remaining = Math.max(0, root.remaining - 1)
            if (root.remaining === 0)
                stop()
        }
    }
    Spinner {
        running: root.busy
    }
    LinkButton {
        objectName: "resendButton"
        enabled: root.remaining === 0 && !root.busy
        color: enabled ? Theme.link : Theme.textMuted
        //: %1 is the button text ("Send again"), %n the seconds left before it can be used.
        text: root.remaining > 0 ? qsTr("%1 in %n s", "", root.remaining).arg(root.text) : root.text
        onClicked: root.clicked()
    }
}
