// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hamkor {
namespace core {

// Keys under which two records of one organisation meet, so that adding or importing a
// partner that is already there says which one it is ("no duplicates by accident").
// The same organisation is written in Cyrillic by one file and in Latin by the next, with
// «» in one place and "" in another, with its legal form in Russian, Kazakh or English or
// not at all; the keys set those differences aside and nothing else.
//
// The name key, step by step (deterministic; the same steps fold every script):
//  1. Words are split at spaces, quotes and punctuation; a hyphen joins the parts of one
//     compound word ("Тоо-Суу"), apostrophes and ʻ ’ ` stay inside a word and vanish.
//  2. Each word is transliterated (see transliterate()), case-folded, and the Turkic and
//     ISO 9 letters that stand for a digraph are spelled out (ç č → ch, ş š → sh,
//     ž → zh, ı → y, ə → a). NFKD then drops every diacritic (ä → a, ñ → n, ū → u, ğ → g).
//  3. Arabic script keeps its letters; only the Arabic/Persian variants ي ى → ی and
//     ك → ک are folded, and tatweel, harakat and hamza marks are dropped.
//  4. Latin spellings are folded: zh → j, dj → j (so dzh → j), kh → h, x → h, gh → g,
//     q → k, w → v, iya → ia, a word ending in two of i/y ends in i (-iy, -yy, -ii, -yi),
//     and doubled letters are written once (Суу, Suu → su). Digits stay as they are.
//  5. Legal forms and generic words (ОФ, ТОО, LLC, public foundation, қоғамдық қоры,
//     nodavlat notijorat tashkiloti, фонд, association, the, of, and, и …) are removed as
//     whole words, never as part of a hyphenated compound. ТОО, АҚ and ААК are also
//     ordinary words ("mountain", "white"), so they go only when written in capitals.
//     If nothing would remain, every word stays.
//  6. The words are joined with single spaces, in their original order.
class NameMatching
{
public:
    NameMatching() = delete;

    // A key that two spellings of the same organisation name share: "Общественный фонд
    // «Жасыл Болашақ»" and "Zhasyl Bolashak Public Foundation" both give "jasyl bolashak".
    // Meant for comparison and search, not for display. "" for a name without letters or
    // digits.
    static QString nameKey(const QString &name);

    // "https://www.Zhasyl.example.kz/about" → "zhasyl.example.kz"; "" for no domain.
    // International domains come back in their ASCII (xn--) form. A page on a platform
    // many organisations share keeps its page ("facebook.com/zhasylbolashak"), since the
    // platform's domain alone would make every such organisation a duplicate of the others;
    // the bare platform gives "". An e-mail address and an IP address give "".
    static QString websiteDomain(const QString &url);

    // "BIN 140540012345", "140 540 012 345", "бин 140540012345" → "140540012345": the
    // digits and letters of the number only, letters in upper case, Cyrillic ones
    // transliterated ("12345-3301-ОФ" → "123453301OF"), without scheme words (BIN, IIN,
    // INN, TIN, STIR, OKPO, RNN, ИНН, БИН, БСН, ОКПО, СТИР, ИНН/ТИН, №, No …) wherever
    // they stand; "" when there is no digit ("n/a"). Compare only within one country.
    static QString registrationKey(const QString &number);

    // Cyrillic → Latin with the letters of nameKey, keeping case and everything that is
    // not Cyrillic: "Жасыл Болашақ" → "Zhasyl Bolashaq", "Ўзбекистон" → "Oʻzbekiston",
    // "ЩУЧИНСК" → "SHCHUCHINSK". The letters: Russian а→a … ж→zh х→kh ц→ts ч→ch ш→sh
    // щ→shch ы→y э→e ю→yu я→ya ё→yo й→y, ъ and ь vanish; Kazakh/Kyrgyz ә→ä ғ→g қ→q ң→n
    // ө→ö ұ→u ү→ü һ→h і→i; Tajik ӣ→ī ӯ→ū ҳ→h ҷ→j; Uzbek ў→oʻ.
    static QString transliterate(const QString &text);
};

} // namespace core
} // namespace hamkor
