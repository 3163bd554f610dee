.pragma library

// Splits an otpauth:// URI into what a person needs to check and type by hand.
function parse(uri) {
    const result = { issuer: "", account: "", secret: "" }
    const text = String(uri || "")
    const match = /^otpauth:\/\/totp\/([^?]*)\??(.*)$/.exec(text)
    if (!match)
        return result
    let label = ""
    try {
        label = decodeURIComponent(match[1])
    } catch (e) {
        label = match[1]
    }
    const colon = label.indexOf(":")
    result.account = colon >= 0 ? label.substring(colon + 1) : label
    result.issuer = colon >= 0 ? label.substring(0, colon) : ""
    for (const part of match[2].split("&")) {
        const eq = part.indexOf("=")
        if (eq <= 0)
            continue
        let value = part.substring(eq + 1)
        try {
            value = decodeURIComponent(value.replace(/\+/g, " "))
        } catch (e) {
        }
        const key = part.substring(0, eq)
        if (key === "secret")
            result.secret = value
        else if (key === "issuer" && value.length > 0)
            result.issuer = value
    }
    return result
}

