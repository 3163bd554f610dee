.pragma library

// Reads userId and secret from an Appwrite callback address however it was pasted: the whole
// link, only its query, with stray spaces, quotes or angle brackets around it.
function parse(text) {
    const result = { valid: false, userId: "", secret: "" }
    const value = String(text || "").trim().replace(/^[\s"'<]+|[\s"'>]+$/g, "")
    const start = value.indexOf("?")
    const query = start >= 0 ? value.slice(start + 1) : value
    for (const pair of query.split(/[&#;]/)) {
        const eq = pair.indexOf("=")
        if (eq <= 0)
            continue
        let decoded
        try {
            decoded = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, " "))
        } catch (e) {
            continue
        }
        const key = pair.slice(0, eq)
        if (key === "userId")
            result.userId = decoded
        else if (key === "secret")
            result.secret = decoded
    }
    result.valid = result.userId.length > 0 && result.secret.length > 0
    return result
}
