// The 47 Account methods, each called once with valid arguments: what tst_accountrequests checks
// against the OpenAPI spec.
#pragma once

#include "client/account.h"

#include <QList>
#include <QUrl>

#include <functional>

//! One Account method called with valid arguments; the name is the spec's operationId suffix.
struct Call
{
    const char *operation;
    std::function<void(Appwrite::Account &, QObject *)> invoke;
    //! For the two OAuth2 methods, which build a URL instead of sending.
    std::function<QUrl(Appwrite::Account &)> build;
};

QList<Call> allAccountCalls();
