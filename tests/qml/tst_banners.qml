import QtQuick
import QtTest
import AppwriteAccount.Ui

TestCase {
    id: testCase
    name: "Banners"
    width: 500
    height: 300
    // TestCase is invisible by default; the components under test must be shown.
    visible: true
    when: windowShown

    Component {
        id: errorComponent
        ErrorBanner {
            width: 400
        }
    }
    Component {
        id: rateComponent
        RateLimitBanner {
            width: 400
        }
    }

    function httpError() {
        return {
            kind: "http", status: 401, type: "user_invalid_credentials",
            message: "Invalid credentials. Please check the email and password.",
            text: "That email and password don't match. Check them and try again."
        }
    }

    function test_hidden_without_error() {
        const banner = createTemporaryObject(errorComponent, testCase)
        verify(banner)
        verify(!banner.visible)
        compare(banner.implicitHeight, 0)
    }

    function test_shows_plain_words_and_details_on_demand() {
        const banner = createTemporaryObject(errorComponent, testCase, { error: httpError() })
        verify(banner.visible)
        compare(findChild(banner, "errorText").text, httpError().text)
        compare(banner.Accessible.role, Accessible.AlertMessage)
        const details = findChild(banner, "errorDetails")
        verify(!details.visible)
        banner.showDetails = true
        verify(details.visible)
        verify(details.text.indexOf("user_invalid_credentials") >= 0)
        verify(details.text.indexOf("401") >= 0)
        verify(details.text.indexOf(httpError().message) >= 0)
        // A new error starts with the details folded again.
        banner.error = Object.assign(httpError(), { type: "user_blocked" })
        verify(!banner.showDetails)
    }

    function test_dismiss_hides_until_next_error() {
        const banner = createTemporaryObject(errorComponent, testCase,
                                             { error: httpError(), dismissible: true })
        verify(banner.visible)
        banner.dismissedError = banner.error
        verify(!banner.visible)
        banner.error = httpError()
        verify(banner.visible)
    }

    function test_rate_limit_shows_countdown() {
        const error = {
            kind: "http", status: 429, type: "general_rate_limit_exceeded", message: "Rate limit",
            text: "Too many attempts.", retryAt: new Date(Date.now() + 42000)
        }
        const banner = createTemporaryObject(errorComponent, testCase, { error: error })
        verify(banner.rateLimited)
        const countdown = findChild(banner, "rateLimitText")
        verify(countdown)
        verify(/4[12] seconds/.test(countdown.text), countdown.text)
    }

    function test_countdown_counts_down_and_expires() {
        const banner = createTemporaryObject(rateComponent, testCase,
                                             { retryAt: new Date(Date.now() + 2500) })
        const spy = createTemporaryObject(spyComponent, testCase, { target: banner })
        verify(banner.active)
        const first = banner.remainingSeconds
        verify(first >= 2 && first <= 3, first)
        tryVerify(() => banner.remainingSeconds < first, 3000)
        spy.wait(5000)
        verify(!banner.active)
        compare(findChild(banner, "rateLimitText").text, "You can try again now.")
    }

    function test_describes_minutes_for_long_waits() {
        const banner = createTemporaryObject(rateComponent, testCase,
                                             { retryAt: new Date(Date.now() + 600000) })
        verify(/10 minutes/.test(findChild(banner, "rateLimitText").text))
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "expired"
        }
    }
}
