// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ProposalImporter.h"

#include "core/domain/Currency.h"
#include "core/io/CellParsers.h"
#include "core/io/CsvColumns.h"
#include "core/io/CsvReader.h"
#include "core/reference/Reference.h"
#include "core/storage/ProposalRepository.h"
#include "core/storage/Sql.h"

#include <QHash>
#include <QSet>

namespace hamkor {
namespace core {

QStringList ProposalImporter::columns()
{
    return {QStringLiteral("acronym"),         QStringLiteral("title"),
            QStringLiteral("call_reference"),  QStringLiteral("template"),
            QStringLiteral("currency"),        QStringLiteral("start"),
            QStringLiteral("duration_months"), QStringLiteral("status"),
            QStringLiteral("themes"),          QStringLiteral("countries"),
            QStringLiteral("consortium")};
}

QStringList ProposalImporter::requiredColumns()
{
    return {QStringLiteral("acronym"), QStringLiteral("title"), QStringLiteral("consortium")};
}

QStringList ProposalImporter::templateCodes()
{
    return {QStringLiteral("eu-prag"), QStringLiteral("eu-prag-legacy"),
            QStringLiteral("horizon-europe"), QStringLiteral("sf-424a"), QStringLiteral("generic")};
}

namespace {

QString codesOf(const ReferenceList &list)
{
    QStringList codes;
    for (const ReferenceItem &item : list.items())
        codes << item.code;
    return codes.join(QStringLiteral(", "));
}

// The ids of the rows that sql finds for a value (a call's reference, a partner's acronym),
// each value looked up once.
class Lookup
{
public:
    Lookup(const QSqlDatabase &db, const QString &sql) : m_db(db), m_sql(sql) {}
    // A lookup ignoring case in every script: sql selects (text, id) of every row once, and
    // the text is folded here, since SQLite's lower() folds ASCII only.
    static Lookup caseless(const QSqlDatabase &db, const QString &sql)
    {
        Lookup lookup(db, sql);
        lookup.m_caseless = true;
        return lookup;
    }

    Result<QList<qint64>> ids(const QString &value)
    {
        if (m_caseless) {
            if (!m_loaded) {
                auto query = Sql::exec(m_db, m_sql);
                if (!query)
                    return query.error();
                while (query->next())
                    m_cache[query->value(0).toString().toLower()] << query->value(1).toLongLong();
                m_loaded = true;
            }
            return m_cache.value(value.toLower());
        }
        if (const auto it = m_cache.constFind(value); it != m_cache.cend())
            return *it;
        auto query = Sql::exec(m_db, m_sql, {value});
        if (!query)
            return query.error();
        QList<qint64> found;
        while (query->next())
            found << query->value(0).toLongLong();
        m_cache.insert(value, found);
        return found;
    }

private:
    QSqlDatabase m_db;
    QString m_sql;
    QHash<QString, QList<qint64>> m_cache;
    bool m_caseless = false;
    bool m_loaded = false;
};

// Reads one row into a proposal, adding a problem for each cell it cannot use.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalImporter)

public:
    RowReader(const CsvColumns &columns, const QStringList &cells, int line, Lookup &calls,
              Lookup &partners, QList<ImportProblem> &problems)
        : m_columns(columns), m_cells(cells), m_line(line), m_calls(calls), m_partners(partners),
          m_problems(problems)
    {}

    QString text(const char *column) const
    {
        return m_columns.cell(m_cells, QString::fromLatin1(column));
    }

    void problem(const char *column, const QString &message)
    {
        m_problems.append({m_line, QString::fromLatin1(column), message});
    }

    // The parts of a cell that holds several values separated by '|', in order.
    QStringList parts(const char *column) const
    {
        QStringList result;
        for (const QString &part : text(column).split(u'|', Qt::SkipEmptyParts))
            if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
                result << trimmed;
        return result;
    }

    QStringList codes(const char *column, const ReferenceList &list, bool upper,
                      const QString &expected)
    {
        QStringList result;
        for (const QString &part : parts(column)) {
            if (const ReferenceItem *item = list.match(upper ? part.toUpper() : part)) {
                if (!result.contains(item->code))
                    result << item->code;
            } else {
                problem(column, tr("“%1” is not %2.").arg(part, expected));
            }
        }
        return result;
    }

    Proposal read()
    {
        Proposal proposal;
        proposal.acronym = text("acronym");
        proposal.title = text("title");
        if (proposal.acronym.isEmpty())
            problem("acronym", tr("The acronym is missing; every proposal needs its own."));
        if (proposal.title.isEmpty())
            problem("title", tr("The title is missing."));
        readCall(proposal);
        readTemplate(proposal);
        readCurrency(proposal);
        if (const QString cell = text("start"); !cell.isEmpty()) {
            if (const auto start = CellParsers::date(cell))
                proposal.start = *start;
            else
                problem("start", start.message());
        }
        readDuration(proposal);
        if (const QString cell = text("status"); !cell.isEmpty()) {
            if (const ReferenceItem *status = reference::proposalStatuses().match(cell))
                proposal.status = status->code;
            else
                problem("status", tr("“%1” is not a proposal status; use one of: %2.")
                                      .arg(cell, codesOf(reference::proposalStatuses())));
        }
        proposal.themes = codes("themes", reference::themes(), false,
                                tr("one of the thematic areas (write their English names, such "
                                   "as Climate change, separated by |)"));
        proposal.countries = codes("countries", reference::countries(), true,
                                   tr("an ISO 3166 country code (such as KZ, KG, TJ, TM, UZ, AF)"));
        readConsortium(proposal);
        return proposal;
    }

private:
    void readCall(Proposal &proposal)
    {
        const QString reference = text("call_reference");
        if (reference.isEmpty())
            return; // a proposal without a call
        const auto ids = m_calls.ids(reference);
        if (!ids)
            m_problems.append({m_line, QString(), ids.message()});
        else if (ids->isEmpty())
            problem("call_reference",
                    tr("No call in this file has the reference “%1”; import or add the call "
                       "first, or leave the cell empty for a proposal without a call.")
                        .arg(reference));
        else if (ids->size() > 1)
            problem("call_reference", tr("%n calls in this file have the reference “%1”; give "
                                         "them different references first.",
                                         nullptr, int(ids->size()))
                                          .arg(reference));
        else
            proposal.callId = ids->first();
    }

    void readTemplate(Proposal &proposal)
    {
        const QString cell = text("template");
        if (cell.isEmpty())
            return; // eu-prag
        const QString code = cell.toLower().replace(u'_', u'-').replace(u' ', u'-');
        if (ProposalImporter::templateCodes().contains(code))
            proposal.templateCode = code;
        else
            problem("template",
                    tr("“%1” is not a donor template; use one of: %2.")
                        .arg(cell, ProposalImporter::templateCodes().join(QStringLiteral(", "))));
    }

    void readCurrency(Proposal &proposal)
    {
        const QString cell = text("currency");
        if (cell.isEmpty())
            return; // EUR
        if (const std::optional<Currency> currency = Currency::fromCode(cell))
            proposal.currency = currency->code();
        else
            problem(
                "currency",
                tr("“%1” is not an ISO 4217 currency code (such as EUR, USD or KZT).").arg(cell));
    }

    void readDuration(Proposal &proposal)
    {
        const QString cell = text("duration_months");
        if (cell.isEmpty())
            return;
        const auto months = CellParsers::wholeNumber(cell);
        if (!months)
            problem("duration_months", months.message());
        else if (*months <= 0)
            problem("duration_months",
                    tr("The duration must be at least one month, not %1.").arg(cell));
        else
            proposal.durationMonths = *months;
    }

    void readConsortium(Proposal &proposal)
    {
        const QStringList entries = parts("consortium");
        if (entries.isEmpty()) {
            problem("consortium", tr("The consortium is empty: name the partners as ACRONYM:role "
                                     "separated by |, with one lead, like "
                                     "ZhB:lead|TS:co-applicant."));
            return;
        }
        bool rolesRead = true;
        QStringList leads;
        QSet<qint64> listed; // the organisations named so far
        for (const QString &entry : entries) {
            const qsizetype colon = entry.lastIndexOf(u':');
            const QString acronym = colon < 0 ? QString() : entry.left(colon).trimmed();
            const QString roleText = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
            if (acronym.isEmpty() || roleText.isEmpty()) {
                problem("consortium", tr("“%1” does not name a partner and its role; write "
                                         "ACRONYM:role, like ZhB:lead.")
                                          .arg(entry));
                rolesRead = false;
                continue;
            }
            ConsortiumMember member;
            const ReferenceItem *role = reference::partnerRoles().match(roleText);
            if (!role) {
                problem("consortium",
                        tr("“%1” (for %2) is not a role in a consortium; use one "
                           "of: %3.")
                            .arg(roleText, acronym, codesOf(reference::partnerRoles())));
                rolesRead = false;
            } else {
                member.role = role->code;
                if (member.role == u"lead")
                    leads << acronym;
            }
            const auto ids = m_partners.ids(acronym);
            if (!ids) {
                m_problems.append({m_line, QString(), ids.message()});
                continue;
            }
            if (ids->isEmpty()) {
                problem("consortium", tr("No partner in this file has the acronym “%1”; import "
                                         "or add the partner first.")
                                          .arg(acronym));
                continue;
            }
            if (ids->size() > 1) {
                problem("consortium", tr("%n partners in this file have the acronym “%1”; give "
                                         "them different acronyms first.",
                                         nullptr, int(ids->size()))
                                          .arg(acronym));
                continue;
            }
            member.organisationId = ids->first();
            if (listed.contains(member.organisationId)) {
                problem("consortium", tr("“%1” is in the consortium twice; each partner takes one "
                                         "place.")
                                          .arg(acronym));
                continue;
            }
            listed.insert(member.organisationId);
            if (!role)
                continue;
            // affiliatedTo stays 0: the format cannot say whom an affiliated entity is tied
            // to; the proposal editor ties it.
            member.sortOrder = int(proposal.members.size());
            proposal.members << member;
        }
        if (!rolesRead)
            return; // an unreadable role may be the lead
        if (leads.isEmpty())
            problem("consortium", tr("No partner is the lead applicant; mark exactly one as "
                                     "ACRONYM:lead."));
        else if (leads.size() > 1)
            problem("consortium", tr("%1 are all marked lead; only one partner can be the lead "
                                     "applicant.")
                                      .arg(leads.join(QStringLiteral(", "))));
    }

    const CsvColumns &m_columns;
    const QStringList &m_cells;
    int m_line;
    Lookup &m_calls;
    Lookup &m_partners;
    QList<ImportProblem> &m_problems;
};

} // namespace

ProposalImportPreview ProposalImporter::preview(const QSqlDatabase &db, const CsvTable &table)
{
    ProposalImportPreview preview;
    const CsvColumns index(
        table, columns(), requiredColumns(),
        tr("This column is not part of the proposals format. The columns are: %1."),
        preview.problems);
    if (!preview.ok())
        return preview;

    const ProposalRepository repository(db);
    Lookup calls(db, QStringLiteral("SELECT id FROM calls WHERE reference = ? ORDER BY id"));
    // Acronyms are compared ignoring case, Cyrillic ones too.
    Lookup partners = Lookup::caseless(
        db,
        QStringLiteral("SELECT acronym, id FROM organisations WHERE acronym <> '' ORDER BY id"));
    QHash<QString, int> seen; // acronym in lower case → line, within the file
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const int line = table.rowLines.value(r, int(r) + 2);
        ++preview.rowsRead;
        const qsizetype before = preview.problems.size();
        RowReader reader(index, table.rows.at(r), line, calls, partners, preview.problems);
        const Proposal proposal = reader.read();
        if (!proposal.acronym.isEmpty()) {
            const QString key = proposal.acronym.toLower();
            if (const auto it = seen.constFind(key); it != seen.cend())
                preview.problems.append(
                    {line, QStringLiteral("acronym"),
                     tr("“%1” is already the acronym of line %2; each proposal needs its own.")
                         .arg(proposal.acronym, QString::number(*it))});
            else
                seen.insert(key, line);
        }
        if (preview.problems.size() > before)
            continue;
        const auto existing = repository.idOfAcronym(proposal.acronym);
        if (!existing) {
            preview.problems.append({line, QString(), existing.message()});
            continue;
        }
        if (*existing) {
            preview.duplicates.append(
                {line,
                 tr("already in this file (%1, “%2”)").arg(proposal.acronym, proposal.title)});
            continue;
        }
        preview.toAdd.append(proposal);
        preview.toAddLines.append(line);
    }
    return preview;
}

} // namespace core
} // namespace hamkor
