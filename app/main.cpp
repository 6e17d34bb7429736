// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"
#include "app/DefaultFile.h"
#include "ui/Translations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

namespace {
// The command line's stderr is for the user's errors: Qt's note that it made its own
// runtime folder (no desktop session over SSH or in cron) is not one.
QtMessageHandler previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("hamkor"));
    QCoreApplication::setApplicationName(QStringLiteral("hamkor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAMKOR_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (hamkor::app::Cli::wantsCommandLine(arguments)) {
        // Without a window, but with Qt Gui for PDF exports (fonts, painting): the offscreen
        // platform needs no display, so scripts run on servers and over SSH.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietHandler);
        QGuiApplication app(argc, argv);
        return hamkor::app::Cli::run(app.arguments());
    }

    // Without a display Qt would abort with a message about xcb; say what is wrong instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "hamkor: there is no display to open the window on (DISPLAY is not "
                             "set). Commands work without one: see hamkor --help.\n");
        return 1;
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
