// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/OrganisationImporter.h"

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/NameMatching.h"
#include "core/io/CellParsers.h"
#include "core/io/CsvReader.h"
#include "core/reference/Reference.h"
#include "core/storage/DuplicateFinder.h"

#include <QHash>

#include <optional>

namespace hamkor {
namespace core {

QStringList OrganisationImporter::columns()
{
    return {QStringLiteral("name"),
            QStringLiteral("name_latin"),
            QStringLiteral("acronym"),
            QStringLiteral("type"),
            QStringLiteral("country"),
            QStringLiteral("city"),
            QStringLiteral("registration_number"),
            QStringLiteral("website"),
            QStringLiteral("themes"),
            QStringLiteral("networks"),
            QStringLiteral("staff"),
            QStringLiteral("annual_turnover"),
            QStringLiteral("turnover_currency"),
            QStringLiteral("email"),
            QStringLiteral("phone"),
            QStringLiteral("notes")};
}

QStringList OrganisationImporter::requiredColumns()
{
    return {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("country")};
}

namespace {

// Reads one row into an organisation, adding a problem for each cell it cannot use.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::OrganisationImporter)

public:
    RowReader(const QHash<QString, int> &index, const QStringList &cells, int line,
              bool commaDecimals, QList<ImportProblem> &problems)
        : m_index(index), m_cells(cells), m_line(line), m_comma(commaDecimals), m_problems(problems)
    {}

    QString text(const char *column) const
    {
        const int at = m_index.value(QString::fromLatin1(column), -1);
        QString cell = at < 0 ? QString() : m_cells.value(at).trimmed();
        // Undo the apostrophe that CSV exports put before = + - @ against formula
        // injection, so that an export imports back as it was.
        static const QString guarded = QStringLiteral("=+-@\t\r");
        if (cell.size() > 1 && cell.front() == u'\'' && guarded.contains(cell.at(1)))
            cell.remove(0, 1);
        return cell;
    }

    void problem(const char *column, const QString &message)
    {
        m_problems.append({m_line, QString::fromLatin1(column), message});
    }

    template <class T> std::optional<T> parsed(const char *column, const Result<T> &result)
    {
        if (result)
            return *result;
        problem(column, result.message());
        return std::nullopt;
    }

    // The parts of a cell that holds several values separated by '|', without repeats.
    QStringList parts(const char *column) const
    {
        QStringList result;
        for (const QString &part : text(column).split(u'|', Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !result.contains(trimmed))
                result << trimmed;
        }
        return result;
    }

    static QString typeCodes()
    {
        QStringList codes;
        for (const ReferenceItem &item : reference::organisationTypes().items())
            codes << item.code;
        return codes.join(QStringLiteral(", "));
    }

    Organisation read()
    {
        Organisation organisation;
        organisation.name = text("name");
        organisation.nameLatin = text("name_latin");
        organisation.acronym = text("acronym");
        organisation.city = text("city");
        organisation.registrationNumber = text("registration_number");
        organisation.website = text("website");
        organisation.email = text("email");
        organisation.phone = text("phone");
        organisation.notes = text("notes");
        if (organisation.name.isEmpty())
            problem("name", tr("The name is missing."));
        readType(organisation);
        readCountry(organisation);
        for (const QString &part : parts("themes")) {
            if (const ReferenceItem *theme = reference::themes().match(part)) {
                if (!organisation.themes.contains(theme->code))
                    organisation.themes << theme->code;
            } else {
                problem("themes", tr("“%1” is not one of the thematic areas (write their English "
                                     "names, such as Climate change, separated by |).")
                                      .arg(part));
            }
        }
        // Networks are open-ended: a known one is written by its English name, so that
        // "academic_network" and "Academic community network" are one network.
        for (const QString &part : parts("networks")) {
            const ReferenceItem *network = reference::networks().match(part);
            const QString name = network ? network->english : part;
            if (!organisation.networks.contains(name))
                organisation.networks << name;
        }
        if (const QString cell = text("staff"); !cell.isEmpty()) {
            organisation.staff = parsed("staff", CellParsers::wholeNumber(cell));
            if (organisation.staff && *organisation.staff < 0) {
                problem("staff", tr("The number of staff cannot be negative (%1).").arg(cell));
                organisation.staff.reset();
            }
        }
        readTurnover(organisation);
        if (!organisation.email.isEmpty() && !organisation.email.contains(u'@'))
            problem("email",
                    tr("“%1” is not an e-mail address: it has no @.").arg(organisation.email));
        return organisation;
    }

private:
    void readType(Organisation &organisation)
    {
        const QString cell = text("type");
        if (cell.isEmpty())
            problem("type", tr("The type is missing; use one of: %1.").arg(typeCodes()));
        else if (const ReferenceItem *type = reference::organisationTypes().match(cell))
            organisation.type = type->code;
        else
            problem("type",
                    tr("“%1” is not an organisation type; use one of: %2.").arg(cell, typeCodes()));
    }

    void readCountry(Organisation &organisation)
    {
        const QString cell = text("country");
        if (cell.isEmpty())
            problem("country", tr("The country is missing; write its ISO 3166 code, such as KZ."));
        else if (const ReferenceItem *country = reference::countries().match(cell.toUpper()))
            organisation.country = country->code;
        else
            problem("country", tr("“%1” is not an ISO 3166 country code (such as KZ, KG, TJ, TM, "
                                  "UZ or AF).")
                                   .arg(cell));
    }

    void readTurnover(Organisation &organisation)
    {
        organisation.turnoverCurrency = text("turnover_currency").toUpper();
        std::optional<Currency> currency;
        if (!organisation.turnoverCurrency.isEmpty()) {
            currency = Currency::fromCode(organisation.turnoverCurrency);
            if (!currency)
                problem("turnover_currency", tr("“%1” is not an ISO 4217 currency code (such as "
                                                "EUR, USD or KZT).")
                                                 .arg(text("turnover_currency")));
        }
        const QString cell = text("annual_turnover");
        if (cell.isEmpty())
            return;
        if (organisation.turnoverCurrency.isEmpty()) {
            problem("annual_turnover", tr("An annual turnover needs a currency: write its code "
                                          "in the turnover_currency column."));
            return;
        }
        if (!currency)
            return; // the unknown currency is reported above
        organisation.annualTurnoverMinor =
            parsed("annual_turnover", CellParsers::amount(cell, *currency, m_comma));
        if (organisation.annualTurnoverMinor && *organisation.annualTurnoverMinor < 0) {
            problem("annual_turnover", tr("The annual turnover cannot be negative."));
            organisation.annualTurnoverMinor.reset();
        }
    }

    const QHash<QString, int> &m_index;
    const QStringList &m_cells;
    int m_line;
    bool m_comma;
    QList<ImportProblem> &m_problems;
};

// The keys under which two rows of one file are the same organisation, and why in words.
QList<std::pair<QString, QString>> fileKeys(const Organisation &organisation)
{
    QList<std::pair<QString, QString>> keys;
    const QString country = organisation.country + u'\x1f';
    for (const QString &name : {organisation.name, organisation.nameLatin}) {
        if (const QString key = NameMatching::nameKey(name); !key.isEmpty())
            keys.append({QStringLiteral("name\x1f") + country + key,
                         OrganisationImporter::tr("the same name in the same country")});
    }
    if (const QString key = NameMatching::registrationKey(organisation.registrationNumber);
        !key.isEmpty())
        keys.append({QStringLiteral("registration\x1f") + country + key,
                     OrganisationImporter::tr("the same registration number (%1)")
                         .arg(organisation.registrationNumber)});
    if (const QString domain = NameMatching::websiteDomain(organisation.website); !domain.isEmpty())
        keys.append({QStringLiteral("website\x1f") + domain,
                     OrganisationImporter::tr("the same website domain (%1)").arg(domain)});
    return keys;
}

} // namespace

OrganisationImportPreview OrganisationImporter::preview(const QSqlDatabase &db,
                                                        const CsvTable &table)
{
    OrganisationImportPreview preview;
    QHash<QString, int> index;
    const QStringList known = columns();
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            // Spreadsheets save trailing empty columns ("name;type;country;;"): harmless
            // unless a row has something in them.
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                if (!table.rows.at(r).value(i).trimmed().isEmpty()) {
                    preview.problems.append({table.rowLines.value(r, int(r) + 2),
                                             QStringLiteral("#%1").arg(i + 1),
                                             tr("This cell has a value, but its column has no "
                                                "name in the header.")});
                    break;
                }
            }
            continue;
        }
        if (!known.contains(name))
            preview.problems.append(
                {1, table.header.at(i),
                 tr("This column is not part of the partners format. The columns are: %1.")
                     .arg(known.join(QStringLiteral(", ")))});
        else if (index.contains(name))
            preview.problems.append({1, table.header.at(i), tr("This column appears twice.")});
        else
            index.insert(name, i);
    }
    for (const QString &required : requiredColumns())
        if (!index.contains(required))
            preview.problems.append(
                {1, required, tr("This column is required, but the file does not have it.")});
    if (!preview.ok())
        return preview;

    const DuplicateFinder finder(db);
    QHash<QString, std::pair<int, QString>> seen; // key → line and name, within the file
    const bool commaDecimals = table.delimiter == u';';
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int line = table.rowLines.value(r, int(r) + 2);
        ++preview.rowsRead;
        const qsizetype before = preview.problems.size();
        RowReader reader(index, table.rows.at(r), line, commaDecimals, preview.problems);
        const Organisation organisation = reader.read();
        if (preview.problems.size() > before)
            continue;

        const auto keys = fileKeys(organisation);
        bool duplicate = false;
        for (const auto &[key, reason] : keys) {
            if (const auto it = seen.constFind(key); it != seen.cend()) {
                preview.duplicates.append(
                    {line, tr("looks like «%1» on line %2 of this CSV: %3")
                               .arg(it->second, QString::number(it->first), reason)});
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        for (const auto &[key, reason] : keys)
            seen.insert(key, {line, organisation.name});

        const auto matches = finder.find(organisation);
        if (!matches) {
            preview.problems.append({line, QString(), matches.message()});
            continue;
        }
        if (!matches->isEmpty()) {
            QString why = tr("looks like «%1» already in this file: %2")
                              .arg(matches->first().name, matches->first().reason);
            for (qsizetype m = 1; m < matches->size(); ++m)
                why += tr("; and like «%1»: %2").arg(matches->at(m).name, matches->at(m).reason);
            preview.duplicates.append({line, why});
            continue;
        }
        preview.toAdd.append(organisation);
        preview.toAddLines.append(line);
    }
    return preview;
}

} // namespace core
} // namespace hamkor
