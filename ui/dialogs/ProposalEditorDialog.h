// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Organisation.h"
#include "core/domain/Proposal.h"
#include "ui/dialogs/SaveOnAccept.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

class CodeChecklist;

// A joint proposal: its fields, its consortium (partners from the directory with their
// roles), the checklist of what the submission needs, and — recomputed as you edit — the
// eligibility check against its call in plain words.
class ProposalEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalEditorDialog(core::Store &store, const core::Proposal &proposal,
                         QWidget *parent = nullptr);

    core::Proposal proposal() const;
    // What OK saves before the dialog closes; a failed save keeps it open (SaveOnAccept).
    void setSave(SaveOnAccept::Save save) { m_saveOnAccept.set(std::move(save)); }
    void accept() override;
    // Recomputes the eligibility tab from the fields as they are now.
    void refreshEligibility();
    QTreeWidget *eligibilityList() const { return m_eligibility; }
    QTableWidget *consortiumTable() const { return m_consortium; }
    QTableWidget *checklistTable() const { return m_checklist; }
    // Adds a consortium row for the organisation with that role (as "Add partner" does).
    void addMember(qint64 organisationId, const QString &role);

private:
    QWidget *generalTab();
    QWidget *consortiumTab();
    QWidget *checklistTab();
    QWidget *eligibilityTab();
    void load(const core::Proposal &proposal);
    core::Proposal read(QStringList *problems) const;
    void addMemberRow(const core::ConsortiumMember &member);
    void addChecklistRow(const core::ChecklistItem &item, qint64 ownerOrganisation);
    void refreshMemberChoices();
    QComboBox *organisationCombo() const;
    QComboBox *memberCombo(qint64 selectedOrganisation) const;
    QComboBox *contactCombo(qint64 organisationId, qint64 selected) const;
    void createOrganisation();
    QList<core::ConsortiumMember> readMembers(QStringList *problems) const;
    QList<core::ChecklistItem> readChecklist(const QList<core::ConsortiumMember> &members,
                                             QStringList *problems) const;

    core::Store &m_store;
    core::Proposal m_original;
    QHash<qint64, core::Organisation> m_organisations; // the directory, by id
    QLineEdit *m_acronym = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_call = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_template = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_duration = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    CodeChecklist *m_themes = nullptr;
    CodeChecklist *m_countries = nullptr;
    CodeChecklist *m_mechanisms = nullptr;
    QTableWidget *m_consortium = nullptr;
    QTableWidget *m_checklist = nullptr;
    QTreeWidget *m_eligibility = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_problems = nullptr;
    SaveOnAccept m_saveOnAccept;
};

} // namespace ui
} // namespace hamkor
