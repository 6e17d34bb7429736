// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace hamkor {
namespace core {

// One person (or, without a name, one organisation) at a partner organisation. Plain text
// as the user typed it: the writer does all the escaping, normalising and folding vCard
// needs. Every field but the name may be empty, and an empty field writes no property.
struct VCardContact
{
    // Stable across exports, so that a re-import updates the card instead of duplicating
    // it: "urn:uuid:<uuid>". A bare UUID is written in that form; anything else that is not
    // a URI is written as text (UID;VALUE=text).
    QString uid;
    QString fullName;         // FN, in any script; N is derived from it (see VCardWriter)
    QString organisation;     // first ORG component
    QString organisationUnit; // second ORG component, e.g. a department
    QString title;            // TITLE: the position held
    QStringList emails;       // EMAIL;TYPE=work each
    // TEL;VALUE=uri;TYPE=work each, as a tel: URI (RFC 3966) that keeps the number as typed:
    // "+7 727 300 0101" becomes tel:+7-727-300-0101; a trailing "ext. 12", "x12" or
    // "доб. 12" becomes ";ext=12".
    QStringList phones;
    QString whatsapp; // a phone number
    QString telegram; // "@name", "name", a phone number, or a t.me link
    QString url;      // the organisation's website; "https://" is added when no scheme is given
    QString country;  // ISO 3166-1 alpha-2 ("KZ"); anything else is taken as a country name
    QString city;
    QString note;       // NOTE: free text, newlines allowed
    QDateTime revision; // REV, written in UTC; omitted when invalid
};

// Writes contacts as vCard 4.0 (RFC 6350), for import into phones, mail programs and
// address books. The output depends only on the arguments (no clock, no locale), so the
// same contacts give the same bytes and exports can be compared and tested byte for byte.
//
// Decisions a reader of the file will notice:
// - N is derived from FN only where that is safe. A name of two or more words, all of whose
//   letters are Latin, without a comma, is split the Western way: the first word is the
//   given name, the last word (with any lower-case particles before it: "van", "de la") the
//   family name, the words between additional names. Any other name (one word, Cyrillic,
//   Arabic or mixed script, "Family, Given") goes whole into the family-name component,
//   N:<name>;;;; — Cyrillic names are written surname-first as often as not, and Arabic
//   names have no given/family split a rule could find, so a guess would show a garbled
//   name where the whole one shows exactly what FN says.
// - A contact without a name is the organisation itself: KIND:org, FN is the organisation.
// - WhatsApp and Telegram become IMPP properties with the messengers' own deep links
//   (whatsapp://send?phone=…, tg://resolve?domain=… or tg://resolve?phone=…), which open the
//   chat on a phone, and the SERVICE-TYPE parameter of RFC 9554 to name the service; clients
//   that do not know the parameter must ignore it (RFC 6350 5). No X- properties: every
//   client would need to know them.
// - ADR carries the city and the country's English name (RFC 6350 wants a name, and that is
//   what address books show), with the alpha-2 code in the CC parameter of RFC 9554.
class VCardWriter
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::VCardWriter)

public:
    // One BEGIN:VCARD … END:VCARD per contact, in the given order; UTF-8, CRLF, folded.
    static QByteArray write(const QList<VCardContact> &contacts);

    // The same bytes written to an open device (a QSaveFile for files, a QBuffer in tests).
    static Status write(QIODevice &device, const QList<VCardContact> &contacts);
};

} // namespace core
} // namespace hamkor
