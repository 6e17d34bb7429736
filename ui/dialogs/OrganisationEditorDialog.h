// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Organisation.h"
#include "ui/dialogs/SaveOnAccept.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace hamkor {
namespace core {
class Store;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

class CodeChecklist;

// Every field of a partner organisation (SPEC section 2), its contacts and its engagement
// history, and — read-only — the proposals it takes part in. OK checks it, says in words
// what is wrong, and warns when it looks like an organisation already in the file.
class OrganisationEditorDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationEditorDialog(core::Store &store, const core::Organisation &organisation,
                             QWidget *parent = nullptr);

    core::Organisation organisation() const;
    // After "Open it instead" on the duplicate warning: the organisation to open.
    qint64 openInstead() const { return m_openInstead; }
    // Whether OK asks about likely duplicates (tests switch it off to save regardless).
    void setCheckDuplicates(bool check) { m_checkDuplicates = check; }
    // What OK saves before the dialog closes; a failed save keeps it open (SaveOnAccept).
    void setSave(SaveOnAccept::Save save) { m_saveOnAccept.set(std::move(save)); }
    void accept() override;

private:
    QWidget *generalTab();
    QWidget *expertiseTab();
    QWidget *capacityTab();
    QWidget *contactsTab();
    QWidget *engagementsTab();
    QWidget *proposalsTab();
    void load(const core::Organisation &organisation);
    core::Organisation read(QStringList *problems) const;
    void addContactRow(const core::Contact &contact);
    void addEngagementRow(const core::Engagement &engagement);
    QList<core::Engagement> readEngagements(QStringList *problems) const;
    bool confirmNotDuplicate(const core::Organisation &organisation);

    core::Store &m_store;
    core::Organisation m_original;
    qint64 m_openInstead = 0;
    bool m_checkDuplicates = true;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameLatin = nullptr;
    QLineEdit *m_acronym = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_registration = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_pic = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CodeChecklist *m_themes = nullptr;
    QListWidget *m_networks = nullptr;
    QLineEdit *m_newNetwork = nullptr;
    QSpinBox *m_staff = nullptr;
    QLineEdit *m_turnover = nullptr;
    QComboBox *m_turnoverCurrency = nullptr;
    QSpinBox *m_grants = nullptr;
    QCheckBox *m_audited = nullptr;
    QTableWidget *m_contacts = nullptr;
    QTableWidget *m_engagements = nullptr;
    QListWidget *m_proposals = nullptr;
    QLabel *m_problems = nullptr;
    SaveOnAccept m_saveOnAccept;
};

} // namespace ui
} // namespace hamkor
