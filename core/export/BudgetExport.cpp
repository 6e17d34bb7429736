// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetExport.h"

#include "core/export/BudgetCsv.h"
#include "core/export/BudgetIati.h"
#include "core/export/BudgetPdf.h"
#include "core/export/BudgetXlsx.h"
#include "core/export/WholeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace hamkor {
namespace core {

std::optional<BudgetExport::Format> BudgetExport::formatOf(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"csv")
        return Format::Csv;
    if (n == u"xlsx")
        return Format::Xlsx;
    if (n == u"pdf")
        return Format::Pdf;
    if (n == u"iati")
        return Format::Iati;
    return std::nullopt;
}

QString BudgetExport::suffix(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Iati:
        return QStringLiteral("xml");
    }
    return QString();
}

namespace {

Status writeDevice(QIODevice &device, const LoadedBudget &budget,
                   const BudgetExport::Options &options)
{
    // Only the CSV streams lines left in the file; the other formats lay the budget out whole.
    if (budget.streamed && options.format != BudgetExport::Format::Csv)
        return Error{BudgetExport::tr("The budget was read without its lines, which only a CSV "
                                      "export can take one by one.")};
    switch (options.format) {
    case BudgetExport::Format::Csv:
        return BudgetCsv::write(device, budget, options.csv, options.progress);
    case BudgetExport::Format::Pdf:
        return BudgetPdf::write(device, budget, options.progress);
    case BudgetExport::Format::Iati:
        return BudgetIati::write(device, budget);
    case BudgetExport::Format::Xlsx: {
        // libxlsxwriter writes files: make one in a private folder, then copy it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.xlsx"));
        if (Status s = BudgetXlsx::writeFile(path, budget, options.progress); !s)
            return s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{file.errorString()};
        const QByteArray bytes = file.readAll();
        if (device.write(bytes) != bytes.size())
            return Error{device.errorString()};
        return {};
    }
    }
    return {};
}

} // namespace

Status BudgetExport::write(QIODevice &device, const LoadedBudget &budget, const Options &options)
{
    return writeDevice(device, budget, options);
}

Status BudgetExport::writeFile(const QString &path, const LoadedBudget &budget,
                               const Options &options)
{
    return WholeFile::write(
        path, [&](QIODevice &device) { return writeDevice(device, budget, options); });
}

} // namespace core
} // namespace hamkor
