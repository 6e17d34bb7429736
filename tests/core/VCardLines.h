// SPDX-License-Identifier: GPL-3.0-or-later
// Reading vCards back in the vCard tests: a contact, its logical lines, a property's value.
#pragma once

#include "core/export/VCardWriter.h"

#include <QStringList>

namespace hamkor {
namespace core {
namespace testing {

inline VCardContact person(const QString &fullName)
{
    VCardContact contact;
    contact.uid = "urn:uuid:6f1c2a9e-4b7d-4c3e-9a51-2d8e0f7b3c14";
    contact.fullName = fullName;
    return contact;
}

// RFC 6350 3.2 unfolding: remove every CRLF followed by one space, then split at CRLF.
inline QStringList unfold(QByteArray vcf)
{
    vcf.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(vcf).split("\r\n");
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline QStringList linesOf(const VCardContact &contact)
{
    return unfold(VCardWriter::write({contact}));
}

inline QString unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

// The value of the first logical line starting with prefix (e.g. "NOTE:"); a null string
// when there is none.
inline QString value(const QStringList &lines, const QString &prefix)
{
    for (const QString &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return QString();
}

// The lines of the given property, whatever its parameters: "TEL" finds "TEL;VALUE=uri…".
inline QStringList propertyLines(const QStringList &lines, const QString &name)
{
    QStringList out;
    for (const QString &line : lines) {
        if (line.startsWith(name + ':') || line.startsWith(name + ';'))
            out << line;
    }
    return out;
}

} // namespace testing
} // namespace core
} // namespace hamkor
