.pragma library

// Reads the userId and secret out of an Appwrite callback link
// (https://host/path?userId=…&secret=…&expire=…), however it was pasted: whole, with
// surrounding whitespace or quotes, or with the query string only.
function parse(text) {
    const value = String(text || "").trim().replace(/^["'<]+|[>"']+$/g, "")
    const query = value.indexOf("?") >= 0 ? value.substring(value.indexOf("?") + 1) : value
    const result = { valid: false, userId: "", secret: "" }
    for (const part of query.split(/[&#]/)) {
        const eq = part.indexOf("=")
        if (eq <= 0)
            continue
        const key = part.substring(0, eq)
        let raw = part.substring(eq + 1)
        try {
            raw = decodeURIComponent(raw.replace(/\+/g, " "))
        } catch (e) {
            continue
        }
        if (key === "userId")
            result.userId = raw
        else if (key === "secret")
            result.secret = raw
    }
    result.valid = result.userId.length > 0 && result.secret.length > 0
    return result
}
