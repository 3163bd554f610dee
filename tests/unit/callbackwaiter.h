#pragma once

#include "client/result.h"

#include <QByteArray>

#include <optional>

//! Captures the one result of an asynchronous call; count tells how often it was delivered.
template<typename T>
struct CallbackWaiter
{
    std::optional<Appwrite::Result<T>> result;
    int count = 0;

    Appwrite::Callback<T> callback()
    {
        return [this](const Appwrite::Result<T> &r) {
            result.emplace(r);
            ++count;
        };
    }
    bool done() const { return result.has_value(); }
    const Appwrite::Error &error() const { return result->error(); }
    //! For failure messages: "ok", or the error in one line.
    QByteArray describe() const
    {
        if (!result)
            return "no result";
        return result->ok() ? QByteArray("ok") : result->error().toString().toUtf8();
    }
};
