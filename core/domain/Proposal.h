// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hamkor {
namespace core {

// A partner's place in a proposal's consortium.
struct ConsortiumMember
{
    qint64 id = 0;
    QString uuid;
    qint64 organisationId = 0;
    QString role; // code of reference::partnerRoles(): lead, co-applicant, …
    // For an affiliated entity: the member it is tied to. A member not saved yet is named
    // by -(its index in Proposal::members + 1).
    qint64 affiliatedTo = 0;
    qint64 contactId = 0; // the organisation's contact person for this proposal, or 0
    QString contribution; // what it brings
    int sortOrder = 0;

    friend bool operator==(const ConsortiumMember &, const ConsortiumMember &) = default;
};

// Something the submission needs: a mandate, a letter of support, registration papers…
struct ChecklistItem
{
    qint64 id = 0;
    QString uuid;
    QString title;
    qint64 ownerMemberId = 0; // the member who provides it, or 0 (-(index + 1) as above)
    QDate due;
    QString state = QStringLiteral("todo"); // code of reference::checklistStates()
    QString filePath;
    int sortOrder = 0;

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

// A status a proposal had, and since when.
struct ProposalStatusChange
{
    qint64 id = 0;
    QString status;
    QString changedAt;

    friend bool operator==(const ProposalStatusChange &, const ProposalStatusChange &) = default;
};

// A joint proposal (SPEC section 2): linked to a call or standalone, with its consortium
// and the checklist of what its submission needs.
struct Proposal
{
    qint64 id = 0;
    QString uuid;
    qint64 callId = 0; // 0 when standalone
    QString acronym;   // unique in a file
    QString title;
    QString summary;
    QStringList themes;     // codes of reference::themes()
    QStringList countries;  // countries of implementation, ISO 3166-1 alpha-2
    QStringList mechanisms; // codes of reference::mechanisms()
    QDate start;
    int durationMonths = 0;
    QString currency = QStringLiteral("EUR");
    QString templateCode =
        QStringLiteral("eu-prag"); // eu-prag, eu-prag-legacy, horizon-europe, sf-424a, generic
    QString status = QStringLiteral("concept_note");
    QString notes;
    QList<ConsortiumMember> members;
    QList<ChecklistItem> checklist;
    QList<ProposalStatusChange> history;
    QString createdAt;
    QString modifiedAt;

    friend bool operator==(const Proposal &, const Proposal &) = default;
};

} // namespace core
} // namespace hamkor
