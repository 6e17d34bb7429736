// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Call.h"
#include "ui/dialogs/SaveOnAccept.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace hamkor {
namespace ui {

class CodeChecklist;
class ZoneComboBox;

// Every field of a call (SPEC section 2). OK checks the call and, when something is wrong,
// says what in words and stays open; the caller saves through the edit commands.
class CallEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CallEditorDialog(const core::Call &call, QWidget *parent = nullptr);

    // The call as edited; complete only after the dialog was accepted.
    core::Call call() const;
    // What OK saves before the dialog closes; a failed save keeps it open (SaveOnAccept).
    void setSave(SaveOnAccept::Save save) { m_saveOnAccept.set(std::move(save)); }
    void accept() override;

private:
    QWidget *generalTab();
    QWidget *eligibilityTab();
    QWidget *moneyTab();
    QWidget *documentsTab();
    void load(const core::Call &call);
    void updateYourTime();
    // The call and the problems reading the fields (amounts, percentages) found.
    core::Call read(QStringList *problems) const;

    core::Call m_original;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_donor = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_status = nullptr;
    QDateEdit *m_opens = nullptr;
    QDateEdit *m_deadlineDate = nullptr;
    QTimeEdit *m_deadlineTime = nullptr;
    ZoneComboBox *m_zone = nullptr;
    QLabel *m_yourTime = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CodeChecklist *m_themes = nullptr;
    CodeChecklist *m_countries = nullptr;
    CodeChecklist *m_types = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QLineEdit *m_cofinancing = nullptr;
    QLineEdit *m_indirect = nullptr;
    QSpinBox *m_minMonths = nullptr;
    QSpinBox *m_maxMonths = nullptr;
    QSpinBox *m_maxPartners = nullptr;
    QListWidget *m_documents = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_problems = nullptr;
    SaveOnAccept m_saveOnAccept;
};

} // namespace ui
} // namespace hamkor
