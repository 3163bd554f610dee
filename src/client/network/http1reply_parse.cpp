// Http1Reply: reading an HTTP/1.1 answer, its status line, headers and body (Content-Length,
// chunked or to the end of the connection), from what the socket delivered.
#include "client/network/http1reply.h"

namespace Appwrite {

namespace {

constexpr qsizetype maxHeaderLine = 64 * 1024;

} // namespace

bool Http1Reply::takeLine(QByteArray *line)
{
    const qsizetype end = m_in.indexOf('\n', m_pos);
    if (end < 0) {
        if (m_in.size() - m_pos > maxHeaderLine)
            fail(ProtocolFailure, tr("The server sent an oversized header"));
        return false;
    }
    qsizetype length = end - m_pos;
    if (length > 0 && m_in.at(end - 1) == '\r')
        --length;
    *line = m_in.mid(m_pos, length);
    m_pos = end + 1;
    return true;
}

bool Http1Reply::parse()
{
    QByteArray line;
    while (!isFinished()) {
        switch (m_stage) {
        case Stage::StatusLine: {
            if (!takeLine(&line))
                return !isFinished();
            if (line.isEmpty())
                continue; // a stray line end between answers
            // "HTTP/1.1 200 OK"
            bool ok = false;
            m_status = line.mid(9, 3).toInt(&ok);
            if (!line.startsWith("HTTP/1.") || line.size() < 12 || !ok) {
                fail(ProtocolFailure, tr("The server did not answer in HTTP"));
                return false;
            }
            m_reason = line.mid(13).trimmed();
            m_keepAlive = line.startsWith("HTTP/1.1");
            m_headers.clear();
            m_stage = Stage::Headers;
            continue;
        }
        case Stage::Headers:
            if (!takeLine(&line))
                return !isFinished();
            if (line.isEmpty()) {
                if (m_status < 200) {
                    m_stage = Stage::StatusLine; // 100 Continue and the like: the answer follows
                    continue;
                }
                if (!headersDone())
                    return false;
                continue;
            }
            if ((line.startsWith(' ') || line.startsWith('\t')) && !m_headers.isEmpty()) {
                m_headers.last().second += ' ' + line.trimmed(); // an obsolete folded line
                continue;
            }
            if (const qsizetype colon = line.indexOf(':'); colon > 0) {
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                continue;
            }
            fail(ProtocolFailure, tr("The server sent a malformed header"));
            return false;
        case Stage::Body: {
            const qsizetype available = m_in.size() - m_pos;
            const qsizetype count = m_untilClose ? available : qMin<qint64>(available, m_remaining);
            bodyBytes(count);
            if (m_untilClose || m_remaining > 0)
                return true;
            m_stage = Stage::Done;
            continue;
        }
        case Stage::ChunkSize: {
            if (!takeLine(&line))
                return !isFinished();
            const qsizetype extension = line.indexOf(';');
            bool ok = false;
            m_remaining = line.left(extension < 0 ? line.size() : extension)
                                  .trimmed()
                                  .toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(ProtocolFailure, tr("The server sent a malformed chunk"));
                return false;
            }
            m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
            continue;
        }
        case Stage::ChunkData:
            bodyBytes(qMin<qint64>(m_in.size() - m_pos, m_remaining));
            if (m_remaining > 0)
                return true;
            m_stage = Stage::ChunkEnd;
            continue;
        case Stage::ChunkEnd:
            if (!takeLine(&line))
                return !isFinished();
            if (!line.isEmpty()) {
                fail(ProtocolFailure, tr("The server sent a malformed chunk"));
                return false;
            }
            m_stage = Stage::ChunkSize;
            continue;
        case Stage::Trailers:
            if (!takeLine(&line))
                return !isFinished();
            if (line.isEmpty())
                m_stage = Stage::Done;
            continue;
        case Stage::Done:
            return true;
        }
    }
    return false;
}

void Http1Reply::bodyBytes(qsizetype count)
{
    m_body.append(m_in.constData() + m_pos, count);
    m_pos += count;
    if (m_remaining > 0)
        m_remaining -= count;
}

bool Http1Reply::headersDone()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_reason);
    // Repeated headers are joined as Qt joins them: Set-Cookie by lines, the others by commas.
    for (const auto &[name, value] : std::as_const(m_headers)) {
        QByteArray joined = rawHeader(name);
        if (!joined.isEmpty())
            joined += name.compare("set-cookie", Qt::CaseInsensitive) == 0 ? "\n" : ", ";
        setRawHeader(name, joined + value);
    }
    const QByteArray connection = rawHeader("Connection").toLower();
    if (connection.contains("close"))
        m_keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_keepAlive = true;

    m_remaining = -1;
    if (m_headOnly || m_status == 204 || m_status == 304) {
        m_stage = Stage::Done;
    } else if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
        m_stage = Stage::ChunkSize;
    } else if (hasRawHeader("Content-Length")) {
        bool ok = false;
        m_remaining = rawHeader("Content-Length").toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            fail(ProtocolFailure, tr("The server sent a malformed Content-Length"));
            return false;
        }
        m_stage = m_remaining == 0 ? Stage::Done : Stage::Body;
    } else {
        m_untilClose = true;
        m_keepAlive = false;
        m_stage = Stage::Body;
    }
    Q_EMIT metaDataChanged();
    return !isFinished();
}

} // namespace Appwrite
