// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CallImporter.h"

#include "core/domain/CallRules.h"
#include "core/domain/Currency.h"
#include "core/io/CellParsers.h"
#include "core/io/CsvReader.h"
#include "core/reference/Reference.h"
#include "core/storage/CallRepository.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace hamkor {
namespace core {

QStringList CallImporter::columns()
{
    return {QStringLiteral("title"),
            QStringLiteral("donor"),
            QStringLiteral("reference"),
            QStringLiteral("url"),
            QStringLiteral("themes"),
            QStringLiteral("countries"),
            QStringLiteral("applicant_types"),
            QStringLiteral("currency"),
            QStringLiteral("min_amount"),
            QStringLiteral("max_amount"),
            QStringLiteral("cofinancing_min_pct"),
            QStringLiteral("indirect_cap_pct"),
            QStringLiteral("min_duration_months"),
            QStringLiteral("max_duration_months"),
            QStringLiteral("max_partners"),
            QStringLiteral("opens"),
            QStringLiteral("deadline"),
            QStringLiteral("deadline_tz"),
            QStringLiteral("status"),
            QStringLiteral("notes")};
}

QStringList CallImporter::requiredColumns()
{
    return {QStringLiteral("title"), QStringLiteral("donor"), QStringLiteral("deadline")};
}

namespace {

QString canonicalZone(const QString &zone);

// Reads one row into a call, adding a problem for each cell it cannot use.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::CallImporter)

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

    void problem(const QString &column, const QString &message)
    {
        m_problems.append({m_line, column, message});
    }

    template <class T> std::optional<T> parsed(const char *column, const Result<T> &result)
    {
        if (result)
            return *result;
        problem(QString::fromLatin1(column), result.message());
        return std::nullopt;
    }

    QStringList codes(const char *column, const ReferenceList &list, bool upper,
                      const QString &expected)
    {
        QStringList result;
        for (QString part : text(column).split(u'|', Qt::SkipEmptyParts)) {
            part = part.trimmed();
            if (part.isEmpty())
                continue;
            const ReferenceItem *item = list.match(upper ? part.toUpper() : part);
            if (item)
                result << item->code;
            else
                problem(QString::fromLatin1(column), tr("“%1” is not %2.").arg(part, expected));
        }
        return result;
    }

    Call read(const QString &defaultZone)
    {
        Call call;
        call.title = text("title");
        call.donor = text("donor");
        call.reference = text("reference");
        call.url = text("url");
        call.notes = text("notes");
        call.themes = codes("themes", reference::themes(), false,
                            tr("one of the thematic areas (write their English names, such as "
                               "Climate change, separated by |)"));
        call.countries = codes("countries", reference::countries(), true,
                               tr("an ISO 3166 country code (such as KZ, KG, TJ, TM, UZ, AF)"));
        call.applicantTypes = codes("applicant_types", reference::organisationTypes(), false,
                                    tr("an organisation type (cso, academic, government, "
                                       "local_authority, business, international, donor or "
                                       "network)"));
        call.currency = text("currency").toUpper();
        const std::optional<Currency> currency = Currency::fromCode(call.currency);
        for (const auto &[column, target] : {std::pair{"min_amount", &call.minAmountMinor},
                                             std::pair{"max_amount", &call.maxAmountMinor}}) {
            const QString cell = text(column);
            if (cell.isEmpty())
                continue;
            if (!currency) {
                if (call.currency.isEmpty())
                    problem(QString::fromLatin1(column), tr("An amount needs a currency."));
                continue; // an unknown currency is reported once, by the rules below
            }
            *target = parsed(column, CellParsers::amount(cell, *currency, m_comma));
        }
        for (const auto &[column, target] :
             {std::pair{"cofinancing_min_pct", &call.cofinancingMinPct},
              std::pair{"indirect_cap_pct", &call.indirectCapPct}}) {
            if (const QString cell = text(column); !cell.isEmpty())
                *target = parsed(column, CellParsers::decimal(cell, m_comma));
        }
        for (const auto &[column, target] :
             {std::pair{"min_duration_months", &call.minDurationMonths},
              std::pair{"max_duration_months", &call.maxDurationMonths},
              std::pair{"max_partners", &call.maxPartners}}) {
            if (const QString cell = text(column); !cell.isEmpty())
                *target = parsed(column, CellParsers::wholeNumber(cell));
        }
        if (const QString cell = text("opens"); !cell.isEmpty())
            call.opens = parsed("opens", CellParsers::date(cell)).value_or(QDate());
        if (const QString cell = text("deadline"); !cell.isEmpty()) {
            if (const auto moment = parsed("deadline", CellParsers::dateTime(cell))) {
                call.deadlineDate = moment->first;
                call.deadlineTime = moment->second;
            }
        }
        call.deadlineZone =
            text("deadline_tz").isEmpty() ? defaultZone : canonicalZone(text("deadline_tz"));
        if (const QString cell = text("status"); !cell.isEmpty()) {
            if (const ReferenceItem *status = reference::callStatuses().match(cell))
                call.status = status->code;
            else
                call.status = cell; // reported by the rules
        }
        return call;
    }

private:
    const QHash<QString, int> &m_index;
    const QStringList &m_cells;
    int m_line;
    bool m_comma;
    QList<ImportProblem> &m_problems;
};

// "europe/brussels" → "Europe/Brussels": zone names typed by hand in any case.
QString canonicalZone(const QString &zone)
{
    static const QHash<QString, QString> zones = [] {
        QHash<QString, QString> byFolded;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            byFolded.insert(QString::fromLatin1(id).toLower(), QString::fromLatin1(id));
        return byFolded;
    }();
    return zones.value(zone.toLower(), zone);
}

} // namespace

CallImportPreview CallImporter::preview(const QSqlDatabase &db, const CsvTable &table,
                                        const QString &defaultZone)
{
    CallImportPreview preview;
    QHash<QString, int> index;
    const QStringList known = columns();
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            // Spreadsheets save trailing empty columns ("title;donor;deadline;;"): harmless
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
                 tr("This column is not part of the calls format. The columns are: %1.")
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

    const auto existingKeys = CallRepository(db).duplicateKeys();
    if (!existingKeys) {
        preview.problems.append({0, QString(), existingKeys.message()});
        return preview;
    }
    QHash<QString, int> seen; // duplicate key → line, within the file
    const bool commaDecimals = table.delimiter == u';';
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int line = table.rowLines.value(r, int(r) + 2);
        ++preview.rowsRead;
        const qsizetype before = preview.problems.size();
        RowReader reader(index, table.rows.at(r), line, commaDecimals, preview.problems);
        const Call call = reader.read(defaultZone);
        for (const CallRules::Problem &problem : CallRules::check(call)) {
            // A cell already reported as unreadable is not reported again as missing.
            bool reported = false;
            for (qsizetype p = before; p < preview.problems.size(); ++p)
                reported = reported || preview.problems.at(p).column == problem.field;
            if (!reported)
                preview.problems.append({line, problem.field, problem.message});
        }
        if (preview.problems.size() > before)
            continue;
        const QString key = CallRepository::duplicateKey(call);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            preview.duplicates.append({line, tr("the same call as line %1").arg(*it)});
            continue;
        }
        seen.insert(key, line);
        if (existingKeys->contains(key)) {
            preview.duplicates.append(
                {line, tr("already in this file (“%1”, %2)").arg(call.title, call.donor)});
            continue;
        }
        preview.toAdd.append(call);
        preview.toAddLines.append(line);
    }
    return preview;
}

} // namespace core
} // namespace hamkor
