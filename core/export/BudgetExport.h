// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/budget/BudgetLoader.h"
#include "core/io/CsvWriter.h"

#include <functional>

namespace hamkor {
namespace core {

// A budget leaving Hamkor for a donor (issue 7), in one of its formats; the same numbers to
// the unit as the window and `hamkor budget`.
class BudgetExport
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::BudgetExport)

public:
    enum class Format
    {
        Csv,
        Xlsx,
        Pdf,
        Iati
    };
    struct Options
    {
        Format format = Format::Csv;
        CsvWriteOptions csv;
        // Told the share done (0…100) now and then; returning false cancels the export.
        std::function<bool(int)> progress;
    };

    static std::optional<Format> formatOf(const QString &name);
    static QString suffix(Format format);
    // The file is written whole or not at all: to a temporary file beside path, renamed
    // over it when complete. A failed or cancelled export leaves nothing at path.
    static Status writeFile(const QString &path, const LoadedBudget &budget,
                            const Options &options);
    // To an open device (standard output); the bytes are made in full first.
    static Status write(QIODevice &device, const LoadedBudget &budget, const Options &options);
};

} // namespace core
} // namespace hamkor
