// ConfirmDialog: asks before an action, stating its consequence in one plain sentence.
// Properties: title, text, confirmText, destructive, typedConfirmation (a word the person must type
// first, for irreversible actions), busy, error (ErrorInfo map), closeOnConfirm. Signal confirmed().
// Escape or Cancel closes it; Enter confirms when allowed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

Dialog {
    id: root

    property string text
    property string confirmText: qsTr("Confirm")
    property bool destructive: false
    property string typedConfirmation
    property bool busy: false
    property var error: ({})
    property bool closeOnConfirm: true
    readonly property bool canConfirm: !busy && (typedConfirmation.length === 0
                                                 || typed.text.trim() === typedConfirmation)

    signal confirmed()

    function confirm() {
        if (!canConfirm)
            return
        confirmed()
        if (closeOnConfirm)
            close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(480, (parent ? parent.width : 480) - 2 * Theme.spacingXLarge)
    modal: true
    focus: true
    closePolicy: busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    padding: Theme.spacingXLarge
    topPadding: Theme.spacingLarge
    onOpened: {
        typed.text = ""
        if (typedConfirmation.length > 0)
            typed.forceActiveFocus()
        else
            confirmButton.forceActiveFocus()
    }

    Overlay.modal: Rectangle {
        color: Theme.dark ? "#99000000" : "#66000000"
    }
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radiusLarge
    }
    header: Text {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.cardTitleSize + 2
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        leftPadding: Theme.spacingXLarge
        rightPadding: Theme.spacingXLarge
        topPadding: Theme.spacingXLarge
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingLarge

        Text {
            objectName: "confirmText"
            Layout.fillWidth: true
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            lineHeight: 1.15
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        FormField {
            id: typed
            objectName: "typedConfirmation"
            Layout.fillWidth: true
            visible: root.typedConfirmation.length > 0
            //: %1 is the word to type, e.g. "block".
            label: qsTr("Type %1 to confirm").arg("\u201c" + root.typedConfirmation + "\u201d")
            onAccepted: root.confirm()
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: root.error
        }
    }
    footer: RowLayout {
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
        }
        BusyButton {
            objectName: "cancelButton"
            Layout.bottomMargin: Theme.spacingXLarge
            text: qsTr("Cancel")
            enabled: !root.busy
            onClicked: root.reject()
        }
        BusyButton {
            id: confirmButton
            objectName: "confirmButton"
            Layout.bottomMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            primary: true
            destructive: root.destructive
            busy: root.busy
            text: root.confirmText
            enabled: root.canConfirm
            onClicked: root.confirm() // Enter too, as on every button
        }
    }
}
