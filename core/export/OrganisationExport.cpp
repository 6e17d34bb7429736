// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/OrganisationExport.h"

#include "core/domain/Currency.h"
#include "core/domain/Money.h"
#include "core/domain/MoneyFormat.h"
#include "core/io/CsvWriter.h"
#include "core/io/OrganisationImporter.h"
#include "core/reference/Reference.h"

namespace hamkor {
namespace core {

namespace {

QString englishNames(const QStringList &codes, const ReferenceList &list)
{
    QStringList names;
    for (const QString &code : codes) {
        const ReferenceItem *item = list.find(code);
        names << (item ? item->english : code);
    }
    return names.join(u'|');
}

CsvCell amountCell(const std::optional<qint64> &minor, const QString &currencyCode)
{
    const auto currency = Currency::fromCode(currencyCode);
    if (!minor || !currency)
        return {};
    return {MoneyFormat::format(Money(*minor, *currency), NumberStyle::Plain), true};
}

CsvCell numberCell(const std::optional<int> &value)
{
    return value ? CsvCell{QString::number(*value), true} : CsvCell{};
}

QString uid(const QString &uuid)
{
    return uuid.isEmpty() ? QString() : QStringLiteral("urn:uuid:") + uuid;
}

QStringList nonEmpty(const QString &value)
{
    return value.isEmpty() ? QStringList() : QStringList{value};
}

} // namespace

Status OrganisationExport::csv(QIODevice &device, const QList<Organisation> &organisations,
                               const CsvWriteOptions &options)
{
    CsvWriter writer(device, options);
    writer.writeTextRow(OrganisationImporter::columns());
    for (const Organisation &organisation : organisations) {
        writer.writeRow({
            {organisation.name},
            {organisation.nameLatin},
            {organisation.acronym},
            {organisation.type},
            {organisation.country},
            {organisation.city},
            {organisation.registrationNumber},
            {organisation.website},
            {englishNames(organisation.themes, reference::themes())},
            {organisation.networks.join(u'|')},
            numberCell(organisation.staff),
            amountCell(organisation.annualTurnoverMinor, organisation.turnoverCurrency),
            {organisation.turnoverCurrency},
            {organisation.email},
            {organisation.phone},
            {organisation.notes},
        });
    }
    return writer.status();
}

QList<VCardContact> OrganisationExport::contacts(const QList<Organisation> &organisations)
{
    QList<VCardContact> cards;
    for (const Organisation &organisation : organisations) {
        VCardContact base;
        base.organisation = organisation.displayName();
        base.url = organisation.website;
        base.country = organisation.country;
        base.city = organisation.city;
        if (organisation.contacts.isEmpty()) {
            // The organisation itself (KIND:org), reachable at its own address and number.
            VCardContact card = base;
            card.uid = uid(organisation.uuid);
            card.emails = nonEmpty(organisation.email);
            card.phones = nonEmpty(organisation.phone);
            cards.append(card);
            continue;
        }
        for (const Contact &contact : organisation.contacts) {
            VCardContact card = base;
            card.uid = uid(contact.uuid);
            card.fullName = contact.name;
            card.title = contact.position;
            card.emails = nonEmpty(contact.email);
            card.phones = nonEmpty(contact.phone);
            card.whatsapp = contact.whatsapp;
            card.telegram = contact.telegram;
            cards.append(card);
        }
    }
    return cards;
}

Status OrganisationExport::vcf(QIODevice &device, const QList<Organisation> &organisations)
{
    return VCardWriter::write(device, contacts(organisations));
}

} // namespace core
} // namespace hamkor
