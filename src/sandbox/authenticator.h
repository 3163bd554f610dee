#pragma once

namespace Sandbox {

class RequestContext;

//! Finds the caller of a request, as the real server's `user` resource does (INIT:L1127-1248).
namespace Authenticator {
//! Fills ctx.user / ctx.session / ctx.viaJwt. Unknown or expired credentials leave a guest;
//! a bad X-Appwrite-JWT throws ApiError(UserJwtInvalid).
void authenticate(RequestContext &ctx);
//! Whether the caller's session lacks the second factor its user requires (§6.1).
bool needsMoreFactors(RequestContext &ctx);
} // namespace Authenticator

} // namespace Sandbox
