// LanguagePicker: "Language" and its LanguageComboBox, for the account menu. The sign-in screens
// have CornerLanguagePicker.
import QtQuick
import QtQuick.Layouts
import AppwriteAccount.Ui

RowLayout {
    spacing: Theme.spacing

    Icon {
        name: "globe"
        size: 16
        color: Theme.textMuted
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Language")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        elide: Text.ElideRight
    }
    LanguageComboBox {
        Layout.preferredWidth: Math.max(implicitWidth, 150)
    }
}
