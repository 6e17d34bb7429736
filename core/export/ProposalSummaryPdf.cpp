// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ProposalSummaryPdf.h"

#include "core/domain/DeadlineText.h"
#include "core/export/PdfPages.h"
#include "core/export/WholeFile.h"
#include "core/reference/Reference.h"

#include <QLocale>

#include <algorithm>

namespace hamkor {
namespace core {

namespace {

using namespace pdf;

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

template <class T> QList<T> sorted(QList<T> list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const T &a, const T &b) { return a.sortOrder < b.sortOrder; });
    return list;
}

// Builds the sheet as a flow of blocks; user text is only ever drawn as text.
class Sheet
{
    Q_DECLARE_TR_FUNCTIONS(hamkor::core::ProposalSummaryPdf)

public:
    Sheet(Flow &flow, const ProposalSummaryInput &input)
        : m_flow(flow), m_input(input), m_zone(input.generatedAt.timeZone())
    {
        titleBlock();
        callBlock();
        consortium();
        checklist();
        eligibility();
    }

private:
    void titleBlock()
    {
        const Proposal &proposal = m_input.proposal;
        m_flow.paragraph(tr("PROPOSAL SUMMARY"), text(7.5, Muted, true));
        m_flow.paragraph(orDash(proposal.acronym), text(18, Accent, true), 1);
        if (!proposal.title.isEmpty())
            m_flow.paragraph(proposal.title, text(11.5), 0, 4);
        QString duration = orDash({});
        if (proposal.durationMonths > 0)
            duration = tr("%1 months").arg(proposal.durationMonths);
        if (proposal.durationMonths > 0 && proposal.start.isValid())
            duration += u' ' + tr("(to %1)").arg(date(
                                   proposal.start.addMonths(proposal.durationMonths).addDays(-1)));
        Table *facts = m_flow.table(4, {16, 34, 16, 34}, 0);
        Flow::pairs(facts, 0, tr("Status"), reference::proposalStatuses().name(proposal.status),
                    tr("Template"), templateName(proposal.templateCode));
        Flow::pairs(facts, 1, tr("Start"), orDash(date(proposal.start)), tr("Duration"), duration);
        Flow::pairs(facts, 2, tr("Currency"), orDash(proposal.currency), tr("Generated"),
                    moment(m_input.generatedAt));
        Flow::pairs(facts, 3, tr("Countries"), names(proposal.countries, reference::countries()),
                    tr("Thematic areas"), names(proposal.themes, reference::themes()));
    }

    void callBlock()
    {
        m_flow.heading(tr("Call"));
        if (!m_input.call)
            return m_flow.paragraph(tr("Standalone proposal: not linked to a call."), text(9.5));
        const Call &call = *m_input.call;
        const QDateTime deadline = call.deadline();
        const QDateTime &now = m_input.generatedAt;
        QString donorTime = tr("No deadline set"), ownTime = orDash({}), left = orDash({});
        if (deadline.isValid()) {
            donorTime = DeadlineText::donorMoment(deadline, m_locale);
            ownTime = moment(deadline);
            left = DeadlineText::daysLeftText(DeadlineText::daysLeft(deadline, now, m_zone),
                                              now >= deadline);
        }
        Table *facts = m_flow.table(3, {16, 34, 16, 34}, 0);
        Flow::pairs(facts, 0, tr("Title"), orDash(call.title), tr("Donor"), orDash(call.donor));
        Flow::pairs(facts, 1, tr("Reference"), orDash(call.reference), tr("Days left"), left);
        Flow::pairs(facts, 2, tr("Deadline"), donorTime, tr("In your time"), ownTime);
    }

    void consortium()
    {
        m_flow.heading(tr("Consortium"));
        const QList<ConsortiumMember> members = sorted(m_input.proposal.members);
        if (members.isEmpty())
            return m_flow.paragraph(tr("No partners yet."), text(9.5));
        Table *grid = m_flow.gridTable(
            int(members.size()), {4, 15, 40, 22, 19},
            {tr("#"), tr("Role"), tr("Organisation"), tr("Country, type"), tr("Contribution")});
        for (int row = 1; const ConsortiumMember &member : members) {
            Flow::put(grid, row, 0, QString::number(row));
            Cell &role = Flow::put(grid, row, 1, reference::partnerRoles().name(member.role));
            if (member.role == u"affiliated" && member.affiliatedTo != 0)
                Flow::addLine(role, tr("tied to %1").arg(memberName(member.affiliatedTo)));
            const auto found = m_input.organisations.constFind(member.organisationId);
            if (found == m_input.organisations.cend()) {
                Flow::put(grid, row, 2,
                          tr("Organisation %1 (not found)").arg(member.organisationId),
                          text(TablePoints, FailColour));
            } else {
                // The name in its own script, then its Latin name and acronym in grey.
                Cell &name = Flow::put(grid, row, 2, found->name, text(TablePoints, Ink, true));
                QStringList latin;
                if (!found->nameLatin.isEmpty() && found->nameLatin != found->name)
                    latin << found->nameLatin;
                if (!found->acronym.isEmpty())
                    latin << found->acronym;
                if (!latin.isEmpty())
                    Flow::addLine(name, latin.join(QStringLiteral(" · ")));
                Cell &place = Flow::put(grid, row, 3, reference::countries().name(found->country));
                Flow::addLine(place, reference::organisationTypes().name(found->type));
            }
            Flow::put(grid, row++, 4, member.contribution);
        }
    }

    void checklist()
    {
        m_flow.heading(tr("Checklist"));
        const QList<ChecklistItem> items = sorted(m_input.proposal.checklist);
        if (items.isEmpty())
            return m_flow.paragraph(tr("Nothing on the checklist yet."), text(9.5));
        const auto done =
            std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem &item) {
                return item.state == u"received" || item.state == u"not_needed";
            });
        m_flow.paragraph(tr("%1 of %2 received or not needed").arg(done).arg(items.size()),
                         text(8.5, Muted), 0, 2);
        Table *grid = m_flow.gridTable(int(items.size()), {50, 20, 13, 17},
                                       {tr("Item"), tr("Owner"), tr("Due"), tr("State")});
        for (int row = 1; const ChecklistItem &item : items) {
            const bool open = item.state == u"todo";
            const bool overdue =
                open && item.due.isValid() && item.due < m_input.generatedAt.date();
            QString state = reference::checklistStates().name(item.state);
            if (overdue)
                state = tr("%1 (overdue)").arg(state);
            Flow::put(grid, row, 0, item.title);
            Flow::put(grid, row, 1,
                      item.ownerMemberId ? memberName(item.ownerMemberId) : orDash({}));
            Flow::put(grid, row, 2, orDash(date(item.due)));
            Flow::put(grid, row++, 3, state,
                      text(TablePoints,
                           overdue ? FailColour
                           : open  ? Ink
                                   : PassColour,
                           overdue));
        }
    }

    void eligibility()
    {
        m_flow.heading(tr("Eligibility"));
        const QList<EligibilityResult> &results = m_input.eligibility;
        if (results.isEmpty())
            return m_flow.paragraph(tr("Eligibility has not been checked."), text(9.5));
        // The verdict first, so that it stays with its heading and is read first.
        int failed = 0;
        for (const EligibilityResult &result : results)
            failed += result.passed ? 0 : 1;
        const QString verdict = failed == 0   ? tr("Eligible")
                                : failed == 1 ? tr("Not eligible: 1 rule fails")
                                              : tr("Not eligible: %n rules fail", nullptr, failed);
        m_flow.paragraph(verdict, text(12, failed == 0 ? PassColour : FailColour, true), 0, 4);
        Table *grid = m_flow.gridTable(int(results.size()), {27, 9, 64},
                                       {tr("Rule"), tr("Result"), tr("Detail")});
        for (int row = 1; const EligibilityResult &result : results) {
            Flow::put(grid, row, 0, result.rule);
            Flow::put(grid, row, 1, result.passed ? tr("PASS") : tr("FAIL"),
                      text(TablePoints, result.passed ? PassColour : FailColour, true));
            Flow::put(grid, row++, 2, result.detail);
        }
    }

    // --- words -----------------------------------------------------------------------------

    static QString templateName(const QString &code)
    {
        if (code == u"eu-prag")
            return tr("EU external action grant (PRAG)");
        if (code == u"eu-prag-legacy")
            return tr("EU external action grant (PRAG, earlier annex)");
        if (code == u"horizon-europe")
            return tr("Horizon Europe");
        if (code == u"sf-424a")
            return tr("US federal SF-424A");
        return code == u"generic" ? tr("Generic") : code;
    }

    static QString names(const QStringList &codes, const ReferenceList &list)
    {
        QStringList out;
        for (const QString &code : codes)
            out << list.name(code);
        return orDash(out.join(QStringLiteral(", ")));
    }

    QString date(const QDate &value) const
    {
        return value.isValid() ? m_locale.toString(value, QStringLiteral("d MMM yyyy")) : QString();
    }

    // "27 Nov 2026, 13:43 Asia/Almaty": value seen in the reader's zone.
    QString moment(const QDateTime &value) const
    {
        if (!value.isValid() || !m_zone.isValid())
            return orDash({});
        return DeadlineText::moment(value, m_zone, m_locale) + u' ' +
               QString::fromLatin1(m_zone.id());
    }

    // The acronym (or name) of the organisation behind a consortium member.
    QString memberName(qint64 memberId) const
    {
        for (const ConsortiumMember &member : m_input.proposal.members) {
            if (member.id != memberId)
                continue;
            const Organisation organisation = m_input.organisations.value(member.organisationId);
            return !organisation.acronym.isEmpty() ? organisation.acronym
                   : !organisation.name.isEmpty()  ? organisation.name
                                                   : QString::number(member.organisationId);
        }
        return QString::number(memberId);
    }

    Flow &m_flow;
    const ProposalSummaryInput &m_input;
    const QTimeZone m_zone;
    const QLocale m_locale;
};

} // namespace

Status ProposalSummaryPdf::write(QIODevice &device, const ProposalSummaryInput &input)
{
    Pages::Setup setup;
    setup.title = tr("%1 — proposal summary").arg(input.proposal.acronym);
    setup.footer =
        tr("%1 · summary made by Hamkor on %2")
            .arg(input.proposal.acronym,
                 QLocale().toString(input.generatedAt, QStringLiteral("d MMM yyyy, HH:mm")));
    return Pages::write(device, setup, [&](Flow &flow) { Sheet(flow, input); });
}

Status ProposalSummaryPdf::writeFile(const QString &path, const ProposalSummaryInput &input)
{
    return WholeFile::write(path, [&](QIODevice &device) { return write(device, input); });
}

} // namespace core
} // namespace hamkor
