// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include "core/reference/ReferenceList.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hamkor {
namespace ui {

QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested.left(2).toLower();
    switch (QLocale::system().language()) {
    case QLocale::Russian:
    case QLocale::Kazakh:
    case QLocale::Kyrgyz:
    case QLocale::Tajik:
    case QLocale::Uzbek:
    case QLocale::Turkmen:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

bool installTranslations(const QString &language)
{
    if (language != u"ru") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        core::setDisplayLanguage(QStringLiteral("en"));
        // English plural forms: "1 call", "2 calls".
        auto *plurals = new QTranslator(QCoreApplication::instance());
        if (plurals->load(QStringLiteral(":/i18n/hamkor_en.qm")))
            QCoreApplication::installTranslator(plurals);
        else
            delete plurals;
        return language == u"en";
    }
    auto *hamkor = new QTranslator(QCoreApplication::instance());
    if (!hamkor->load(QStringLiteral(":/i18n/hamkor_ru.qm"))) {
        delete hamkor;
        return false;
    }
    QCoreApplication::installTranslator(hamkor);
    // Qt's own strings (buttons of standard dialogs), when Debian's qt6-translations-l10n
    // is installed; Hamkor works without them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    core::setDisplayLanguage(QStringLiteral("ru"));
    return true;
}

} // namespace ui
} // namespace hamkor
