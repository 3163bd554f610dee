// ErrorBanner: an inline error in plain words (ErrorInfo.text) with the raw type and message under
// "Details"; a rate-limit error shows a live countdown instead. Properties: error (ErrorInfo map),
// text (overrides error.text), dismissible; read-only shown. Announced to screen readers.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AppwriteAccount.Ui

Rectangle {
    id: root

    property var error: ({})
    property string text: error && error.text ? error.text : ""
    property bool dismissible: false
    property bool showDetails: false
    property var dismissedError: null
    readonly property bool rateLimited: !!error && error.status === 429 && error.retryAt instanceof Date
    readonly property bool shown: text.length > 0 && dismissedError !== error
    readonly property string detailText: {
        if (!error || !error.kind)
            return ""
        const lines = []
        if (error.type)
            lines.push(qsTr("Type: %1").arg(error.type))
        if (error.status)
            lines.push(qsTr("HTTP status: %1").arg(error.status))
        if (error.message)
            lines.push(qsTr("Server message: %1").arg(error.message))
        lines.push(qsTr("Kind: %1").arg(error.kind))
        return lines.join("\n")
    }

    onErrorChanged: showDetails = false

    visible: shown
    implicitWidth: column.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: visible ? column.implicitHeight + 2 * (Theme.spacing + 4) : 0
    radius: Theme.radiusSmall + 2
    color: rateLimited ? Theme.warningSurface : Theme.dangerSurface
    border.color: rateLimited ? Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.45)
                              : Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.45)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing + 4
        anchors.bottomMargin: Theme.spacing + 4
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing + 2

            Icon {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
                name: "alert"
                color: root.rateLimited ? Theme.warning : Theme.danger
            }
            Text {
                objectName: "errorText"
                Layout.fillWidth: true
                text: root.text
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            LinkButton {
                Layout.alignment: Qt.AlignTop
                text: root.showDetails ? qsTr("Hide details") : qsTr("Details")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                visible: root.detailText.length > 0
                Accessible.description: qsTr("Shows the technical error")
                onClicked: root.showDetails = !root.showDetails
            }
            ToolButton {
                id: dismissButton
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                visible: root.dismissible
                icon.source: Theme.icon("close")
                icon.color: Theme.textMuted
                icon.width: 14
                icon.height: 14
                Accessible.name: qsTr("Dismiss")
                onClicked: root.dismissedError = root.error
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: dismissButton.hovered ? Theme.hover : "transparent"
                }
            }
        }
        RateLimitBanner {
            Layout.fillWidth: true
            retryAt: root.rateLimited ? root.error.retryAt : undefined
            visible: root.rateLimited
            color: "transparent"
            border.width: 0
        }
        TextEdit {
            objectName: "errorDetails"
            Layout.fillWidth: true
            visible: root.showDetails
            text: root.detailText
            readOnly: true
            selectByMouse: true
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            font.family: Theme.monoFamily
            wrapMode: TextEdit.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
