// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace hamkor {
namespace core {

// The -wal and -shm files SQLite keeps beside a database in WAL mode. SQLite gives them
// the mode of the database when it creates them, so a file opened while it was read-only
// leaves a read-only -shm behind; once the file is writable again SQLite would refuse
// every change ("attempt to write a readonly database") until someone deletes the -shm by
// hand. Hamkor mends that when it opens the file for writing.
class WalCompanions
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::WalCompanions)

public:
    // Gives a read-only -wal or -shm beside databasePath the database's own permissions, or
    // removes a -shm that cannot be changed (SQLite rebuilds it from the -wal). Call only
    // while holding the file's write lock. Fails, naming the file and why, when a companion
    // stays read-only.
    static Status makeWritable(const QString &databasePath);
};

} // namespace core
} // namespace hamkor
