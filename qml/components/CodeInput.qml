// CodeInput: a one-time code in segmented cells (6 by default). Typing or pasting a full code fills
// the cells and submits on the last character. Properties: length, digitsOnly, label, error; read-only
// code, complete. Signal submitted(code). Functions: clear(), fail() (shake, mark and clear), forceActiveFocus().
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

FocusScope {
    id: root

    property int length: 6
    property bool digitsOnly: true
    property bool error: false
    //: Spoken name of the segmented code input.
    property string label: qsTr("Verification code")
    readonly property alias code: input.text
    readonly property bool complete: input.text.length === length

    signal submitted(string code)

    function clear() {
        input.text = ""
    }
    function fail() {
        error = true
        input.text = ""
        shake.restart()
        // Later: the caller may re-enable the input in the same change that reported the failure.
        refocus.start()
    }
    function normalised(raw: string): string {
        let cleaned = digitsOnly ? raw.replace(/[^0-9]/g, "") : raw.replace(/[^0-9A-Za-z]/g, "")
        // A paste after partial typing appends; the pasted code is the tail.
        if (cleaned.length > length)
            cleaned = cleaned.slice(cleaned.length - length)
        return cleaned
    }

    implicitWidth: cells.implicitWidth
    implicitHeight: cells.implicitHeight
    activeFocusOnTab: true
    // Codes read left to right in right-to-left languages too.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    TextInput {
        id: input
        objectName: "codeTextInput"
        anchors.fill: parent
        focus: true
        opacity: 0
        cursorVisible: false
        inputMethodHints: root.digitsOnly ? Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                                          : Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        //: Spoken description of the code input; %1 is how many characters the code has.
        Accessible.description: root.error ? qsTr("The code was not accepted. Enter it again.")
                                           : qsTr("%1 characters").arg(root.length)

        onTextEdited: {
            const cleaned = root.normalised(text)
            if (cleaned !== text)
                text = cleaned
            root.error = false
            if (cleaned.length === root.length)
                root.submitted(cleaned)
        }
        onCursorPositionChanged: if (cursorPosition !== text.length) cursorPosition = text.length
        Keys.onReturnPressed: if (root.complete) root.submitted(text)
        Keys.onEnterPressed: if (root.complete) root.submitted(text)
    }

    RowLayout {
        id: cells
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
        // Digits read left to right in every language.
        LayoutMirroring.enabled: false

        Repeater {
            model: root.length

            Rectangle {
                id: cell
                required property int index
                readonly property bool current: input.activeFocus
                    && (index === input.text.length || (root.complete && index === root.length - 1))

                implicitWidth: 44
                implicitHeight: 52
                radius: Theme.radiusSmall + 2
                color: Theme.surface
                border.width: cell.current || root.error ? 2 : 1
                border.color: root.error ? Theme.danger : cell.current ? Theme.focus : Theme.borderStrong
                Accessible.ignored: true

                Text {
                    anchors.centerIn: parent
                    text: input.text.charAt(cell.index)
                    color: Theme.text
                    font.pixelSize: 22
                    font.weight: Font.DemiBold
                    font.family: Theme.monoFamily
                }
            }
        }
        transform: Translate {
            id: offset
        }
    }
    MouseArea {
        anchors.fill: cells
        cursorShape: Qt.IBeamCursor
        onClicked: input.forceActiveFocus()
    }
    Timer {
        id: refocus
        interval: 0
        onTriggered: input.forceActiveFocus()
    }
    SequentialAnimation {
        id: shake
        NumberAnimation { target: offset; property: "x"; to: -8; duration: 40 }
        NumberAnimation { target: offset; property: "x"; to: 8; duration: 60 }
        NumberAnimation { target: offset; property: "x"; to: -5; duration: 50 }
        NumberAnimation { target: offset; property: "x"; to: 4; duration: 50 }
        NumberAnimation { target: offset; property: "x"; to: 0; duration: 40 }
    }
}
