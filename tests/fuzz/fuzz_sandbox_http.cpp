// libFuzzer target: the sandbox's request handling, from the socket in: Qt's HTTP parser, then
// the router (project, origin, credentials from cookies / X-Appwrite-Session / X-Fallback-Cookies
// / JWT, scopes, MFA gate, parameters from query, form and JSON bodies) and every route handler.
//
// An input is up to four requests separated by a line "%%". Each request is text:
//   METHOD /v1/path?query          (the request line without the HTTP version)
//   Name: value                    (headers, one a line; no Content-Length)
//                                  (an empty line)
//   body
// @USER@, @SESSION@, @SESSIONID@ and @JWT@ stand for the signed-in user's ID, session
// credential (cookie value), session ID and a fresh JWT. The database is reset before each input.

#include "sandboxharness.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {
SandboxHarness *harness = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The replay test (tst_fuzz_replay) brings its own application object.
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
    harness = new SandboxHarness;
    if (!harness->start()) {
        std::fprintf(stderr, "fuzz_sandbox_http: the sandbox did not start\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    harness->restore();
    const QList<QByteArray> requests = input.replace("\n%%\n", "\x1e").split('\x1e');
    for (qsizetype i = 0; i < requests.size() && i < 4; ++i)
        harness->send(harness->build(requests[i]));
    return 0;
}
