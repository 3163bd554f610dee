import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

// Things most people never need: tokens for developers, push targets, and blocking the account.
PageFrame {
    id: root

    objectName: "advancedPage"
    title: qsTr("Advanced")
    description: qsTr("Developer tools and the danger zone.")
    keepLoaded: pushTargets.holdsInput

    JwtCard {
        Layout.fillWidth: true
    }
    PushTargetsCard {
        id: pushTargets
        Layout.fillWidth: true
    }
    DangerZoneCard {
        Layout.fillWidth: true
    }
}
