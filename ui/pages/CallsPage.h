// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hamkor {
namespace core {
struct Call;
} // namespace core
} // namespace hamkor

namespace hamkor {
namespace ui {

class FilterHint;
class CallDetailPanel;
class CallListModel;

// The opportunity tracker: the calls list with its filter bar, the selected call in full,
// and the actions on calls (new, edit, status, delete, import, export, digest).
class CallsPage : public Page
{
    Q_OBJECT

public:
    explicit CallsPage(QWidget *parent = nullptr);
    QString title() const override;
    void setStore(core::Store *store) override;

    // For the main window's menus.
    QAction *newAction() const { return m_new; }
    QAction *importAction() const { return m_import; }
    QList<QAction *> exportActions() const { return {m_exportCsv, m_exportIcs, m_copyDigest}; }
    CallListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    // Opens the editor on a new call / the selected call; returns whether it was saved.
    bool newCall();
    bool editSelected();
    bool editCall(qint64 callId);
    // Partners for the selected call, ranked with reasons.
    void findPartners();

Q_SIGNALS:
    // The user asked to open an organisation (from the partners found for a call).
    void organisationRequested(qint64 organisationId);
    // The user asked to start a proposal for a call.
    void proposalRequested(const hamkor::core::Call &call);

public:
private:
    QWidget *filterBar();
    void createActions();
    void applyFilter();
    void updateSelection();
    void deleteSelected();
    void setSelectedStatus(const QString &status);
    void importFile();
    void exportTo(const QString &format);
    void copyDigest();
    qint64 selectedId() const;
    QList<qint64> selectedIds() const;
    void showError(const QString &message);

    core::Store *m_store = nullptr;
    CallListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    CallDetailPanel *m_detail = nullptr;
    QLineEdit *m_search = nullptr;
    FilterHint *m_filterHint = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportIcs = nullptr;
    QAction *m_copyDigest = nullptr;
    QAction *m_findPartners = nullptr;
    QAction *m_newProposal = nullptr;
    QList<QAction *> m_statusActions;
};

} // namespace ui
} // namespace hamkor
