// The signed-in window: sidebar of pages, a header with who is signed in and where, and the pages
// (qml/pages/<Name>Page.qml, loaded on first visit; a placeholder stands in for a missing one).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Core
import AppwriteAccount.Ui

Rectangle {
    id: root

    property string currentPage: "Profile"
    readonly property var pages: [
        { name: "Profile", title: qsTr("Profile"), icon: "user" },
        { name: "Security", title: qsTr("Security"), icon: "shield" },
        { name: "Sessions", title: qsTr("Sessions & devices"), icon: "devices" },
        { name: "Activity", title: qsTr("Activity"), icon: "activity" },
        { name: "Preferences", title: qsTr("Preferences"), icon: "sliders" },
        { name: "Identities", title: qsTr("Linked accounts"), icon: "link" },
        { name: "Advanced", title: qsTr("Advanced"), icon: "code" }
    ]
    readonly property var sandboxPages: [
        //: The sandbox's outbox: emails and text messages the local sandbox "sent".
        { name: "Outbox", title: qsTr("Sandbox outbox"), icon: "inbox" }
    ]
    readonly property var allPages: Account.isSandbox ? pages.concat(sandboxPages) : pages
    readonly property int currentIndex: Math.max(0, allPages.findIndex(p => p.name === currentPage))

    signal addAccountRequested()

    function open(name: string) {
        if (allPages.some(p => p.name === name))
            currentPage = name
    }

    objectName: "accountShell"
    color: Theme.window

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ShellSidebar {
            Layout.fillHeight: true
            pages: root.pages
            sandboxPages: Account.isSandbox ? root.sandboxPages : []
            currentPage: root.currentPage
            onPageChosen: name => root.open(name)
        }
        Rectangle {
            Layout.fillHeight: true
            implicitWidth: 1
            color: Theme.border
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ShellHeader {
                Layout.fillWidth: true
                title: root.allPages[root.currentIndex].title
                onOutboxRequested: root.open("Outbox")
                onAddAccountRequested: root.addAccountRequested()
            }
            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.currentIndex

                Repeater {
                    model: root.allPages

                    PageSlot {
                        required property var modelData
                        required property int index
                        name: modelData.name
                        title: modelData.title
                        iconName: modelData.icon
                        active: stack.currentIndex === index
                    }
                }
            }
        }
    }
}
