// AuthScreen: the frame of every screen before sign-in: the app's name and where it connects above
// one centred card. Properties: flow (AuthFlow), title, description, content (default), backVisible,
// showConnection; signal backRequested() (default: flow.back()).
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

FocusScope {
    id: root

    property AuthFlow flow
    property string title
    property string description
    property bool backVisible: false
    property bool showConnection: true
    default property alias content: card.content

    signal backRequested()

    onBackRequested: if (flow) flow.back()

    Keys.onEscapePressed: if (backVisible) backRequested()

    // Back and the language sit in a bar of their own above the scrolling card, so at the
    // smallest window the card's header never runs under them.
    Item {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Math.max(backButton.implicitHeight, languagePicker.implicitHeight) + 2 * Theme.spacingLarge

        BusyButton {
            id: backButton
            objectName: "backButton"
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingLarge
            anchors.verticalCenter: parent.verticalCenter
            visible: root.backVisible
            flat: true
            iconName: "back"
            text: qsTr("Back")
            onClicked: root.backRequested()
        }
        CornerLanguagePicker {
            id: languagePicker
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingLarge
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Flickable {
        id: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        anchors.bottom: parent.bottom
        contentWidth: width
        contentHeight: Math.max(height, column.y + column.implicitHeight + Theme.spacingXLarge)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            width: Math.min(scroller.width - 2 * Theme.spacingXLarge, 440)
            x: (scroller.width - width) / 2
            // Centred in the whole window when it fits, as if the bar were not there.
            y: Math.max(Theme.spacingSmall, (root.height - implicitHeight) / 2 - topBar.height)
            spacing: Theme.spacingLarge

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                Rectangle {
                    implicitWidth: 28
                    implicitHeight: 28
                    radius: 8
                    color: Theme.accent
                    Accessible.ignored: true

                    Icon {
                        anchors.centerIn: parent
                        name: "user"
                        size: 16
                        color: Theme.accentText
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Appwrite Account")
                    color: Theme.text
                    font.pixelSize: Theme.cardTitleSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                ConnectionChip {
                    visible: root.showConnection && Account.connected
                    onChangeRequested: if (root.flow) root.flow.show("Connect", {})
                }
            }

            Card {
                id: card
                Layout.fillWidth: true
                padding: Theme.spacingXXLarge
                title: root.title
                description: root.description
            }
        }
    }
    LazyScrollBar {
        flickable: scroller
    }
}
