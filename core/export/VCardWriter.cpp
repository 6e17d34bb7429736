// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/VCardWriter.h"

#include <QIODevice>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace hamkor {
namespace core {

namespace {

// RFC 6350 3.2: a content line is at most 75 octets, not counting the CRLF.
constexpr int kMaxLineOctets = 75;

// RFC 6350 3.4: backslash, comma and semicolon are escaped with a backslash and a line
// break becomes "\n". Escaping ',' and ';' everywhere, not only in list and compound
// values, is always allowed and keeps one rule for every TEXT value. CR LF, a lone CR and
// the Unicode line and paragraph separators all count as one line break; other control
// characters cannot appear in a content line (3.3) and are dropped, a tab is kept.
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n':
        case 0x2028:
        case 0x2029:
            out += QLatin1String("\\n");
            break;
        case u'\t':
            out += QChar(c);
            break;
        default:
            if (c >= 0x20 && c != 0x7f)
                out += QChar(c);
        }
    }
    return out;
}

// A URI value is not escaped (RFC 6350 4), but a space or control character would end it
// or break the content line.
QString cleanUri(const QString &uri)
{
    QString out;
    for (const QChar c : uri) {
        if (c == u' ')
            out += QLatin1String("%20");
        else if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out;
}

// The decimal digits of a phone number, in ASCII: people who write Arabic script often
// type Arabic-Indic digits, which no dialler or messenger link accepts.
QString asciiDigits(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.category() == QChar::Number_DecimalDigit)
            out += QChar(u'0' + c.digitValue());
    }
    return out;
}

// DATE-AND-OR-TIME in UTC (RFC 6350 4.3.5), written by hand so that no locale changes a digit.
QString formatUtc(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", utc.date().year(), utc.date().month(),
                             utc.date().day(), utc.time().hour(), utc.time().minute(),
                             utc.time().second());
}

// UID is a URI by default (RFC 6350 6.7.6). A bare or braced UUID, as QUuid writes it,
// gets its urn:uuid: form (RFC 4122), so a card keeps its UID whichever way it was stored.
QString uidLine(const QString &uid)
{
    const QString text = uid.trimmed();
    if (text.isEmpty())
        return QString();
    if (const QUuid uuid(text); !uuid.isNull())
        return QLatin1String("UID:urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"));
    if (scheme.match(text).hasMatch())
        return QLatin1String("UID:") + cleanUri(text);
    return QLatin1String("UID;VALUE=text:") + escapeText(text);
}

// True when every letter of the name is Latin. Letters of the common script (the Uzbek
// modifier letter ʻ) do not count either way; a name needs at least one Latin letter.
bool isLatin(const QString &name)
{
    bool latin = false;
    for (const char32_t c : name.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Common || script == QChar::Script_Inherited)
            continue;
        if (script != QChar::Script_Latin)
            return false;
        latin = true;
    }
    return latin;
}

// N (RFC 6350 6.2.2): family;given;additional;prefixes;suffixes. The rule is explained in
// the header; honorifics are not recognised, since a wrong guess is worse than none.
QString nameLine(const QString &name)
{
    const QStringList words = name.split(u' ');
    if (words.size() < 2 || name.contains(u',') || !isLatin(name))
        return QLatin1String("N:") + escapeText(name) + QLatin1String(";;;;");
    qsizetype familyStart = words.size() - 1;
    while (familyStart > 1 && words.at(familyStart - 1).at(0).isLower())
        --familyStart;
    QStringList additional;
    for (qsizetype i = 1; i < familyStart; ++i)
        additional << escapeText(words.at(i));
    // Additional names are a list: the commas between them are separators, not escaped.
    return QLatin1String("N:") + escapeText(words.mid(familyStart).join(u' ')) + u';' +
           escapeText(words.first()) + u';' + additional.join(u',') + QLatin1String(";;");
}

// A tel: URI (RFC 3966) that keeps the number as it was typed: runs of spaces, '/' and '-'
// become one '-', the visual separators '.', '(' and ')' stay, a '+' counts only at the
// start, and anything else (the letters of a remark) goes. Numbers without a '+' are
// written as local numbers without the phone-context RFC 3966 asks for: the writer cannot
// know it, and diallers read them as typed.
QString telUri(const QString &number)
{
    QString text = number.trimmed();
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4).trimmed();
    static const QRegularExpression extension(
        QStringLiteral("^(.*?)\\s*(?:ext\\.?|x|доб\\.?)\\s*(\\d+)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString ext;
    if (const QRegularExpressionMatch match = extension.match(text); match.hasMatch()) {
        text = match.captured(1);
        ext = asciiDigits(match.captured(2));
    }
    // A remark in parentheses, "(office)", is not part of the number; "(727)" is.
    static const QRegularExpression remark(QStringLiteral("\\([^)\\d]*\\)"));
    text.remove(remark);
    QString out;
    bool separator = false;
    for (const QChar c : text) {
        if (c == u'+' && out.isEmpty()) {
            out += c;
        } else if (c.isSpace() || c == u'-' || c == u'/') {
            separator = true;
        } else if (c.category() == QChar::Number_DecimalDigit || c == u'.' || c == u'(' ||
                   c == u')') {
            if (separator && !out.isEmpty() && out != QLatin1String("+"))
                out += u'-';
            separator = false;
            out += c.isDigit() ? QChar(u'0' + c.digitValue()) : c;
        }
    }
    if (asciiDigits(out).isEmpty())
        return QString();
    return QLatin1String("tel:") + out + (ext.isEmpty() ? QString() : QLatin1String(";ext=") + ext);
}

// WhatsApp's own link, whatsapp://send?phone=<digits>, opens the chat; a bare
// "whatsapp:<number>" is not something the app handles. WhatsApp wants the international
// number as digits only, so a "https://wa.me/…" link pasted in works too.
QString whatsappLine(const QString &number)
{
    const QString digits = asciiDigits(number);
    if (digits.isEmpty())
        return QString();
    return QLatin1String("IMPP;SERVICE-TYPE=WhatsApp:whatsapp://send?phone=") + digits;
}

// Telegram's deep links (core.telegram.org/api/links): tg://resolve?domain=<username> and,
// for a number, tg://resolve?phone=<digits>. Accepts "@name", "name", a number and
// t.me / telegram.me links; a tg: URI is kept as it is.
QString telegramLine(const QString &value)
{
    const QString prefix = QStringLiteral("IMPP;SERVICE-TYPE=Telegram:");
    QString text = value.trimmed();
    if (text.startsWith(QLatin1String("tg:"), Qt::CaseInsensitive))
        return prefix + cleanUri(text);
    static const QRegularExpression link(
        QStringLiteral("^(?:https?://)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog)/"
                       "([^/?#]*)"),
        QRegularExpression::CaseInsensitiveOption);
    bool handle = false;
    if (const QRegularExpressionMatch match = link.match(text); match.hasMatch()) {
        text = match.captured(1);
    } else if (text.startsWith(u'@')) {
        text = text.mid(1).trimmed();
        handle = true;
    }
    // Usernames start with a letter, so digits (with a '+' and separators) are a number.
    static const QRegularExpression number(QStringLiteral("^\\+?[\\d\\s().-]+$"));
    if (!handle && number.match(text).hasMatch()) {
        const QString digits = asciiDigits(text);
        return digits.isEmpty() ? QString()
                                : prefix + QLatin1String("tg://resolve?phone=") + digits;
    }
    if (text.isEmpty())
        return QString();
    return prefix + QLatin1String("tg://resolve?domain=") +
           QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// URL is a URI (RFC 3986, ASCII only): QUrl turns an internationalised host into its
// xn-- form and percent-encodes the rest. People type "example.org", so a missing
// scheme is taken to be https.
QString websiteLine(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return QString();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl parsed(text, QUrl::TolerantMode);
    const QString uri = parsed.isValid() ? QString::fromLatin1(parsed.toEncoded()) : cleanUri(text);
    return QLatin1String("URL:") + uri;
}

// ADR (RFC 6350 6.3.1): box;extended;street;locality;region;code;country. Address books
// show the country component as it is, and RFC 6350 wants a name there, so a known alpha-2
// code becomes Qt's English name (locale-independent, so the bytes are too) and the code
// goes into RFC 9554's CC parameter. Anything else is written as the country's name.
QString addressLine(const QString &country, const QString &city)
{
    const QString place = city.trimmed();
    QString countryName = country.trimmed();
    if (place.isEmpty() && countryName.isEmpty())
        return QString();
    QString params = QStringLiteral(";TYPE=work");
    const auto isAsciiLetter = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
    };
    if (countryName.size() == 2 && isAsciiLetter(countryName.at(0)) &&
        isAsciiLetter(countryName.at(1))) {
        const QString code = countryName.toUpper();
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        if (territory != QLocale::AnyTerritory) {
            params += QLatin1String(";CC=") + code;
            countryName = QLocale::territoryToString(territory);
        }
    }
    return QLatin1String("ADR") + params + QLatin1String(":;;;") + escapeText(place) +
           QLatin1String(";;;") + escapeText(countryName);
}

// RFC 6350 3.2: a line longer than 75 octets is folded by inserting CRLF and one space; the
// space counts towards the next line's 75. Multi-octet characters must stay whole, so a
// line is cut only between UTF-8 characters and a chunk may be a few octets short.
QByteArray fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    qsizetype limit = kMaxLineOctets;
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = kMaxLineOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

void appendCard(QStringList &lines, const VCardContact &contact)
{
    lines << QStringLiteral("BEGIN:VCARD") << QStringLiteral("VERSION:4.0")
          << QStringLiteral("PRODID:-//Hamkor//Hamkor 0.1//EN");
    if (const QString uid = uidLine(contact.uid); !uid.isEmpty())
        lines << uid;

    const QString name = contact.fullName.simplified();
    const QString organisation = contact.organisation.trimmed();
    const QString unit = contact.organisationUnit.trimmed();
    // FN is required (RFC 6350 6.2.1). Without a person's name the card stands for the
    // organisation, which is what KIND:org says (6.1.4); clients then show the ORG name.
    if (name.isEmpty() && !organisation.isEmpty())
        lines << QStringLiteral("KIND:org")
              << QLatin1String("FN:") + escapeText(organisation.simplified());
    else
        lines << QLatin1String("FN:") + escapeText(name);
    if (!name.isEmpty())
        lines << nameLine(name);
    if (!organisation.isEmpty() || !unit.isEmpty()) {
        QString org = QLatin1String("ORG:") + escapeText(organisation);
        if (!unit.isEmpty())
            org += u';' + escapeText(unit);
        lines << org;
    }
    if (const QString title = contact.title.trimmed(); !title.isEmpty())
        lines << QLatin1String("TITLE:") + escapeText(title);
    for (const QString &email : contact.emails) {
        if (!email.trimmed().isEmpty())
            lines << QLatin1String("EMAIL;TYPE=work:") + escapeText(email.trimmed());
    }
    for (const QString &phone : contact.phones) {
        if (const QString uri = telUri(phone); !uri.isEmpty())
            lines << QLatin1String("TEL;VALUE=uri;TYPE=work:") + uri;
    }
    for (const QString &line :
         {whatsappLine(contact.whatsapp), telegramLine(contact.telegram), websiteLine(contact.url),
          addressLine(contact.country, contact.city)}) {
        if (!line.isEmpty())
            lines << line;
    }
    if (const QString note = contact.note.trimmed(); !note.isEmpty())
        lines << QLatin1String("NOTE:") + escapeText(note);
    if (contact.revision.isValid())
        lines << QLatin1String("REV:") + formatUtc(contact.revision);
    lines << QStringLiteral("END:VCARD");
}

} // namespace

QByteArray VCardWriter::write(const QList<VCardContact> &contacts)
{
    QStringList lines;
    for (const VCardContact &contact : contacts)
        appendCard(lines, contact);
    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += fold(line.toUtf8());
    return out;
}

Status VCardWriter::write(QIODevice &device, const QList<VCardContact> &contacts)
{
    const QByteArray bytes = write(contacts);
    if (!device.isWritable() || device.write(bytes) != bytes.size())
        return Error{tr("The contacts could not be written: %1").arg(device.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
