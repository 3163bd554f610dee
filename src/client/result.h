#pragma once

#include "client/error.h"

#include <functional>
#include <optional>
#include <utility>
#include <variant>

namespace Appwrite {

//! Either the value of a successful call or its Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    //! Only when ok().
    const T &value() const { return std::get<0>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    //! Only when !ok().
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

//! The result of a call that answers with no content (204).
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

template<typename T>
using Callback = std::function<void(const Result<T> &)>;

} // namespace Appwrite
