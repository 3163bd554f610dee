#pragma once

// All response models of the Account service.
#include "client/models/identity.h"
#include "client/models/log.h"
#include "client/models/mfa.h"
#include "client/models/session.h"
#include "client/models/token.h"
#include "client/models/user.h"
