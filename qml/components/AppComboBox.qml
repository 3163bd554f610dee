// AppComboBox: the app's drop-down choice, drawn from the theme in both schemes like
// AppTextField: surface fill, border that strengthens on hover, a focus ring, a chevron, and a
// themed list. Properties: ComboBox's.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import AppwriteAccount.Ui

ComboBox {
    id: root

    implicitHeight: Theme.controlHeight
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    font.pixelSize: Theme.bodySize
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus

    contentItem: Text {
        leftPadding: root.mirrored ? root.indicator.width + Theme.spacingSmall : 0
        rightPadding: root.mirrored ? 0 : root.indicator.width + Theme.spacingSmall
        text: root.displayText
        font: root.font
        color: root.enabled ? Theme.text : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    indicator: Icon {
        x: root.mirrored ? root.leftPadding : root.width - width - root.rightPadding
        y: (root.height - height) / 2
        name: "chevron-down"
        color: Theme.textMuted
    }
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.controlHeight
        radius: Theme.radiusSmall + 2
        color: root.down ? Theme.hover : Theme.surface
        border.width: 1
        border.color: root.hovered || root.popup.visible ? Theme.borderStrong : Theme.border
        opacity: root.enabled ? 1 : 0.6

        FocusRing {
            shown: root.visualFocus
            baseRadius: Theme.radiusSmall + 2
        }
    }
    delegate: ItemDelegate {
        id: option

        required property int index
        required property var modelData

        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: Theme.controlHeight
        leftPadding: Theme.spacing + 4
        rightPadding: Theme.spacing + 4
        highlighted: root.highlightedIndex === index
        text: root.textRole.length > 0 ? modelData[root.textRole] : modelData
        font: root.font
        Accessible.name: text

        contentItem: Text {
            text: option.text
            font: option.font
            color: Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: Theme.radiusSmall
            color: option.highlighted || option.hovered ? Theme.hover
                   : root.currentIndex === option.index ? Theme.selected : "transparent"
        }
    }
    popup: Popup {
        y: root.height + Theme.spacingSmall
        width: Math.max(root.width, contentItem.implicitWidth + leftPadding + rightPadding)
        implicitHeight: Math.min(contentItem.implicitHeight + topPadding + bottomPadding, 320)
        padding: Theme.spacingSmall

        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            implicitWidth: 180
            model: root.popup.visible ? root.delegateModel : null
            currentIndex: root.highlightedIndex
            ScrollIndicator.vertical: ScrollIndicator {}
        }
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
    }
}
