pragma Singleton
import QtQuick
import AppwriteAccount.Core

// The one place for colours, spacing, radii and type sizes. Pages never hard-code these.
// `mode` is the person's choice ("system", "light" or "dark"), kept across runs; `dark` is the result.
QtObject {
    id: theme

    property string mode: Appearance.mode
    onModeChanged: Appearance.mode = mode

    // Qt 6.4 has no colour-scheme API: the system palette's window lightness says light or dark.
    readonly property SystemPalette system: SystemPalette {}
    readonly property bool systemDark: system.window.hslLightness < 0.5
    readonly property bool dark: mode === "dark" || (mode !== "light" && systemDark)

    // Colours. Text pairs meet WCAG AA (4.5:1) on `window`, `surface` and their tinted surfaces;
    // tests/qml/tst_theme.qml checks that in both schemes.
    readonly property color window: dark ? "#141418" : "#f3f3f6"
    readonly property color surface: dark ? "#1e1e24" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#26262e" : "#f6f6f9"
    readonly property color sidebar: dark ? "#18181d" : "#ebebf0"
    readonly property color hover: dark ? "#2c2c35" : "#e6e6ec"
    readonly property color selected: dark ? "#3a2630" : "#fbe3ea"
    readonly property color border: dark ? "#383842" : "#d9d9e1"
    readonly property color borderStrong: dark ? "#747482" : "#8b8b98"
    readonly property color text: dark ? "#ededf2" : "#1b1b21"
    readonly property color textMuted: dark ? "#a9a9b5" : "#585865"
    readonly property color placeholder: dark ? "#8e8e9a" : "#6e6e7b"
    readonly property color accent: dark ? "#ff7597" : "#c8214f"
    readonly property color accentHover: dark ? "#ff92ad" : "#a81a42"
    readonly property color accentText: dark ? "#141418" : "#ffffff"
    readonly property color link: dark ? "#ff8fab" : "#b01d46"
    readonly property color focus: dark ? "#7cb4ff" : "#1f63d6"
    readonly property color danger: dark ? "#ff8a80" : "#b42318"
    readonly property color dangerHover: dark ? "#ffa79f" : "#912018"
    readonly property color dangerText: dark ? "#141418" : "#ffffff"
    readonly property color dangerSurface: dark ? "#3b1e1c" : "#fdecea"
    readonly property color warning: dark ? "#f5c36b" : "#8a5300"
    readonly property color warningSurface: dark ? "#3a2e15" : "#fff4db"
    readonly property color success: dark ? "#6fd49a" : "#1a7144"
    readonly property color successSurface: dark ? "#173524" : "#e4f5eb"
    readonly property color info: dark ? "#8cc0ff" : "#1d5bbf"
    readonly property color infoSurface: dark ? "#172a44" : "#e6effc"
    readonly property color shadow: dark ? "#66000000" : "#1f000000"
    // QR codes stay dark on light in both schemes: many scanners cannot read inverted codes.
    readonly property color qrForeground: "#000000"
    readonly property color qrBackground: "#ffffff"

    // Spacing on an 8-px grid.
    readonly property int spacing: 8
    readonly property int spacingSmall: 4
    readonly property int spacingLarge: 16
    readonly property int spacingXLarge: 24
    readonly property int spacingXXLarge: 32

    readonly property int radius: 8
    readonly property int radiusSmall: 4
    readonly property int radiusLarge: 12
    readonly property int controlHeight: 36
    readonly property int iconSize: 16
    readonly property int focusWidth: 2

    // Type scale: page title, card title, body, caption.
    readonly property int titleSize: 22
    readonly property int cardTitleSize: 16
    readonly property int bodySize: 14
    readonly property int captionSize: 12
    readonly property string monoFamily: "monospace"
    readonly property string uiFamily: fontProbe.font.family
    readonly property Text fontProbe: Text {}

    // Motion explains change only; short enough never to be in the way.
    readonly property int motionShort: 120
    readonly property int motionMedium: 200

    // Icons are monochrome SVGs (resources/icons), tinted by IconProvider (src/core).
    function icon(name: string, tint: color): url {
        return "image://icon/" + name + "/" + String(tint).slice(1)
    }

    // WCAG relative luminance and contrast ratio, used by the contrast test.
    function luminance(c: color): real {
        function channel(v) {
            return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a: color, b: color): real {
        const la = luminance(a)
        const lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
}
