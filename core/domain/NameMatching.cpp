// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/NameMatching.h"

#include <QList>
#include <QStringList>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

struct Spelling
{
    char16_t letter;
    const char16_t *latin;
};

// Lower-case Cyrillic letters, in the order of the comment on transliterate().
constexpr Spelling CyrillicLetters[] = {
    {u'а', u"a"},  {u'б', u"b"},  {u'в', u"v"},    {u'г', u"g"}, {u'д', u"d"},  {u'е', u"e"},
    {u'ё', u"yo"}, {u'ж', u"zh"}, {u'з', u"z"},    {u'и', u"i"}, {u'й', u"y"},  {u'к', u"k"},
    {u'л', u"l"},  {u'м', u"m"},  {u'н', u"n"},    {u'о', u"o"}, {u'п', u"p"},  {u'р', u"r"},
    {u'с', u"s"},  {u'т', u"t"},  {u'у', u"u"},    {u'ф', u"f"}, {u'х', u"kh"}, {u'ц', u"ts"},
    {u'ч', u"ch"}, {u'ш', u"sh"}, {u'щ', u"shch"}, {u'ъ', u""},  {u'ы', u"y"},  {u'ь', u""},
    {u'э', u"e"},  {u'ю', u"yu"}, {u'я', u"ya"},   {u'ә', u"ä"}, {u'ғ', u"g"},  {u'қ', u"q"},
    {u'ң', u"n"},  {u'ө', u"ö"},  {u'ұ', u"u"},    {u'ү', u"ü"}, {u'һ', u"h"},  {u'і', u"i"},
    {u'ӣ', u"ī"},  {u'ӯ', u"ū"},  {u'ҳ', u"h"},    {u'ҷ', u"j"}, {u'ў', u"oʻ"}};

// Latin letters that stand for a digraph of the scheme, so that Turkmen "Çäge" and ISO 9
// "Čistaja" meet Russian-style "ch".
constexpr Spelling DigraphLetters[] = {{u'ç', u"ch"}, {u'č', u"ch"}, {u'ş', u"sh"}, {u'š', u"sh"},
                                       {u'ž', u"zh"}, {u'ı', u"y"},  {u'ə', u"a"}};

// Applied in this order: zh → j before dj → j turns dzh into j.
constexpr const char16_t *LatinFolds[][2] = {{u"zh", u"j"}, {u"dj", u"j"},  {u"kh", u"h"},
                                             {u"x", u"h"},  {u"gh", u"g"},  {u"q", u"k"},
                                             {u"w", u"v"},  {u"iya", u"ia"}};

template <std::size_t N> const char16_t *spellingOf(const Spelling (&table)[N], QChar c)
{
    for (const Spelling &spelling : table) {
        if (spelling.letter == c.unicode())
            return spelling.latin;
    }
    return nullptr;
}

// Uzbek oʻ and gʻ are written with any of these; none of them separates words.
bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == u'`' || c == 0x00B4 || (c >= 0x02B9 && c <= 0x02BC) || c == 0x02BE ||
           c == 0x02BF || c == 0x2018 || c == 0x2019;
}

bool isHyphen(QChar c)
{
    return c == u'-' || (c.unicode() >= 0x2010 && c.unicode() <= 0x2013);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate() || isApostrophe(c.unicode()) ||
           c.category() == QChar::Other_Format;
}

bool isCapitals(const QString &word)
{
    bool upper = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        upper = upper || c.isUpper();
    }
    return upper;
}

// Steps 2 to 4 of the scheme in the header, for one word without separators.
QString foldWord(const QString &word)
{
    QString spelled;
    for (const QChar c : NameMatching::transliterate(word).toCaseFolded()) {
        if (const char16_t *latin = spellingOf(DigraphLetters, c))
            spelled += QString::fromUtf16(latin);
        else
            spelled += c;
    }
    QString folded;
    const QList<uint> points = spelled.normalized(QString::NormalizationForm_KD).toUcs4();
    for (char32_t c : points) {
        if (QChar::isMark(c) || isApostrophe(c) || !QChar::isLetterOrNumber(c) || c == 0x0640)
            continue; // harakat, hamza marks and tatweel are marks or not letters either
        if (c == 0x064A || c == 0x0649)
            c = 0x06CC; // Arabic yeh and alef maksura → Persian yeh
        else if (c == 0x0643)
            c = 0x06A9; // Arabic kaf → Persian keheh
        folded += QString::fromUcs4(&c, 1);
    }
    for (const auto &fold : LatinFolds)
        folded.replace(QString::fromUtf16(fold[0]), QString::fromUtf16(fold[1]));
    const auto iOrY = [](QChar c) {
        return c == u'i' || c == u'y';
    };
    if (folded.size() >= 3 && iOrY(folded.back()) && iOrY(folded.at(folded.size() - 2))) {
        folded.chop(2);
        folded += u'i';
    }
    QString key;
    for (const QChar c : folded) {
        if (!(c.isLetter() && !key.isEmpty() && key.back() == c))
            key += c;
    }
    return key;
}

struct Token
{
    QString key;
    int word = 0; // tokens of one hyphenated compound share this
    bool capitals = false;
};

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    int word = 0;
    QString part;
    const auto flush = [&]() {
        const QString key = foldWord(part);
        if (!key.isEmpty())
            tokens.append({key, word, isCapitals(part)});
        part.clear();
    };
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (isHyphen(c)) {
            flush();
        } else if (isWordChar(c)) {
            part += c;
        } else {
            flush();
            ++word;
        }
    }
    flush();
    return tokens;
}

// Legal forms in the region's languages and in English, and the generic words whose
// translation varies between the names of one organisation. Centre, university, institute,
// network and club stay: they tell organisations apart.
constexpr const char16_t *RemovedWords[] = {
    // Russian
    u"общественный фонд", u"общественное объединение", u"общественная организация",
    u"общественный союз", u"некоммерческая организация", u"неправительственная организация",
    u"государственное учреждение", u"частное учреждение", u"объединение юридических лиц",
    u"товарищество с ограниченной ответственностью", u"общество с ограниченной ответственностью",
    u"акционерное общество", u"фонд", u"ассоциация", u"объединение", u"организация", u"союз",
    u"учреждение", u"ОФ", u"ОО", u"ОЮЛ", u"НПО", u"ННО", u"НКО", u"НАО", u"ООО", u"АО", u"ЗАО",
    u"ОАО", u"ПАО", u"ИП", u"ГУ", u"РГП", u"КГУ", u"ГКП", u"РГКП", u"и",
    // Kazakh
    u"қоғамдық қоры", u"қоғамдық қор", u"қоғамдық бірлестігі", u"қоғамдық бірлестік", u"қоры",
    u"бірлестігі", u"бірлестік", u"ассоциациясы", u"ЖШС", u"ҚБ", u"ҚҚ", u"және",
    // Kyrgyz
    u"коомдук фонд", u"коомдук фонду", u"коомдук бирикме", u"коомдук бирикмеси", u"фонду",
    u"бирикме", u"бирикмеси", u"ОсОО", u"КФ", u"КБ",
    // Tajik
    u"ҷамъияти ҷамъиятӣ", u"ҷамъияти ҷамъиятии", u"ташкилоти ҷамъиятӣ", u"фонди ҷамъиятӣ", u"фонди",
    u"ассотсиатсия", u"иттиҳодия", u"созмон", u"созмони", u"ҶҶ", u"ҶДММ",
    // Uzbek (Cyrillic spellings fold to the Latin ones)
    u"nodavlat notijorat tashkiloti", u"jamoat birlashmasi", u"jamoat fondi", u"jamgʻarma",
    u"jamgʻarmasi", u"birlashma", u"birlashmasi", u"uyushma", u"uyushmasi", u"ittifoq", u"ittifoqi",
    u"tashkilot", u"tashkiloti", u"NNT", u"MChJ", u"va",
    // English
    u"public foundation", u"public fund", u"public association", u"public organisation",
    u"public organization", u"public union", u"non-governmental organisation",
    u"non-governmental organization", u"non-profit organisation", u"non-profit organization",
    u"limited liability company", u"limited liability partnership", u"joint stock company",
    u"foundation", u"association", u"fund", u"union", u"organisation", u"organization", u"NGO",
    u"NPO", u"CSO", u"PF", u"PA", u"LLC", u"LLP", u"Ltd", u"Inc", u"JSC", u"the", u"of", u"and",
    // Dari and Pashto
    u"بنیاد", u"انجمن", u"سازمان", u"اتحادیه"};
// Legal forms that are also ordinary words: Kyrgyz "тоо" (mountain), "ак" (white).
constexpr const char16_t *CapitalsOnlyWords[] = {u"ТОО", u"АҚ", u"ААК"};

struct RemovedPhrase
{
    QStringList keys;
    bool capitalsOnly = false;
};

const QList<RemovedPhrase> &removedPhrases()
{
    static const QList<RemovedPhrase> phrases = [] {
        QList<RemovedPhrase> list;
        const auto add = [&list](const char16_t *text, bool capitalsOnly) {
            RemovedPhrase phrase{{}, capitalsOnly};
            for (const Token &token : tokenize(QString::fromUtf16(text)))
                phrase.keys.append(token.key);
            list.append(phrase);
        };
        for (const char16_t *text : RemovedWords)
            add(text, false);
        for (const char16_t *text : CapitalsOnlyWords)
            add(text, true);
        // Longest first, so "public foundation" wins over "foundation".
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.keys.size() > b.keys.size();
        });
        return list;
    }();
    return phrases;
}

// How many tokens from index a removed phrase covers there, 0 for none. A phrase never
// covers only a part of a hyphenated compound.
qsizetype removedAt(const QList<Token> &tokens, qsizetype index)
{
    if (index > 0 && tokens.at(index - 1).word == tokens.at(index).word)
        return 0;
    for (const RemovedPhrase &phrase : removedPhrases()) {
        const qsizetype end = index + phrase.keys.size();
        if (end > tokens.size() ||
            (end < tokens.size() && tokens.at(end).word == tokens.at(end - 1).word))
            continue;
        bool same = true;
        for (qsizetype k = 0; same && k < phrase.keys.size(); ++k) {
            const Token &token = tokens.at(index + k);
            same = token.key == phrase.keys.at(k) && (token.capitals || !phrase.capitalsOnly);
        }
        if (same)
            return phrase.keys.size();
    }
    return 0;
}

} // namespace

QString NameMatching::transliterate(const QString &text)
{
    const QString source = text.normalized(QString::NormalizationForm_C);
    QString result;
    result.reserve(source.size() + source.size() / 4);
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        const char16_t *latin = spellingOf(CyrillicLetters, c.toLower());
        if (!latin) {
            result += c;
            continue;
        }
        QString letters = QString::fromUtf16(latin);
        if (c.isUpper() && !letters.isEmpty()) {
            // Ж is "Zh" in "Жасыл" but "ZH" in "ЖАСЫЛ": the neighbours tell which.
            const QChar next = i + 1 < source.size() ? source.at(i + 1) : QChar();
            const QChar previous = i > 0 ? source.at(i - 1) : QChar();
            const bool shouting =
                next.isLetter() ? next.isUpper() : previous.isLetter() && previous.isUpper();
            if (shouting)
                letters = letters.toUpper();
            else
                letters[0] = letters.at(0).toUpper();
        }
        result += letters;
    }
    return result;
}

QString NameMatching::nameKey(const QString &name)
{
    const QList<Token> tokens = tokenize(name);
    QStringList kept;
    for (qsizetype i = 0; i < tokens.size();) {
        const qsizetype removed = removedAt(tokens, i);
        if (removed > 0)
            i += removed;
        else
            kept.append(tokens.at(i++).key);
    }
    if (kept.isEmpty()) {
        for (const Token &token : tokens)
            kept.append(token.key);
    }
    return kept.join(u' ');
}

} // namespace core
} // namespace hamkor
