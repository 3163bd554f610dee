pragma Singleton
import QtQuick

// The one place for colours, spacing, radii and type sizes. Pages never hard-code these.
QtObject {
    readonly property SystemPalette system: SystemPalette {}
    readonly property bool dark: system.window.hslLightness < 0.5

    readonly property color window: dark ? "#16161a" : "#f4f4f7"
    readonly property color surface: dark ? "#1f1f24" : "#ffffff"
    readonly property color border: dark ? "#34343c" : "#dcdce3"
    readonly property color text: dark ? "#ececf1" : "#1b1b21"
    readonly property color textMuted: dark ? "#a3a3ad" : "#5d5d6a"
    readonly property color accent: dark ? "#fd6a8f" : "#d6265a"
    readonly property color accentText: "#ffffff"

    readonly property int spacing: 8
    readonly property int radius: 8
    readonly property int titleSize: 22
    readonly property int cardTitleSize: 16
    readonly property int bodySize: 13
    readonly property int captionSize: 11
}
