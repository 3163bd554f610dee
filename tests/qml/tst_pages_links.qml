import QtQuick
import QtTest
import "qrc:/qt/qml/AppwriteAccount/Ui/pages/profile/links.js" as Links
import "qrc:/qt/qml/AppwriteAccount/Ui/pages/security/otpauth.js" as OtpAuth

// The pages read callback links pasted by people and otpauth URIs from the server.
TestCase {
    name: "PagesLinks"

    function test_callbackLink_data() {
        return [
            { tag: "whole link", text: "http://localhost/callback?userId=alice&secret=abc123&expire=2026-11-26+20%3A52",
              valid: true, userId: "alice", secret: "abc123" },
            { tag: "quoted with spaces", text: "  \"https://x.test/v?secret=s3%2Fcr&userId=u1\"  ",
              valid: true, userId: "u1", secret: "s3/cr" },
            { tag: "query only", text: "userId=bob&secret=zz", valid: true, userId: "bob", secret: "zz" },
            { tag: "fragment after", text: "https://x.test/?userId=u&secret=s#top", valid: true, userId: "u", secret: "s" },
            { tag: "no secret", text: "https://x.test/?userId=u", valid: false, userId: "u", secret: "" },
            { tag: "empty", text: "", valid: false, userId: "", secret: "" },
            { tag: "plain words", text: "hello there", valid: false, userId: "", secret: "" }
        ]
    }
    function test_callbackLink(data) {
        const parsed = Links.parse(data.text)
        compare(parsed.valid, data.valid)
        compare(parsed.userId, data.userId)
        compare(parsed.secret, data.secret)
    }

    function test_otpauth() {
        const parsed = OtpAuth.parse("otpauth://totp/My%20App%3Ajohn%40example.com?issuer=My%20App&secret=JBSWY3DPEHPK3PXP")
        compare(parsed.issuer, "My App")
        compare(parsed.account, "john@example.com")
        compare(parsed.secret, "JBSWY3DPEHPK3PXP")
    }
    function test_otpauthWithoutIssuerPrefix() {
        const parsed = OtpAuth.parse("otpauth://totp/alice%40example.com?secret=ABC&issuer=Sandbox")
        compare(parsed.account, "alice@example.com")
        compare(parsed.issuer, "Sandbox")
        compare(parsed.secret, "ABC")
    }
    function test_notOtpauth() {
        const parsed = OtpAuth.parse("https://example.com")
        compare(parsed.secret, "")
        compare(parsed.account, "")
    }
}
