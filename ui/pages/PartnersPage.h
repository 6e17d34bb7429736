// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace hamkor {
namespace ui {

class FilterHint;
class OrganisationListModel;

// The partner directory: organisations with a filter bar, and the actions on them (new,
// open, delete, merge, import, export).
class PartnersPage : public Page
{
    Q_OBJECT

public:
    explicit PartnersPage(QWidget *parent = nullptr);
    QString title() const override;
    void setStore(core::Store *store) override;

    QAction *importAction() const { return m_import; }
    QList<QAction *> exportActions() const { return {m_exportCsv, m_exportVcf}; }
    OrganisationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    bool newOrganisation();
    // Opens the editor on the organisation; follows "Open it instead" to the duplicate.
    bool editOrganisation(qint64 id);

private:
    QWidget *filterBar();
    void createActions();
    void applyFilter();
    void refreshNetworks();
    void updateSelection();
    QList<qint64> selectedIds() const;
    void deleteSelected();
    void mergeSelected();
    void exportTo(const QString &format);
    void showError(const QString &message);

    core::Store *m_store = nullptr;
    OrganisationListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    FilterHint *m_filterHint = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_network = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportVcf = nullptr;
};

} // namespace ui
} // namespace hamkor
