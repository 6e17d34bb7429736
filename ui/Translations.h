// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hamkor {
namespace ui {

// The language Hamkor speaks: "ru" or "en". An explicit choice ("--lang ru") wins; else
// the system's: Russian, and also Kazakh, Kyrgyz, Tajik, Uzbek and Turkmen, whose users in
// the region read Russian more often than English, until their own translations exist.
QString chooseLanguage(const QString &requested);

// Loads Hamkor's and Qt's own translations for language into the running application,
// sets the default locale for numbers and dates, and tells core which names to show.
// Returns false when the requested language is not available (English is then used).
bool installTranslations(const QString &language);

} // namespace ui
} // namespace hamkor
