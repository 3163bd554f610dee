// SectionTitle: a small heading that groups controls inside a card or page. Property: text.
import QtQuick
import AppwriteAccount.Ui

Text {
    color: Theme.textMuted
    font.pixelSize: Theme.captionSize
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.6
    wrapMode: Text.Wrap
    topPadding: Theme.spacing
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
