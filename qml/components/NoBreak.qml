pragma Singleton
import QtQml

// NoBreak.address(text): keeps an email address (or any short token) on one line inside a wrapped
// sentence. The line breaker otherwise breaks after its dots and hyphens ("code." /
// "1795@example.com"); a word joiner (U+2060) after each removes that opportunity, and a Text
// with Text.Wrap still breaks the token anywhere if it is wider than the whole line.
QtObject {
    function address(text: string): string {
        return String(text || "").replace(/([.@\-_+\/])/g, "$1\u2060")
    }
}
