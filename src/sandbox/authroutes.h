#pragma once

namespace Sandbox {

class Router;

//! Everything below: the one call SandboxServer::addRoutes() makes for this family.
void addAuthRoutes(Router &router);

//! POST /account/tokens/{email,magic-url,phone}, POST /account/sessions/token and the
//! deprecated PUT /account/sessions/{magic-url,phone}
void addTokenRoutes(Router &router);
//! POST/PUT /account/verification, /account/verification/phone, /account/recovery
void addVerificationRoutes(Router &router);
//! PATCH /account/mfa, /account/mfa/authenticators/{type}, factors, recovery codes
void addMfaRoutes(Router &router);
//! POST/PUT /account/mfa/challenge
void addMfaChallengeRoutes(Router &router);
//! GET /account/{sessions,tokens}/oauth2/{provider} and the consent page
//! /v1/sandbox/oauth2/{provider}/authorize that stands in for every provider
void addOAuthRoutes(Router &router);
//! GET/DELETE /v1/sandbox/outbox
void addOutboxRoutes(Router &router);

} // namespace Sandbox
