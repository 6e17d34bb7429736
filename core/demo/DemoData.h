// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

#include <functional>

namespace hamkor {
namespace core {

class Database;

// Demo files for trying Hamkor out, for screenshots and for benchmarks.
//
// Small: a realistic office — calls from several donors with deadlines around today,
// partners in all six countries with names in Cyrillic, Latin and Arabic script, contacts
// and engagements, four proposals with consortia and budgets in EUR and USD whose lines
// are in local currencies, and the exchange rates they need.
// Large: the large file of SPEC section 6 — 20,000 calls, 5,000 partners with 20,000
// contacts, 2,000 proposals and 1,000,000 budget lines.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::DemoData)

public:
    enum class Size
    {
        Small,
        Large
    };
    // Receives the share done, 0…100; returns false to cancel (then nothing is written).
    using Progress = std::function<bool(int percent)>;

    // Fills an empty, freshly created file in one transaction.
    static Status fill(Database &db, Size size, const Progress &progress = {});
};

} // namespace core
} // namespace hamkor
