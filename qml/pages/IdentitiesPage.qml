import QtQml as Qml
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui
import AppwriteAccount.Core

// Accounts at other providers (GitHub, Google…) that can sign in to this one. Unlinking is
// refused when it would leave no way to sign in.
PageFrame {
    id: root

    property Operation op: null
    property string pendingId: ""
    property string pendingProvider: ""
    // Set when unlinking was refused because it is the last way in.
    property string blockedProvider: ""
    readonly property bool hasPassword: Account.hasPassword

    // The ways in that remain if the identity with \a identityId is unlinked.
    function remainingWays(identityId) {
        const ways = new Array(0)
        if (hasPassword)
            ways.push(qsTr("your email and password"))
        for (let i = 0; i < identities.count; ++i) {
            const row = identityRows.itemAt(i)
            if (row && row.identityId !== identityId)
                ways.push(row.providerName)
        }
        return ways
    }

    // Unlinks after a confirmation, or explains why it can't when it is the last way in.
    function requestUnlink(identityId: string, providerName: string) {
        op = null
        pendingProvider = providerName
        if (remainingWays(identityId).length === 0) {
            blockedProvider = providerName
            return
        }
        blockedProvider = ""
        pendingId = identityId
        confirm.open()
    }

    objectName: "identitiesPage"
    title: qsTr("Linked accounts")
    description: qsTr("Accounts at other services that can sign you in here.")

    IdentitiesModel {
        id: identities
        account: Account
        Component.onCompleted: reload()
    }

    Qml.Connections {
        target: root.op
        function onFinished() {
            if (root.op.ok)
                confirm.close()
            identities.reload()
        }
    }

    ConfirmDialog {
        id: confirm
        objectName: "unlinkConfirm"
        readonly property var ways: root.pendingId.length > 0 ? root.remainingWays(root.pendingId) : []
        title: qsTr("Unlink %1?").arg(root.pendingProvider)
        text: qsTr("You will no longer be able to sign in with %1. You can still sign in with: %2.").arg(root.pendingProvider).arg(ways.join(", "))
        confirmText: qsTr("Unlink")
        destructive: true
        closeOnConfirm: false
        busy: root.op !== null && root.op.busy
        error: root.op && root.op.done && !root.op.ok ? root.op.error : ({})
        onConfirmed: root.op = identities.remove(root.pendingId)
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("Linked accounts")
        description: qsTr("An account is linked when you sign in with it. Unlinking it here does not delete it at the provider.")

        Spinner {
            Layout.alignment: Qt.AlignHCenter
            size: 24
            running: identities.loading && identities.count === 0
        }
        ErrorBanner {
            Layout.fillWidth: true
            error: identities.error ?? ({})
        }
        EmptyState {
            objectName: "identitiesEmpty"
            Layout.fillWidth: true
            visible: !identities.loading && identities.count === 0
            iconName: "link"
            title: qsTr("No linked accounts")
            text: qsTr("When you sign in with a provider such as GitHub or Google, it is linked to this account and shows up here.")
        }
        Rectangle {
            objectName: "unlinkBlocked"
            Layout.fillWidth: true
            visible: root.blockedProvider.length > 0
            implicitHeight: blockedText.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radiusSmall
            color: Theme.warningSurface
            Text {
                id: blockedText
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                text: qsTr("%1 is your only way to sign in, so it can't be unlinked yet. Set a password on the Profile page first; then you can unlink it.").arg(root.blockedProvider)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        Repeater {
            id: identityRows
            model: identities
            delegate: IdentityRow {
                id: identityEntry
                required property var model
                Layout.fillWidth: true
                identityId: identityEntry.model.identityId ?? ""
                provider: identityEntry.model.provider ?? ""
                providerEmail: identityEntry.model.providerEmail ?? ""
                createdAt: identityEntry.model.createdAt
                updatedAt: identityEntry.model.updatedAt
                onUnlinkRequested: () => root.requestUnlink(identityEntry.identityId, identityEntry.providerName)
            }
        }
    }
}
