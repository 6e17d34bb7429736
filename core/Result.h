// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hamkor {
namespace core {

// A failure a user can read: what went wrong and where, in their language.
struct Error
{
    QString message;
};

// The outcome of an operation that can fail. Core never throws and never swallows an
// error: it returns one of these, and the caller shows the message.
template <class T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    // On a temporary, a copy: `for (auto &x : *query.all())` must not dangle.
    T operator*() && { return std::move(value()); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

// Whether an operation that yields a value succeeded, without the value.
template <class T> Status statusOf(const Result<T> &result)
{
    if (result)
        return {};
    return result.error();
}

} // namespace core
} // namespace hamkor
