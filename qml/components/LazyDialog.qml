// LazyDialog: holds a dialog that is made the first time it is needed, so a page does not build
// every dialog it might show before the person asks for one. Set `sourceComponent` to the dialog;
// call get() for it (made then if need be), e.g. `confirm.get().open()`.
import QtQuick

Loader {
    id: root

    active: false

    function get(): var {
        active = true
        return item
    }
}
