// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class QDateEdit;

namespace hamkor {
namespace ui {

// Dates as the user writes them: the locale's short form with the year in full
// (15.01.2027 in Russian, 15/01/2027 in British English), read back in that form or as
// 2027-01-15, the form files use. Every date field and date cell of the window goes
// through here, so that no field asks for YYYY-MM-DD.
class DateFormat
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::ui::DateFormat)

public:
    // The QDate pattern: "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy"…
    static QString pattern();
    static QString text(const QDate &date);
    // The date in text, in the user's form (one-digit days and months too) or ISO 8601;
    // nothing when text is not a date that exists. An empty text is not a date either.
    static std::optional<QDate> parse(const QString &text);
    // "as 31.12.2027": how to write a date, for hints and messages.
    static QString example();
    // A date field in the user's form, with a calendar to pick from and a hint.
    static void setUp(QDateEdit *field);
};

} // namespace ui
} // namespace hamkor
