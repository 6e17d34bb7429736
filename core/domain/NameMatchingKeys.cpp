// SPDX-License-Identifier: GPL-3.0-or-later
// NameMatching's keys of websites and registration numbers.
#include "core/domain/NameMatching.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

bool isHostLabel(const QString &label)
{
    if (label.isEmpty() || label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

// Platforms that many organisations share, where the page is the identity, not the host;
// other hosts of these platforms first say which platform they are.
constexpr const char16_t *PlatformAliases[][2] = {{u"fb.com", u"facebook.com"},
                                                  {u"fb.me", u"facebook.com"},
                                                  {u"x.com", u"twitter.com"},
                                                  {u"telegram.me", u"t.me"}};
constexpr const char16_t *Platforms[] = {
    u"facebook.com", u"instagram.com", u"linkedin.com", u"twitter.com", u"t.me",
    u"vk.com",       u"ok.ru",         u"youtube.com",  u"tiktok.com",  u"sites.google.com",
    u"github.com",   u"medium.com",    u"linktr.ee"};
// Path segments that say what kind of page follows, not whose it is.
constexpr const char16_t *PageKinds[] = {u"pages",  u"pg",       u"company", u"in",
                                         u"school", u"showcase", u"groups",  u"channel",
                                         u"c",      u"user",     u"view",    u"s"};

template <std::size_t N> bool isOneOf(const QString &text, const char16_t *const (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list),
                       [&text](const char16_t *item) { return text == QStringView(item); });
}

QString sharedPlatformPage(QString host, const QUrl &url)
{
    for (const QStringView mobile : {u"m.", u"mobile.", u"web.", u"business."}) {
        if (host.startsWith(mobile) && isOneOf(host.mid(mobile.size()), Platforms))
            host.remove(0, mobile.size());
    }
    for (const auto &alias : PlatformAliases) {
        if (host == QStringView(alias[0]))
            host = QString::fromUtf16(alias[1]);
    }
    if (!isOneOf(host, Platforms))
        return host;
    QStringList page{host};
    const QString path = url.path(QUrl::FullyDecoded).toLower();
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        page.append(segment);
        if (segment == QLatin1String("profile.php")) {
            const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
            if (id.isEmpty())
                return {};
            page.last() += QStringLiteral("?id=") + id;
            return page.join(u'/');
        }
        if (!isOneOf(segment, PageKinds))
            return page.join(u'/');
    }
    return {};
}

// Words that name the kind of number, in the region's languages and in English.
constexpr const char16_t *SchemeWords[] = {
    u"bin",          u"iin", u"inn", u"tin",    u"stir",    u"okpo",
    u"rnn",          u"vat", u"tax", u"id",     u"reg",     u"regno",
    u"registration", u"no",  u"nr",  u"number", u"jshshir", u"бин",
    u"иин",          u"инн", u"тин", u"стир",   u"окпо",    u"рнн",
    u"бсн",          u"жсн", u"рма", u"жшшир",  u"рег",     u"регистрационный",
    u"номер"};

} // namespace

QString NameMatching::websiteDomain(const QString &url)
{
    // Of several addresses ("zhasyl.kz, zhasyl.org") the first counts.
    QString text = url.trimmed();
    const auto separator = std::find_if(
        text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || c == u',' || c == u';'; });
    text.truncate(separator - text.cbegin());
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(text.startsWith(QLatin1String("//")) ? QStringLiteral("http:")
                                                          : QStringLiteral("http://"));
    const QUrl parsed(text);
    // User info means an e-mail address ("info@gmail.com" names no organisation).
    if (!parsed.isValid() || !parsed.userInfo().isEmpty())
        return {};
    QString host = QString::fromLatin1(QUrl::toAce(parsed.host())).toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    QStringList labels = host.split(u'.');
    if (labels.size() < 2 || !std::all_of(labels.cbegin(), labels.cend(), isHostLabel))
        return {};
    const QString &top = labels.back();
    if (std::all_of(top.begin(), top.end(), [](QChar c) { return c.isDigit(); }))
        return {}; // an IP address
    const QString &first = labels.front();
    if (labels.size() > 2 && first.startsWith(QLatin1String("www")) &&
        std::all_of(first.begin() + 3, first.end(), [](QChar c) { return c.isDigit(); }))
        labels.removeFirst();
    return sharedPlatformPage(labels.join(u'.'), parsed);
}

QString NameMatching::registrationKey(const QString &number)
{
    // NFKC turns № into "No" and full-width digits into ASCII ones.
    const QString text = number.normalized(QString::NormalizationForm_KC);
    QString key;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isLetter()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QString word = text.mid(i, end - i);
            i = end;
            if (isOneOf(word.toCaseFolded(), SchemeWords))
                continue;
            const QString latin =
                transliterate(word).normalized(QString::NormalizationForm_KD).toUpper();
            for (const QChar c : latin) {
                if (c >= u'A' && c <= u'Z')
                    key += c;
            }
            continue;
        }
        if (text.at(i).category() == QChar::Number_DecimalDigit)
            key += QChar(char16_t(u'0' + text.at(i).digitValue()));
        ++i;
    }
    // "n/a" and "нет" are no number.
    if (std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    return key;
}

} // namespace core
} // namespace hamkor
