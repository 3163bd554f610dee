// ShellSidebar: the list of pages (and the sandbox outbox when on the sandbox). Properties: pages,
// sandboxPages (arrays of {name, title, icon}), currentPage; signal pageChosen(name).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    property var pages: []
    property var sandboxPages: []
    property string currentPage

    signal pageChosen(string name)

    implicitWidth: 232
    color: Theme.sidebar
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Pages")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing + 4
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingLarge
            Layout.leftMargin: Theme.spacingSmall
            Layout.topMargin: Theme.spacingSmall
            spacing: Theme.spacing

            Rectangle {
                implicitWidth: 28
                implicitHeight: 28
                radius: 8
                color: Theme.accent

                Icon {
                    anchors.centerIn: parent
                    name: "user"
                    color: Theme.accentText
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your account")
                color: Theme.text
                font.pixelSize: Theme.cardTitleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
        }
        Repeater {
            model: root.pages

            NavItem {
                required property var modelData
                Layout.fillWidth: true
                name: modelData.name
                text: modelData.title
                iconName: modelData.icon
                current: root.currentPage === modelData.name
                onClicked: root.pageChosen(name)
            }
        }
        SectionTitle {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.topMargin: Theme.spacingLarge
            visible: root.sandboxPages.length > 0
            text: qsTr("Sandbox")
        }
        Repeater {
            model: root.sandboxPages

            NavItem {
                required property var modelData
                Layout.fillWidth: true
                name: modelData.name
                text: modelData.title
                iconName: modelData.icon
                current: root.currentPage === modelData.name
                onClicked: root.pageChosen(name)
            }
        }
        Item {
            Layout.fillHeight: true
        }
        SessionStorageNotice { Layout.fillWidth: true; Layout.bottomMargin: Theme.spacing }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            //: %1 is the app's version number.
            text: qsTr("Appwrite Account %1").arg(AppInfo.version)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            elide: Text.ElideRight
        }
    }
}
