// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace hamkor {
namespace core {

// One user action, all or nothing. Begins on construction; rolls back on destruction
// unless commit() succeeded. On SQLite it takes the write lock at once (BEGIN IMMEDIATE)
// so that two writers wait for each other instead of failing half-way.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN worked; when it did not, nothing may be written.
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_active = false;
};

} // namespace core
} // namespace hamkor
