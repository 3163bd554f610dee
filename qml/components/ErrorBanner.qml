// ErrorBanner: an inline error in plain words (ErrorInfo.text) with the raw type and message under
// "Details"; a rate-limit error shows a live countdown instead. Properties: error (ErrorInfo map),
// text (overrides error.text), dismissible; read-only shown. Announced to screen readers.
import QtQuick
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
    implicitWidth: content.implicitWidth + 2 * Theme.spacingLarge
    implicitHeight: visible ? content.implicitHeight + 2 * (Theme.spacing + 4) : 0
    radius: Theme.radiusSmall + 2
    color: rateLimited ? Theme.warningSurface : Theme.dangerSurface
    border.color: rateLimited ? Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.45)
                              : Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.45)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    // Made only while there is something to show: every form carries a banner, most never fill it.
    Loader {
        id: content
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing + 4
        anchors.bottomMargin: Theme.spacing + 4
        active: root.shown
        // By URL, in a file of its own: compiled when a first error shows, not with every form
        // (and Qt 6.4 cannot load a component that reads this one's ids).
        source: Qt.resolvedUrl("ErrorBannerContent.qml")
    }
    Binding {
        target: content.item
        property: "banner"
        value: root
    }
}
