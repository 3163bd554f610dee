// ErrorBannerContent: the inside of an ErrorBanner (its words, details and countdown), made only
// while the banner shows something. Property: banner.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

ColumnLayout {
    id: content

    // The ErrorBanner this is the inside of, set by it (untyped: a typed property would make the
    // two files depend on each other).
    property var banner: null
    readonly property bool rateLimited: !!banner && banner.rateLimited
    readonly property bool showDetails: !!banner && banner.showDetails
    readonly property string text: banner ? banner.text : ""
    readonly property string detailText: banner ? banner.detailText : ""

    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing + 2

        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 1
            name: "alert"
            color: content.rateLimited ? Theme.warning : Theme.danger
        }
        Text {
            objectName: "errorText"
            Layout.fillWidth: true
            text: content.text
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        LinkButton {
            Layout.alignment: Qt.AlignTop
            text: content.showDetails ? qsTr("Hide details") : qsTr("Details")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            visible: content.detailText.length > 0
            Accessible.description: qsTr("Shows the technical error")
            onClicked: content.banner.showDetails = !content.showDetails
        }
        IconButton {
            Layout.alignment: Qt.AlignTop
            size: 24
            iconName: "close"
            iconSize: 14
            visible: !!content.banner && content.banner.dismissible
            text: qsTr("Dismiss")
            onClicked: content.banner.dismissedError = content.banner.error
        }
    }
    RateLimitBanner {
        Layout.fillWidth: true
        retryAt: content.rateLimited ? content.banner.error.retryAt : undefined
        visible: content.rateLimited
        color: "transparent"
        border.width: 0
    }
    TextEdit {
        objectName: "errorDetails"
        Layout.fillWidth: true
        visible: content.showDetails
        text: content.detailText
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
