// The ScrollBar a LazyScrollBar makes (see there): attached to the Flickable it is given.
import QtQuick
import QtQuick.Controls

ScrollBar {
    property Flickable flickable

    onFlickableChanged: if (flickable) flickable.ScrollBar.vertical = this
}
