// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliCommon.h"

#include "app/CliOutput.h"
#include "core/Store.h"
#include "core/export/WholeFile.h"
#include "core/io/CsvReader.h"

#include <QCommandLineParser>
#include <QIODevice>

#include <cstdio>

namespace hamkor {
namespace app {

const QCommandLineOption &CliCommon::languageOption()
{
    static const QCommandLineOption option(
        QStringLiteral("lang"), tr("Use language CODE (en or ru)."), QStringLiteral("CODE"));
    return option;
}

void CliCommon::setUp(QCommandLineParser &parser, const QString &words, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("command"), words, words);
}

int CliCommon::parse(QCommandLineParser &parser, const QStringList &arguments, int words,
                     int wanted, const QString &usage)
{
    if (!parser.parse(arguments)) {
        cli::error(parser.errorText() + u'\n' + usage);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::out(parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != words + wanted) {
        cli::error(tr("Wrong number of arguments.") + u'\n' + usage);
        return 2;
    }
    return -1;
}

int CliCommon::writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        const std::size_t written =
            std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        if (std::fflush(stdout) != 0 || written != std::size_t(bytes.size()) ||
            std::ferror(stdout)) {
            cli::error(tr("Cannot write to standard output."));
            return 1;
        }
        return 0;
    }
    const core::Status written = core::WholeFile::write(path, [&](QIODevice &file) {
        return file.write(bytes) == bytes.size()
                   ? core::Status()
                   : core::Status(
                         core::Error{tr("Cannot write %1: %2").arg(path, file.errorString())});
    });
    if (!written) {
        cli::error(written.message());
        return 1;
    }
    return 0;
}

std::optional<core::CsvTable> CliCommon::readCsv(const QString &path)
{
    auto table = core::CsvReader::readFile(path);
    if (!table) {
        cli::error(path + QStringLiteral(": ") + table.message());
        return std::nullopt;
    }
    return std::move(table).value();
}

std::unique_ptr<core::Store> CliCommon::openForWriting(const QString &path)
{
    auto store = core::Store::open(path);
    if (!store) {
        cli::error(store.message());
        return nullptr;
    }
    if ((*store)->isReadOnly()) {
        cli::error((*store)->database().readOnlyReason());
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace app
} // namespace hamkor
