pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Shows recovery codes once, with every way to keep them: copy one, copy all, save as text or
// PDF, print, and regenerate (the page asks first: it makes the old ones useless).
PageDialog {
    id: root

    property Operation op: null
    readonly property var codes: op && op.ok && op.result ? (op.result.recoveryCodes ?? []) : []
    readonly property string heading: qsTr("Recovery codes for %1 (%2)").arg(Account.user.email || Account.user.name || "").arg(Account.projectId)

    objectName: "recoveryCodesDialog"
    title: qsTr("Recovery codes")
    preferredWidth: 64 * Theme.spacing

    // "create" for the first codes, "show" for the current ones, "regenerate" for new ones.
    function start(mode: string) {
        if (mode === "create")
            op = Account.createRecoveryCodes()
        else if (mode === "regenerate")
            op = Account.regenerateRecoveryCodes()
        else
            op = Account.getRecoveryCodes()
        status.text = ""
        open()
    }

    // Regenerating is confirmed by the page first: the codes already stored stop working.
    signal regenerateRequested()

    function copyCode(index: int) {
        Clipboard.copySecret(codes[index])
        status.text = qsTr("Copied code %1. It is cleared from the clipboard in a minute.").arg(index + 1)
    }

    RecoveryCodesFile {
        id: exporter
        onSaved: ok => status.text = ok ? qsTr("Saved. Only you can open the file.") : exporter.errorString
    }

    Spinner {
        Layout.alignment: Qt.AlignHCenter
        visible: root.op !== null && root.op.busy
        running: visible
        Accessible.name: qsTr("Getting your recovery codes")
    }
    ErrorBanner {
        Layout.fillWidth: true
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.codes.length > 0
        implicitHeight: warningRow.implicitHeight + 2 * (Theme.spacing + 4)
        radius: Theme.radiusSmall + 2
        color: Theme.warningSurface
        border.color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.45)

        RowLayout {
            id: warningRow
            anchors.fill: parent
            anchors.margins: Theme.spacing + 4
            spacing: Theme.spacing + 2

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "alert"
                color: Theme.warning
            }
            Label {
                id: warning
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: qsTr("Save these codes now: they are shown only once. Each one lets you in a single time if you lose your authenticator.")
            }
        }
    }
    // The codes on a quiet panel, numbered, two to a row, each with its own copy button.
    Rectangle {
        Layout.fillWidth: true
        visible: root.codes.length > 0
        implicitHeight: codesGrid.implicitHeight + 2 * Theme.spacingLarge
        radius: Theme.radius
        color: Theme.surfaceAlt
        border.color: Theme.border

        GridLayout {
            id: codesGrid
            objectName: "recoveryCodesGrid"
            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            columns: width > 48 * Theme.spacing ? 2 : 1
            columnSpacing: Theme.spacingXLarge
            rowSpacing: Theme.spacingSmall

            Repeater {
                model: root.codes
                delegate: RowLayout {
                    id: codeRow
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: 3 * Theme.spacing
                        text: (codeRow.index + 1) + "."
                        horizontalAlignment: Text.AlignRight
                        color: Theme.textMuted
                        font.pixelSize: Theme.captionSize
                        Accessible.ignored: true
                    }
                    Label {
                        objectName: "recoveryCode"
                        Layout.fillWidth: true
                        text: codeRow.modelData
                        color: Theme.text
                        font.family: Theme.monoFamily
                        font.pixelSize: Theme.bodySize + 1
                        font.letterSpacing: 1
                        Accessible.name: qsTr("Recovery code %1: %2").arg(codeRow.index + 1).arg(codeRow.modelData)
                    }
                    IconButton {
                        iconName: "copy"
                        text: qsTr("Copy recovery code %1").arg(codeRow.index + 1)
                        onClicked: root.copyCode(codeRow.index)
                    }
                }
            }
        }
    }
    Label {
        id: status
        objectName: "recoveryCodesStatus"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        Accessible.role: Accessible.AlertMessage
    }
    Flow {
        Layout.fillWidth: true
        visible: root.codes.length > 0
        spacing: Theme.spacing
        BusyButton {
            objectName: "recoveryCodesCopyAll"
            text: qsTr("Copy all")
            Accessible.name: qsTr("Copy all recovery codes")
            onClicked: {
                Clipboard.copySecret(root.codes.join("\n"))
                status.text = qsTr("Copied all codes. They are cleared from the clipboard in a minute.")
            }
        }
        BusyButton {
            objectName: "recoveryCodesSaveText"
            text: qsTr("Save as text…")
            Accessible.name: qsTr("Save recovery codes as a text file")
            onClicked: exporter.chooseFileAndSave(false, root.heading, root.codes)
        }
        BusyButton {
            objectName: "recoveryCodesSavePdf"
            text: qsTr("Save as PDF…")
            Accessible.name: qsTr("Save recovery codes as a PDF file")
            onClicked: exporter.chooseFileAndSave(true, root.heading, root.codes)
        }
        BusyButton {
            objectName: "recoveryCodesPrint"
            visible: exporter.canPrint
            text: qsTr("Print…")
            Accessible.name: qsTr("Print recovery codes")
            onClicked: {
                if (exporter.printCodes(root.heading, root.codes))
                    status.text = qsTr("Sent to the printer.")
                else
                    status.text = exporter.errorString
            }
        }
    }

    buttons: [
        BusyButton {
            objectName: "recoveryCodesRegenerate"
            text: qsTr("Regenerate")
            enabled: root.op === null || !root.op.busy
            visible: root.codes.length > 0
            Accessible.name: qsTr("Make new recovery codes; the old ones stop working")
            onClicked: root.regenerateRequested()
        },
        BusyButton {
            objectName: "recoveryCodesDone"
            primary: true
            text: root.codes.length > 0 ? qsTr("I saved them") : qsTr("Close")
            onClicked: root.close()
        }
    ]
}
