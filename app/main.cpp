// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"
#include "app/DefaultFile.h"
#include "ui/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("hamkor"));
    QCoreApplication::setApplicationName(QStringLiteral("hamkor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMKOR_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (hamkor::app::Cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        return hamkor::app::Cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Hamkor"));
    QApplication::setDesktopFileName(QStringLiteral("org.hamkor.Hamkor"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("en or ru"),
                                      QStringLiteral("CODE"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to open."));
    parser.process(app);
    hamkor::ui::installTranslations(hamkor::ui::chooseLanguage(parser.value(language)));

    hamkor::ui::MainWindow window;
    const QString path = parser.positionalArguments().value(0, hamkor::app::defaultFilePath());
    window.openFile(path, !QFileInfo::exists(path) && path == hamkor::app::defaultFilePath());
    window.show();
    return app.exec();
}
