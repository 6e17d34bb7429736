// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Organisation.h"
#include "core/export/VCardWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace hamkor {
namespace core {

struct CsvWriteOptions;

// Partner organisations leaving Hamkor: CSV in the import format (so that it round-trips)
// and vCard for phones, mail programs and address books.
class OrganisationExport
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::OrganisationExport)

public:
    // One row per organisation in OrganisationImporter::columns(): themes by their English
    // names and networks by name, each joined by '|'; the turnover as a plain decimal
    // ("85000000.00") beside its currency. Contacts and engagements are not part of it.
    static Status csv(QIODevice &device, const QList<Organisation> &organisations,
                      const CsvWriteOptions &options);
    // One card per contact, carrying its organisation's name, website and place; an
    // organisation without contacts gets one card of its own (no person's name).
    static QList<VCardContact> contacts(const QList<Organisation> &organisations);
    static Status vcf(QIODevice &device, const QList<Organisation> &organisations);
};

} // namespace core
} // namespace hamkor
