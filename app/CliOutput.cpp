// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CliOutput.h"

#include <cstdio>

namespace hamkor {
namespace app {
namespace cli {

namespace {
void write(std::FILE *stream, const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text)
{
    write(stdout, text);
}

void error(const QString &text)
{
    write(stderr, QStringLiteral("hamkor: ") + text);
}

void note(const QString &text)
{
    write(stderr, text);
}

} // namespace cli
} // namespace app
} // namespace hamkor
