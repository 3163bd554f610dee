import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Who you are: name, email, phone and password, with their verification.
PageFrame {
    id: root

    objectName: "profilePage"
    title: qsTr("Profile")
    description: qsTr("Your name and the ways we can reach you.")

    GuestUpgradeCard {
        Layout.fillWidth: true
        visible: Account.isAnonymous
    }
    NameCard {
        Layout.fillWidth: true
    }
    EmailCard {
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
    PhoneCard {
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
    PasswordCard {
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
}
