// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/BudgetIati.h"

#include "core/Clock.h"
#include "core/domain/ExactMath.h"
#include "core/domain/MoneyFormat.h"
#include "core/reference/Reference.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace hamkor {
namespace core {

namespace {

// IATI's OrganisationType codes for Hamkor's organisation types.
QString iatiType(const QString &type)
{
    if (type == u"cso" || type == u"network")
        return QStringLiteral("22"); // national NGO
    if (type == u"international")
        return QStringLiteral("21"); // international NGO
    if (type == u"academic")
        return QStringLiteral("80"); // academic, training and research
    if (type == u"government")
        return QStringLiteral("10"); // government
    if (type == u"local_authority")
        return QStringLiteral("11"); // local government
    if (type == u"business")
        return QStringLiteral("70"); // private sector
    if (type == u"donor")
        return QStringLiteral("40"); // multilateral
    return QStringLiteral("90");     // other
}

// An organisation's identifier from a registration agency on IATI's list: its registration
// number under its agency's code. The number is read as people write it: "BIN 150340011223",
// "БИН: 150340011223" or just the 12 digits in Kazakhstan; "INN …" / "ИНН …" (or 14 digits),
// "OKPO …" / "ОКПО …" (or 8 digits), "TIN …" in Kyrgyzstan; "KTUT …" in Uzbekistan. Empty
// when there is none.
QString orgRef(const Organisation &organisation)
{
    static const QHash<QString, QString> schemes{{QStringLiteral("BIN"), QStringLiteral("BIN")},
                                                 {QStringLiteral("БИН"), QStringLiteral("BIN")},
                                                 {QStringLiteral("INN"), QStringLiteral("INN")},
                                                 {QStringLiteral("ИНН"), QStringLiteral("INN")},
                                                 {QStringLiteral("OKPO"), QStringLiteral("OKPO")},
                                                 {QStringLiteral("ОКПО"), QStringLiteral("OKPO")},
                                                 {QStringLiteral("TIN"), QStringLiteral("TIN")},
                                                 {QStringLiteral("KTUT"), QStringLiteral("KTUT")},
                                                 {QStringLiteral("КТУТ"), QStringLiteral("KTUT")}};
    static const QSet<QString> agencies{QStringLiteral("KZ-BIN"), QStringLiteral("KG-INN"),
                                        QStringLiteral("KG-OKPO"), QStringLiteral("KG-TIN"),
                                        QStringLiteral("UZ-KTUT")};
    const QString number = organisation.registrationNumber;
    QString word, digits;
    for (const QChar c : number) {
        if (c.isLetter() && digits.isEmpty())
            word += c.toUpper();
        else if (c.isDigit())
            digits += QChar(char16_t(u'0' + c.digitValue()));
        else if (c.isLetter())
            return QString(); // letters among the digits: not a number Hamkor can place
    }
    if (digits.isEmpty())
        return QString();
    QString scheme = schemes.value(word);
    if (word.isEmpty()) { // the bare number, by its length
        if (organisation.country == u"KZ" && digits.size() == 12)
            scheme = QStringLiteral("BIN");
        else if (organisation.country == u"KG" && digits.size() == 14)
            scheme = QStringLiteral("INN");
        else if (organisation.country == u"KG" && digits.size() == 8)
            scheme = QStringLiteral("OKPO");
    }
    const QString agency = organisation.country + u'-' + scheme;
    return scheme.isEmpty() || !agencies.contains(agency) ? QString() : agency + u'-' + digits;
}

// The reporting organisation needs an identifier: without one from an agency, Hamkor's own
// (XI-HAMKOR- is no agency; the file says so and it must be replaced before publishing).
QString reportingRef(const Organisation &organisation)
{
    const QString ref = orgRef(organisation);
    return ref.isEmpty() ? QStringLiteral("XI-HAMKOR-") + organisation.uuid : ref;
}

// The funder as IATI knows it, from the call's donor: its identifier where the donor
// publishes under one, and its OrganisationType (10 government, 40 multilateral, 60
// foundation).
struct Funder
{
    QString ref;
    QString type;
};

std::optional<Funder> funderOf(const QString &donor, const QString &templateCode)
{
    // The EU's external action grants (PRAG) come from DG International Partnerships; its
    // other programmes from other services, which publish under other identifiers.
    if (templateCode.startsWith(QLatin1String("eu-prag")) &&
        (donor.contains(QLatin1String("European Union"), Qt::CaseInsensitive) ||
         donor.contains(QLatin1String("European Commission"), Qt::CaseInsensitive)) &&
        !donor.contains(QLatin1String("Horizon"), Qt::CaseInsensitive))
        return Funder{QStringLiteral("XI-IATI-EC_INTPA"), QStringLiteral("40")};
    struct Known
    {
        const char *name;
        Funder funder;
    };
    static const Known known[] = {
        {"horizon europe", {QString(), QStringLiteral("40")}},
        {"european union", {QString(), QStringLiteral("40")}},
        {"european commission", {QString(), QStringLiteral("40")}},
        {"world bank", {QStringLiteral("44000"), QStringLiteral("40")}},
        {"asian development bank", {QStringLiteral("46004"), QStringLiteral("40")}},
        {"united nations environment", {QStringLiteral("XM-DAC-41116"), QStringLiteral("40")}},
        {"gef small grants", {QString(), QStringLiteral("40")}},
        {"u.s. agency for international development",
         {QStringLiteral("US-GOV-1"), QStringLiteral("10")}},
        {"usaid", {QStringLiteral("US-GOV-1"), QStringLiteral("10")}},
        {"swiss agency for development", {QStringLiteral("CH-4"), QStringLiteral("10")}},
        {"japan international cooperation agency", {QStringLiteral("JP-8"), QStringLiteral("10")}},
        {"german federal ministry", {QString(), QStringLiteral("10")}},
        {"aga khan foundation", {QString(), QStringLiteral("60")}},
    };
    const QString lower = donor.toLower();
    for (const Known &k : known)
        if (lower.contains(QLatin1String(k.name)))
            return k.funder;
    return std::nullopt;
}

// Item i's percentage of n sharing 100 %, in hundredths, the last taking what is left.
QString shareOf100(qsizetype i, qsizetype n)
{
    const qint64 hundredths = i + 1 < n ? 10000 / n : 10000 - (10000 / n) * (n - 1);
    return Decimal::fromParts(hundredths, 2)->normalized().toString();
}

void narrative(QXmlStreamWriter &xml, const QString &text)
{
    xml.writeTextElement(QStringLiteral("narrative"), text);
}

} // namespace

bool BudgetIati::isAwarded(const QString &status)
{
    return status == u"awarded" || status == u"in_implementation" || status == u"closed";
}

Status BudgetIati::write(QIODevice &device, const LoadedBudget &budget)
{
    const Proposal &p = budget.context.proposal;
    if (!isAwarded(p.status))
        return Error{tr("An IATI activity file is made for an awarded proposal; %1 is “%2”.")
                         .arg(p.acronym, reference::proposalStatuses().name(p.status))};
    if (!p.start.isValid() || p.durationMonths <= 0)
        return Error{
            tr("%1 needs a start date and a duration for its IATI activity dates.").arg(p.acronym)};
    const auto currency = Currency::fromCode(budget.version.currency);
    if (!currency)
        return Error{tr("The budget's currency %1 is not known.").arg(budget.version.currency)};
    const ConsortiumMember *lead = nullptr;
    for (const ConsortiumMember &member : p.members)
        if (member.role == u"lead" && !lead)
            lead = &member;
    if (!lead)
        return Error{tr("%1 has no lead applicant to report the activity.").arg(p.acronym)};
    const Organisation leadOrg = budget.context.organisations.value(lead->organisationId);

    // Each year's share of the total eligible costs: its direct costs, and the rest (indirect
    // costs, contingency) shared in proportion to them, largest remainders first.
    const int years = std::max(1, (p.durationMonths + 11) / 12);
    QList<qint64> perYear(years, 0);
    qint64 direct = 0;
    for (auto it = budget.result.byPeriod.cbegin(); it != budget.result.byPeriod.cend(); ++it)
        if (it.key() >= 1 && it.key() <= years) {
            perYear[it.key() - 1] += it.value();
            direct += it.value();
        }
    const qint64 rest = budget.figures.eligible - direct;
    if (direct > 0) {
        qint64 given = 0;
        QList<std::pair<exact::Int128, int>> remainders;
        for (int y = 0; y < years; ++y) {
            const exact::Int128 product = exact::Int128(rest) * perYear.at(y);
            const qint64 share = qint64(product / direct);
            remainders.append({product - exact::Int128(share) * direct, y});
            perYear[y] += share;
            given += share;
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; given < rest && i < remainders.size(); ++i, ++given)
            perYear[remainders.at(i).second] += 1;
    }

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    xml.writeAttribute(QStringLiteral("generated-datetime"), Clock::nowUtc().toString(Qt::ISODate));
    xml.writeStartElement(QStringLiteral("iati-activity"));
    xml.writeAttribute(QStringLiteral("last-updated-datetime"),
                       Clock::nowUtc().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("default-currency"), budget.version.currency);
    const QString reporter = reportingRef(leadOrg);
    if (orgRef(leadOrg).isEmpty())
        xml.writeComment( // a comment may not hold "--"
            QStringLiteral(" %1 has no identifier from a registration agency on IATI's list "
                           "(BIN in Kazakhstan; INN, OKPO or TIN in Kyrgyzstan; KTUT in "
                           "Uzbekistan): replace %2 with its own before publishing. ")
                .arg(QString(leadOrg.name).replace(QStringLiteral("--"), QStringLiteral("- -")),
                     reporter));
    xml.writeTextElement(QStringLiteral("iati-identifier"),
                         reporter + u'-' + p.acronym.toUpper().remove(u' '));
    xml.writeStartElement(QStringLiteral("reporting-org"));
    xml.writeAttribute(QStringLiteral("ref"), reporter);
    xml.writeAttribute(QStringLiteral("type"), iatiType(leadOrg.type));
    narrative(xml, leadOrg.name);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("title"));
    narrative(xml, p.title.isEmpty() ? p.acronym : p.title);
    xml.writeEndElement();
    // The standard wants a description: the summary, else the title again.
    xml.writeStartElement(QStringLiteral("description"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    narrative(xml, p.summary.trimmed().isEmpty() ? (p.title.isEmpty() ? p.acronym : p.title)
                                                 : p.summary);
    xml.writeEndElement();
    if (budget.context.call && !budget.context.call->donor.isEmpty()) {
        const QString &donor = budget.context.call->donor;
        const std::optional<Funder> funder = funderOf(donor, budget.version.templateCode);
        xml.writeStartElement(QStringLiteral("participating-org"));
        if (funder && !funder->ref.isEmpty())
            xml.writeAttribute(QStringLiteral("ref"), funder->ref);
        xml.writeAttribute(QStringLiteral("role"), QStringLiteral("1")); // funding
        if (funder)
            xml.writeAttribute(QStringLiteral("type"), funder->type);
        narrative(xml, donor);
        xml.writeEndElement();
    }
    for (const ConsortiumMember &member : p.members) {
        const Organisation organisation = budget.context.organisations.value(member.organisationId);
        xml.writeStartElement(QStringLiteral("participating-org"));
        // The lead reports under the identifier it has to have; a partner without one from
        // an agency is named only (the standard allows that).
        const QString ref = member.role == u"lead" ? reporter : orgRef(organisation);
        if (!ref.isEmpty())
            xml.writeAttribute(QStringLiteral("ref"), ref);
        // The lead is accountable; the others implement.
        xml.writeAttribute(QStringLiteral("role"),
                           member.role == u"lead" ? QStringLiteral("2") : QStringLiteral("4"));
        xml.writeAttribute(QStringLiteral("type"), iatiType(organisation.type));
        narrative(xml, organisation.name);
        xml.writeEndElement();
    }
    // IATI's ActivityStatus: 1 pipeline (awarded, not started), 2 implementation, 4 closed;
    // its dates: 1 planned start, 2 actual start (once started), 3 planned end.
    const QDate today = Clock::nowUtc().date();
    const bool started =
        p.status == u"in_implementation" || p.status == u"closed" || p.start <= today;
    xml.writeEmptyElement(QStringLiteral("activity-status"));
    xml.writeAttribute(QStringLiteral("code"), p.status == u"closed" ? QStringLiteral("4")
                                               : started             ? QStringLiteral("2")
                                                                     : QStringLiteral("1"));
    const QDate end = p.start.addMonths(p.durationMonths).addDays(-1);
    QList<std::pair<const char *, QDate>> dates{{"1", p.start}};
    if (started && p.start <= today)
        dates.append({"2", p.start});
    dates.append({"3", end});
    for (const auto &[type, date] : std::as_const(dates)) {
        xml.writeEmptyElement(QStringLiteral("activity-date"));
        xml.writeAttribute(QStringLiteral("type"), QString::fromLatin1(type));
        xml.writeAttribute(QStringLiteral("iso-date"), date.toString(Qt::ISODate));
    }
    // Countries share 100 %, the last one taking what rounding leaves.
    const qsizetype countries = p.countries.size();
    for (qsizetype i = 0; i < countries; ++i) {
        xml.writeEmptyElement(QStringLiteral("recipient-country"));
        xml.writeAttribute(QStringLiteral("code"), p.countries.at(i));
        xml.writeAttribute(QStringLiteral("percentage"), shareOf100(i, countries));
    }
    // The sectors (DAC 5-digit purpose codes) of the proposal's thematic areas, sharing 100 %.
    QStringList sectors;
    for (const QString &theme : p.themes)
        if (const ReferenceItem *item = reference::themes().find(theme)) {
            const QString code = item->extra.value(QStringLiteral("dac")).toString();
            if (!code.isEmpty() && !sectors.contains(code))
                sectors << code;
        }
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        xml.writeEmptyElement(QStringLiteral("sector"));
        xml.writeAttribute(QStringLiteral("vocabulary"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("code"), sectors.at(i));
        xml.writeAttribute(QStringLiteral("percentage"), shareOf100(i, sectors.size()));
    }
    // The amounts were converted at the rates of the version's rate date.
    const QDate valueDate = budget.version.rateDate;
    for (int y = 0; y < years; ++y) {
        const QDate from = p.start.addYears(y);
        const QDate to = std::min(p.start.addYears(y + 1).addDays(-1), end);
        xml.writeStartElement(QStringLiteral("budget"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));   // original
        xml.writeAttribute(QStringLiteral("status"), QStringLiteral("2")); // committed
        xml.writeEmptyElement(QStringLiteral("period-start"));
        xml.writeAttribute(QStringLiteral("iso-date"), from.toString(Qt::ISODate));
        xml.writeEmptyElement(QStringLiteral("period-end"));
        xml.writeAttribute(QStringLiteral("iso-date"), to.toString(Qt::ISODate));
        xml.writeStartElement(QStringLiteral("value"));
        xml.writeAttribute(QStringLiteral("currency"), budget.version.currency);
        xml.writeAttribute(QStringLiteral("value-date"),
                           (valueDate.isValid() ? valueDate : from).toString(Qt::ISODate));
        xml.writeCharacters(
            MoneyFormat::format(Money(perYear.at(y), *currency), NumberStyle::Plain));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError())
        return Error{tr("The IATI file could not be written: %1").arg(device.errorString())};
    return {};
}

} // namespace core
} // namespace hamkor
