import QtQuick
import QtTest
import AppwriteAccount.Ui

// Every text colour pair the UI uses meets WCAG AA (4.5:1) in light and in dark.
TestCase {
    name: "Theme"

    property string savedMode

    function initTestCase() {
        savedMode = Theme.mode
    }
    function cleanupTestCase() {
        Theme.mode = savedMode
    }

    function pairs() {
        return [
            ["text on window", Theme.text, Theme.window],
            ["text on surface", Theme.text, Theme.surface],
            ["text on surfaceAlt", Theme.text, Theme.surfaceAlt],
            ["text on sidebar", Theme.text, Theme.sidebar],
            ["text on selected", Theme.text, Theme.selected],
            ["muted on window", Theme.textMuted, Theme.window],
            ["muted on surface", Theme.textMuted, Theme.surface],
            ["muted on surfaceAlt", Theme.textMuted, Theme.surfaceAlt],
            ["muted on sidebar", Theme.textMuted, Theme.sidebar],
            ["muted on hover", Theme.textMuted, Theme.hover],
            ["link on surface", Theme.link, Theme.surface],
            ["link on selected", Theme.link, Theme.selected],
            ["accent text on accent", Theme.accentText, Theme.accent],
            ["accent text on accent hover", Theme.accentText, Theme.accentHover],
            ["danger text on danger", Theme.dangerText, Theme.danger],
            ["danger on surface", Theme.danger, Theme.surface],
            ["danger on danger surface", Theme.danger, Theme.dangerSurface],
            ["text on danger surface", Theme.text, Theme.dangerSurface],
            ["warning on warning surface", Theme.warning, Theme.warningSurface],
            ["text on warning surface", Theme.text, Theme.warningSurface],
            ["success on success surface", Theme.success, Theme.successSurface],
            ["info on info surface", Theme.info, Theme.infoSurface],
            ["text on info surface", Theme.text, Theme.infoSurface],
            ["placeholder on surface", Theme.placeholder, Theme.surface]
        ]
    }

    function check(mode) {
        Theme.mode = mode
        compare(Theme.dark, mode === "dark")
        for (const [what, fg, bg] of pairs()) {
            const ratio = Theme.contrast(fg, bg)
            verify(ratio >= 4.5, `${mode}: ${what} is ${ratio.toFixed(2)}:1`)
        }
    }

    function test_light_meets_aa() {
        check("light")
    }
    function test_dark_meets_aa() {
        check("dark")
    }
    function test_focus_ring_visible() {
        // Non-text contrast (WCAG 1.4.11): 3:1 against what it surrounds.
        for (const mode of ["light", "dark"]) {
            Theme.mode = mode
            verify(Theme.contrast(Theme.focus, Theme.surface) >= 3, mode)
            verify(Theme.contrast(Theme.borderStrong, Theme.surface) >= 3, mode)
        }
    }
    function test_system_follows_palette() {
        Theme.mode = "system"
        compare(Theme.dark, Theme.systemDark)
    }
    function test_spacing_on_grid() {
        for (const value of [Theme.spacing, Theme.spacingLarge, Theme.spacingXLarge, Theme.spacingXXLarge])
            compare(value % 8, 0)
    }
}
