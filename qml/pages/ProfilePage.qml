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
    keepLoaded: guestCard.holdsInput || nameCard.holdsInput || emailCard.holdsInput
                || phoneCard.holdsInput || passwordCard.holdsInput

    GuestUpgradeCard {
        id: guestCard
        Layout.fillWidth: true
        visible: Account.isAnonymous
    }
    NameCard {
        id: nameCard
        Layout.fillWidth: true
    }
    EmailCard {
        id: emailCard
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
    PhoneCard {
        id: phoneCard
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
    PasswordCard {
        id: passwordCard
        Layout.fillWidth: true
        visible: !Account.isAnonymous
    }
}
