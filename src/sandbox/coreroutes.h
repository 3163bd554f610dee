#pragma once

#include "sandbox/response.h"

namespace Sandbox {

class RequestContext;
class Router;

//! 200 with the caller's Account model read afresh: the answer of GET /account and of every
//! change to it.
Response accountResponse(RequestContext &ctx);

//! GET /v1/sandbox/health
void addHealthRoutes(Router &router);
//! POST/GET /account, PATCH email/name/password/phone/prefs/status, GET prefs
void addAccountRoutes(Router &router);
//! /account/sessions*, anonymous and email/password sign-in
void addSessionRoutes(Router &router);
//! POST /account/jwt, GET /account/logs, GET/DELETE /account/identities
void addActivityRoutes(Router &router);
//! /account/targets/push
void addTargetRoutes(Router &router);

} // namespace Sandbox
